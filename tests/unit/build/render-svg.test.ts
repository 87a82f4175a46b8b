import { describe, expect, test } from 'vitest';
import { compactSvg, leanSvg } from '../../../src/diagrams/svg';

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

const word = (text: string, style = 'normal', weight = 'normal') =>
	`<tspan font-style="${style}" class="text-inner-tspan" font-weight="${weight}">${text}</tspan>`;
const marker = (id: string) =>
	`<marker id="${id}" class="marker flowchart-v2" viewBox="0 0 10 10"><path d="M 0 0 L 10 5 L 0 10 z" class="arrowMarkerPath" style="stroke-width: 1;"></path></marker>`;

describe('a lean drawing, coloured by the shared stylesheet', () => {
	const cases: [string, string, string][] = [
		[
			'drops Mermaid’s style block and every inline style',
			'<svg id="d" class="flowchart" style="max-width: 200px;"><style>#d .node{fill:#fff}</style><rect style="fill:#e0ecff !important" x="1" y="2" width="3" height="4"></rect></svg>',
			'<svg id="d" class="mmd"><rect x="1" y="2" width="3" height="4"></rect></svg>',
		],
		[
			'keeps only the arrowheads an edge points at',
			`<svg id="d" class="flowchart"><g>${marker('d_end')}${marker('d_start')}</g><path class="edge-thickness-normal edge-pattern-solid flowchart-link" marker-end="url(#d_end)"></path></svg>`,
			'<svg id="d" class="mmd"><g><marker id="d_end" class="marker" viewBox="0 0 10 10"><path d="M 0 0 L 10 5 L 0 10 z"></path></marker></g><path class="edge" marker-end="url(#d_end)"></path></svg>',
		],
		[
			'marks wrapped (thick) edges so the stylesheet can draw them heavier',
			'<svg id="d"><path class="edge-thickness-thick edge-pattern-solid edge-thickness-normal edge-pattern-solid flowchart-link"></path></svg>',
			'<svg id="d"><path class="edge thick"></path></svg>',
		],
		[
			'writes a line of words as one text run',
			`<svg id="d"><text y="-10.1"><tspan class="text-outer-tspan row" x="0" y="-0.1em" dy="1.1em">${word('Pod')}${word(' A')}${word(' 192.168.1.5')}</tspan></text></svg>`,
			'<svg id="d"><text y="-10.1"><tspan x="0" y="-0.1em" dy="1.1em">Pod A 192.168.1.5</tspan></text></svg>',
		],
		[
			'keeps bold words apart from the plain ones around them',
			`<svg id="d"><text><tspan>${word('a')}${word(' b', 'normal', 'bold')}${word(' c')}</tspan></text></svg>`,
			'<svg id="d"><text><tspan>a<tspan font-style="normal" font-weight="bold"> b</tspan> c</tspan></text></svg>',
		],
		[
			'keeps a node’s kind and drops Mermaid’s default class and its ids',
			'<svg id="d"><g class="node default wrap" id="d-flowchart-a-0"><rect class="basic label-container" width="1"></rect></g></svg>',
			'<svg id="d"><g class="node wrap"><rect width="1"></rect></g></svg>',
		],
		[
			'keeps the ids the accessible name and description point at',
			'<svg id="d" aria-labelledby="chart-title-d" aria-describedby="chart-desc-d"><title id="chart-title-d">T</title><desc id="chart-desc-d">D</desc></svg>',
			'<svg id="d" aria-labelledby="chart-title-d" aria-describedby="chart-desc-d"><title id="chart-title-d">T</title><desc id="chart-desc-d">D</desc></svg>',
		],
		[
			'drops the empty label of an unlabelled edge and unsized backgrounds',
			'<svg id="d"><g class="edgeLabels"><g class="edgeLabel"><g class="label" transform="translate(0, 0)"><text y="-10.1"><tspan x="0"></tspan></text></g></g><g><rect class="background" style="stroke: none"></rect></g></g></svg>',
			'<svg id="d"></svg>',
		],
		[
			'drops the neo look’s shadows and gradient, which the classic look never uses',
			'<svg id="d"><defs><filter id="d-drop-shadow"><feDropShadow dx="4"></feDropShadow></filter></defs><linearGradient id="d-gradient"><stop offset="0%"></stop></linearGradient></svg>',
			'<svg id="d"></svg>',
		],
	];
	test.each(cases)('%s', (_, mermaid, lean) => {
		expect(leanSvg(mermaid)).toBe(lean);
	});
});
