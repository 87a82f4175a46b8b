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

const styleBlock = /<style>([\s\S]*?)<\/style>/;

/** Makes every declaration of an inline style `!important`, so that it wins over Mermaid's own rules. */
function important(declarations: string): string {
	return declarations
		.split(';')
		.map((d) => d.trim())
		.filter(Boolean)
		.map((d) => (d.includes('!important') ? d : `${d} !important`))
		.join(';');
}

const paint = /\b(fill|stroke|style|stop-color)="([^"]*)"/g;

/**
 * Merges the light and dark renderings of one diagram (same layout, other colours) into one SVG
 * that keeps the light colours in its attributes and carries dark overrides in its style, applied
 * on screen when Starlight's theme is dark; print always gets the light ones.
 * Returns null when the two drawings differ in more than their colours.
 */
export function mergeThemes(light: string, dark: string, id: string): string | null {
	const lightStyle = light.match(styleBlock)?.[1] ?? '';
	const darkStyle = dark.match(styleBlock)?.[1] ?? '';
	const lightBody = light.replace(styleBlock, '');
	const darkBody = dark.replace(styleBlock, '');
	const lightParts = lightBody.split(paint);
	const darkParts = darkBody.split(paint);
	if (lightParts.length !== darkParts.length) return null;

	// split() with two groups yields [text, name, value, text, name, value, ..., text].
	const overrides = new Map<string, number>();
	const lightRules: string[] = [];
	const darkRules: string[] = [];
	let body = '';
	for (let i = 0; i < lightParts.length; i += 3) {
		if (lightParts[i] !== darkParts[i]) return null;
		body += lightParts[i];
		if (i + 2 >= lightParts.length) break;
		const [name, value, darkName, darkValue] = [
			lightParts[i + 1]!,
			lightParts[i + 2]!,
			darkParts[i + 1],
			darkParts[i + 2]!,
		];
		if (name !== darkName) return null;
		if (value === darkValue) {
			body += `${name}="${value}"`;
			continue;
		}
		const key = `${name}\n${value}\n${darkValue}`;
		let n = overrides.get(key);
		if (n === undefined) {
			n = overrides.size;
			overrides.set(key, n);
			const selector = `#${id} [data-theme-${name}="${n}"]`;
			if (name === 'style') {
				// Inline styles (Mermaid's classDef) may use !important, which no stylesheet can beat: move both into rules.
				lightRules.push(`${selector}{${value}}`);
				darkRules.push(`${selector}{${important(darkValue)}}`);
			} else {
				darkRules.push(`${selector}{${name}:${darkValue} !important}`);
			}
		}
		body +=
			name === 'style' ? `data-theme-style="${n}"` : `${name}="${value}" data-theme-${name}="${n}"`;
	}
	const darkScoped = (darkStyle + darkRules.join('')).replaceAll(
		`#${id}`,
		`:root[data-theme='dark'] #${id}`
	);
	const lightStyleAll = lightStyle + lightRules.join('');
	const open = body.indexOf('>') + 1;
	return `${body.slice(0, open)}<style>${lightStyleAll}@media screen{${darkScoped}}</style>${body.slice(open)}`;
}
