import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { builtPagePaths, distDir } from './site-pages';
import { kb, weighPage } from './weigh';

interface Budgets {
	pages: { path: string; type: string; maxKB: number }[];
	recommenderWithAnswers: { path: string; maxScriptKB: number };
	contentSections: string[];
	chromeScripts: { names: string[] };
}
const budgets = JSON.parse(
	readFileSync(new URL('../../budgets.json', import.meta.url), 'utf8')
) as Budgets;

for (const { path, type, maxKB } of budgets.pages) {
	test(`the ${type} (${path}) fetches at most ${maxKB} KB (gzip) before the reader does anything`, async ({
		page,
	}) => {
		const weight = await weighPage(page, path);
		expect(kb(weight.total), weight.files.join('\n')).toBeLessThanOrEqual(maxKB);
	});
}

test(`the recommender opened from a link with answers shows them with at most ${budgets.recommenderWithAnswers.maxScriptKB} KB of JavaScript (gzip)`, async ({
	page,
}) => {
	const { path, maxScriptKB } = budgets.recommenderWithAnswers;
	const weight = await weighPage(page, path);
	await expect(page.locator('.recommender[data-hydrated="true"]')).toBeVisible();
	await expect(page.locator('.rec-result .rec-pick')).toBeVisible();
	expect(kb(weight.byType.script ?? 0), weight.scripts.join('\n')).toBeLessThanOrEqual(maxScriptKB);
	// The search UI and the configuration generator wait for the reader.
	expect(weight.scripts.filter((s) => /ui-core|ConfigPanel/.test(s))).toEqual([]);
});

test('the recommender wakes when the reader reaches for it, and the first choice counts', async ({
	page,
}) => {
	const weight = await weighPage(page, '/recommend/');
	expect(weight.scripts.filter((s) => /Recommender/.test(s))).toEqual([]);
	await expect(page.locator('.recommender[data-hydrated="false"]')).toBeVisible();
	await page.getByRole('radio', { name: 'AWS' }).check();
	await expect(page.locator('.recommender[data-hydrated="true"]')).toBeVisible();
	await expect(page).toHaveURL(/env=aws/);
	await expect(page.locator('.rec-result .rec-pick')).toBeVisible();
});

const contentPages = builtPagePaths().filter((path) =>
	budgets.contentSections.some((section) => path.startsWith(section))
);

test(`content pages (${contentPages.length}) ship no JavaScript of their own, only the page chrome's`, async ({
	page,
}) => {
	test.setTimeout(180_000);
	expect(contentPages.length).toBeGreaterThan(30);
	const own: string[] = [];
	for (const path of contentPages) {
		const scripts = new Set<string>();
		const listener = (r: { url(): string; request(): { resourceType(): string } }) => {
			if (r.request().resourceType() === 'script') scripts.add(new URL(r.url()).pathname);
		};
		page.on('response', listener);
		await page.goto(path, { waitUntil: 'networkidle' });
		page.off('response', listener);
		for (const script of scripts)
			if (!budgets.chromeScripts.names.some((name) => script.includes(name)))
				own.push(`${path} → ${script}`);
	}
	expect(own).toEqual([]);
});

test('no built page loads Mermaid or carries a diagram for the browser to draw', () => {
	const pages: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const full = join(dir, name);
			if (statSync(full).isDirectory()) walk(full);
			else if (name.endsWith('.html')) pages.push(full);
		}
	};
	walk(distDir);
	const withMermaid = pages.filter((file) =>
		/_diagrams\/mermaid|class="mermaid-source"|data-diagram="client"/.test(
			readFileSync(file, 'utf8')
		)
	);
	expect(pages.length).toBeGreaterThan(50);
	expect(withMermaid).toEqual([]);
});

test('the search UI loads when the reader reaches for search, and searching works', async ({
	page,
}) => {
	await page.goto('/concepts/bgp/', { waitUntil: 'networkidle' });
	const ui = page.waitForResponse((r) => r.url().includes('ui-core'));
	await page.keyboard.press('Control+k');
	await ui;
	const input = page.locator('#starlight__search input');
	await expect(input).toBeFocused();
	await input.fill('VXLAN');
	await expect(page.locator('.pagefind-ui__result').first()).toBeVisible();
});
