// Turns Mermaid's SVG into the site's lean drawing: geometry and text only, coloured by one shared
// stylesheet (src/styles/diagrams.css) instead of a copy of Mermaid's theme in every diagram.
// Pure string work, no DOM: it runs in the build (mermaid.ts) and in the no-Chromium fallback.

/** Geometry attributes whose numbers Mermaid writes with up to 15 decimals. */
const geometry =
	/\b(d|transform|points|viewBox|x|y|width|height|x1|y1|x2|y2|cx|cy|r|rx|ry|refX|refY)="([^"]*)"/g;

/** Rounds the numbers of geometry attributes to one decimal and drops Mermaid's data-* attributes: a third of the size, the same picture. */
export function compactSvg(svg: string): string {
	return svg
		.replace(
			geometry,
			(_, name: string, value: string) =>
				`${name}="${value.replace(/-?\d+\.\d{2,}/g, (n) => String(Math.round(Number(n) * 10) / 10))}"`
		)
		.replace(/ data-[\w-]+="[^"]*"/g, '');
}

/** The root class the shared stylesheet hangs every rule on. */
export const drawingClass = 'mmd';

/** Node classes the diagram sources assign (src/lib/diagrams) and the stylesheet colours. */
export const nodeClasses = ['wrap', 'nat', 'pod', 'question', 'pick'] as const;

/** Removes what the shared stylesheet replaces: Mermaid's style block, inline styles, and the neo look's filters and gradient. */
function dropStyling(svg: string): string {
	return svg
		.replace(/<style>[\s\S]*?<\/style>/g, '')
		.replace(/ style="[^"]*"/g, '')
		.replace(/<defs><filter[\s\S]*?<\/filter><\/defs>/g, '')
		.replace(/<linearGradient[\s\S]*?<\/linearGradient>/g, '');
}

/** Ids something points at (arrowheads, the accessible title and description). */
function referencedIds(svg: string): Set<string> {
	const ids = new Set<string>();
	for (const m of svg.matchAll(/url\(#([^)]+)\)/g)) ids.add(m[1]!);
	for (const m of svg.matchAll(/aria-(?:labelledby|describedby)="([^"]+)"/g))
		for (const id of m[1]!.split(/\s+/)) ids.add(id);
	return ids;
}

/** Drops the arrowhead markers no edge uses (Mermaid defines twelve per diagram) and ids nothing points at, but keeps the root's. */
function dropUnused(svg: string): string {
	const used = referencedIds(svg);
	const rootId = svg.match(/^<svg[^>]*\sid="([^"]+)"/)?.[1];
	return svg
		.replace(/<marker id="([^"]+)"[\s\S]*?<\/marker>/g, (marker, id: string) =>
			used.has(id) ? marker : ''
		)
		.replace(/ id="([^"]+)"/g, (attr, id: string) => (used.has(id) || id === rootId ? attr : ''));
}

/** Removes the empty pieces Mermaid leaves: labels of unlabelled edges, unsized backgrounds, empty groups. */
function dropEmpty(svg: string): string {
	let out = svg
		.replace(/<text[^>]*>(?:<tspan[^>]*><\/tspan>)*<\/text>/g, '')
		.replace(/<rect(?![^>]*\swidth=)[^>]*><\/rect>/g, '');
	for (let before = ''; before !== out;) {
		before = out;
		out = out.replace(/<g(?: class="(?:edgeLabel|label)")?(?: transform="[^"]*")?><\/g>/g, '');
	}
	return out;
}

/** One text run per line instead of one `tspan` per word; bold or italic words keep their own. */
function mergeWords(svg: string): string {
	const word =
		/<tspan font-style="(\w+)" class="text-inner-tspan" font-weight="(\w+)">([^<]*)<\/tspan>/g;
	return svg.replace(
		/(?:<tspan font-style="\w+" class="text-inner-tspan" font-weight="\w+">[^<]*<\/tspan>)+/g,
		(run) => {
			const parts: { style: string; text: string }[] = [];
			for (const [, fontStyle, fontWeight, text] of run.matchAll(word)) {
				const style =
					fontStyle === 'normal' && fontWeight === 'normal' ? '' : `${fontStyle} ${fontWeight}`;
				const last = parts.at(-1);
				if (last && last.style === style) last.text += text;
				else parts.push({ style, text: text! });
			}
			return parts
				.map(({ style, text }) => {
					if (!style) return text;
					const [fontStyle, fontWeight] = style.split(' ');
					return `<tspan font-style="${fontStyle}" font-weight="${fontWeight}">${text}</tspan>`;
				})
				.join('');
		}
	);
}

/** Short class names the shared stylesheet knows: `edge` (with `thick`, `dashed`, `dotted`), `node` with its kind, `marker`. */
function renameClasses(svg: string): string {
	return svg.replace(/ class="([^"]*)"/g, (_, value: string) => {
		const tokens = value.split(/\s+/);
		const keep: string[] = [];
		if (tokens.includes('flowchart-link')) {
			keep.push('edge');
			if (tokens.includes('edge-thickness-thick')) keep.push('thick');
			if (tokens.includes('edge-pattern-dashed')) keep.push('dashed');
			if (tokens.includes('edge-pattern-dotted')) keep.push('dotted');
		} else if (tokens.includes('flowchart')) keep.push(drawingClass);
		else if (tokens.includes('marker')) keep.push('marker');
		else
			for (const token of tokens)
				if (['node', 'cluster', 'edgeLabel', ...nodeClasses].includes(token)) keep.push(token);
		return keep.length ? ` class="${keep.join(' ')}"` : '';
	});
}

/**
 * Mermaid's flowchart SVG made lean: rounded geometry, no style block or inline styles (the shared
 * stylesheet colours it, light, dark and print), only the arrowheads in use, one text run per
 * line, short class names. The same drawing, a fraction of the bytes.
 */
export function leanSvg(svg: string): string {
	return renameClasses(mergeWords(dropEmpty(dropUnused(dropStyling(compactSvg(svg))))))
		.replace(/ width="100%"/, '')
		.replace(/<g><\/g>/g, '');
}
