import { useEffect, useState } from 'preact/hooks';
import { modeName, modePage } from '../../lib/diagrams/mode-names';
import { pathDrawingPage } from '../../lib/diagrams/packet-path';

/** Drawings already fetched, by mode: switching back to an option shows its path at once. */
const drawings = new Map<string, Promise<string | null>>();

/** The drawing's markup from its page (rendered at build time), or null when it cannot be had. */
function fetchDrawing(modeId: string): Promise<string | null> {
	let pending = drawings.get(modeId);
	if (!pending) {
		pending = fetch(pathDrawingPage(modeId))
			.then((response) => (response.ok ? response.text() : null))
			.then((html) => {
				if (!html) return null;
				const figure = new DOMParser().parseFromString(html, 'text/html').querySelector('figure');
				return figure ? figure.outerHTML : null;
			})
			.catch(() => null);
		drawings.set(modeId, pending);
	}
	return pending;
}

/**
 * A second copy of a drawing on the page, made distinct: its SVG ids (Mermaid scopes styles and arrowheads by
 * them) get a suffix, and its region a name of its own, so neither clashes with the first copy.
 */
function distinct(markup: string, copy: string): string {
	const id = markup.match(/<svg[^>]*\sid="([^"]+)"/)?.[1];
	const renamed = id ? markup.split(id).join(`${id}-${copy}`) : markup;
	return renamed.replace('aria-label="Diagram: ', `aria-label="Diagram (${copy}): `);
}

/** The packet path of a mode as the build drew it (inline SVG from its own small page; no Mermaid in the browser). */
export function PathDrawing({ modeId, copy }: { modeId: string; copy?: string }) {
	const [markup, setMarkup] = useState<string | null | undefined>(undefined);
	// False in the server-rendered page (and on paper before the widget wakes): then there is nothing loading.
	const [fetching, setFetching] = useState(false);
	useEffect(() => {
		let current = true;
		setFetching(true);
		setMarkup(undefined);
		fetchDrawing(modeId).then((html) => current && setMarkup(html));
		return () => {
			current = false;
		};
	}, [modeId]);
	const mode = modeName(modeId);
	if (markup)
		return (
			<div
				class="rec-path"
				dangerouslySetInnerHTML={{ __html: copy ? distinct(markup, copy) : markup }}
			/>
		);
	return (
		<p class="rec-path rec-path-pending">
			{markup === null
				? 'The drawing could not be loaded. '
				: fetching
					? 'Loading the packet path… '
					: 'The packet path is drawn on its page: '}
			<a href={modePage(modeId)}>Packet paths of {mode.name}</a>
		</p>
	);
}
