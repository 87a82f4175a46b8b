import { describe, expect, test } from 'vitest';
import { compactSvg, mergeThemes } from '../../src/diagrams/svg';

describe('making rendered diagrams small', () => {
	test('rounds geometry to one decimal but leaves text alone', () => {
		const svg =
			'<svg viewBox="0 0 249.859375 587.5"><path d="M-52.87500000000001 -19.48341918914818 L3.14159 2"/><text x="10.123">192.168.1.5 → 192.168.2.7</text></svg>';
		expect(compactSvg(svg)).toBe(
			'<svg viewBox="0 0 249.9 587.5"><path d="M-52.9 -19.5 L3.1 2"/><text x="10.1">192.168.1.5 → 192.168.2.7</text></svg>'
		);
	});

	test('drops Mermaid data attributes', () => {
		expect(compactSvg('<path data-points="abc" d="M0 0"/>')).toBe('<path d="M0 0"/>');
	});
});

describe('one SVG for both themes', () => {
	const light =
		'<svg id="d"><style>#d .node{fill:#fff}</style><path fill="#ECECFF" stroke="#333" d="M0 0"/><path fill="#ECECFF"/></svg>';
	const dark =
		'<svg id="d"><style>#d .node{fill:#000}</style><path fill="#1f2020" stroke="#333" d="M0 0"/><path fill="#1f2020"/></svg>';

	test('keeps light colours in the drawing and dark ones as screen-only overrides', () => {
		const merged = mergeThemes(light, dark, 'd');
		expect(merged).toBe(
			'<svg id="d"><style>#d .node{fill:#fff}@media screen{:root[data-theme=\'dark\'] #d .node{fill:#000}:root[data-theme=\'dark\'] #d [data-theme-fill="0"]{fill:#1f2020 !important}}</style>' +
				'<path fill="#ECECFF" data-theme-fill="0" stroke="#333" d="M0 0"/><path fill="#ECECFF" data-theme-fill="0"/></svg>'
		);
	});

	test('moves inline styles that differ into rules, so that the dark one can win', () => {
		const merged = mergeThemes(
			'<svg id="d"><rect style="fill:#e6f6ea !important"/></svg>',
			'<svg id="d"><rect style="fill:#12321c !important"/></svg>',
			'd'
		);
		expect(merged).toBe(
			'<svg id="d"><style>#d [data-theme-style="0"]{fill:#e6f6ea !important}@media screen{:root[data-theme=\'dark\'] #d [data-theme-style="0"]{fill:#12321c !important}}</style><rect data-theme-style="0"/></svg>'
		);
	});

	test('refuses drawings that differ in more than colour', () => {
		expect(mergeThemes(light, dark.replace('M0 0', 'M1 1'), 'd')).toBeNull();
	});
});
