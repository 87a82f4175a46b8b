import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type Locator, type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { decisionTree, environmentIds, modes, packetPath, scenarios } from '../../src/lib';

const themes = ['light', 'dark'] as const;

async function openIn(page: Page, path: string, theme: (typeof themes)[number]) {
	await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
	await page.goto(path);
	await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

/** The SVG of each diagram on the page. */
function visibleDiagrams(page: Page): Locator {
	return page.locator('figure.diagram .diagram-svg > svg');
}

async function expectEdgesDrawn(svg: Locator) {
	const edges = await svg.locator('path.edge').evaluateAll((paths) =>
		paths.map((p) => {
			const box = (p as SVGGraphicsElement).getBBox();
			const style = getComputedStyle(p);
			return {
				size: box.width + box.height,
				stroke: style.stroke,
				width: parseFloat(style.strokeWidth),
			};
		})
	);
	expect(edges.length).toBeGreaterThan(0);
	for (const edge of edges) {
		expect(edge.size).toBeGreaterThan(0);
		expect(edge.stroke).not.toBe('none');
		expect(edge.width).toBeGreaterThan(0);
	}
}

test.describe('packet-path pages', () => {
	for (const mode of modes) {
		for (const theme of themes) {
			test(`${mode.id} in ${theme}: each path is an inline SVG with one box per hop and drawn arrows`, async ({
				page,
			}) => {
				await openIn(page, `/modes/${mode.id}/`, theme);
				const paths = scenarios.map((s) => packetPath(mode.id, s)).filter((p) => p.applies);
				const svgs = visibleDiagrams(page);
				await expect(svgs).toHaveCount(paths.length);
				for (const [i, path] of paths.entries()) {
					const svg = svgs.nth(i);
					await expect(svg.locator('g.node')).toHaveCount(path.hops.length);
					await expectEdgesDrawn(svg);
					// Boxes are filled with the theme's colours, never solid black.
					const fill = await svg
						.locator('g.node rect, g.node path, g.node polygon')
						.first()
						.evaluate((el) => getComputedStyle(el).fill);
					expect(fill).not.toBe('rgb(0, 0, 0)');
				}
			});
		}
	}
});

test('a drawing is SVG text coloured by the shared stylesheet: no per-diagram styles, no HTML labels, and it follows the theme', async ({
	page,
}) => {
	const colours: Record<string, { box: string; text: string }> = {};
	for (const theme of themes) {
		await openIn(page, '/modes/ipip/', theme);
		const svg = visibleDiagrams(page).first();
		await expect(svg.locator('style, foreignObject')).toHaveCount(0);
		await expect(svg.locator('g.node text').first()).toHaveText(/Pod A/);
		const pod = svg.locator('g.node.pod').first();
		colours[theme] = {
			box: await pod
				.locator('rect, path')
				.first()
				.evaluate((el) => getComputedStyle(el).fill),
			text: await pod.locator('text').evaluate((el) => getComputedStyle(el).fill),
		};
	}
	expect(colours.light!.box).not.toBe(colours.dark!.box);
	expect(colours.light!.text).not.toBe(colours.dark!.text);
	for (const colour of Object.values(colours)) expect(colour.box).not.toBe('rgb(0, 0, 0)');
});

test.describe('environment pages', () => {
	for (const env of environmentIds) {
		test(`the ${env} page draws its decision diagram`, async ({ page }) => {
			await openIn(page, `/environments/${env}/`, 'light');
			const decision = page.locator('figure.diagram', { hasText: 'How the recommender decides' });
			await expect(decision.locator('.diagram-svg > svg')).toHaveCount(1);
			if (decisionTree(env).kind === 'question')
				await expectEdgesDrawn(decision.locator('.diagram-svg > svg'));
			// Where no question changes the pick, the diagram is the one option.
			else await expect(decision.locator('.diagram-svg > svg g.node')).toHaveCount(1);
		});
	}
});

test('the built site ships no Mermaid runtime when it was built with Chromium', () => {
	const dist = new URL('../../dist/', import.meta.url).pathname;
	const files: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const full = join(dir, name);
			if (statSync(full).isDirectory()) walk(full);
			else if (name.endsWith('.js') || name.endsWith('.mjs')) files.push(full);
		}
	};
	walk(dist);
	const withMermaid = files.filter((file) =>
		/mermaidAPI|mermaid\.run|flowchart-v2/.test(readFileSync(file, 'utf8'))
	);
	expect(withMermaid).toEqual([]);
});
