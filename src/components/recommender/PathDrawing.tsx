import { useEffect, useState } from 'preact/hooks';
import { modePage, getMode } from '../../lib/diagrams/modes';
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

/** The packet path of a mode as the build drew it (inline SVG from its own small page; no Mermaid in the browser). */
export function PathDrawing({ modeId }: { modeId: string }) {
	const [markup, setMarkup] = useState<string | null | undefined>(undefined);
	useEffect(() => {
		let current = true;
		setMarkup(undefined);
		fetchDrawing(modeId).then((html) => current && setMarkup(html));
		return () => {
			current = false;
		};
	}, [modeId]);
	const mode = getMode(modeId);
	if (markup) return <div class="rec-path" dangerouslySetInnerHTML={{ __html: markup }} />;
	return (
		<p class="rec-path rec-path-pending">
			{markup === undefined ? 'Loading the packet path… ' : 'The drawing could not be loaded. '}
			<a href={modePage(modeId)}>Packet paths of {mode.name}</a>
		</p>
	);
}
