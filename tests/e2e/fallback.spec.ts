import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { expect, test } from './fixtures';

// A second build, as on a machine without Chromium: diagrams must then render in the reader's browser.
const out = join(tmpdir(), 'calico-guide-client-diagrams');
const port = 4331;
const types: Record<string, string> = {
	'.html': 'text/html',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
};
let server: Server;
let buildLog = '';

test.describe.configure({ mode: 'serial' });

// Playwright reads the fixtures a hook asks for from its first argument, so this one must be a pattern.
// eslint-disable-next-line no-empty-pattern
test.beforeAll(async ({}, testInfo) => {
	testInfo.setTimeout(240_000);
	buildLog = execFileSync('npx', ['astro', 'build', '--outDir', out], {
		env: { ...process.env, DIAGRAMS: 'client' },
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	server = createServer((req, res) => {
		let file = join(out, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file)) return void res.writeHead(404).end();
		res
			.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' })
			.end(readFileSync(file));
	});
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
});

test.afterAll(() => server?.close());

test('without Chromium the build still succeeds, says why diagrams moved to the browser, and ships Mermaid', () => {
	expect(buildLog).toMatch(/Diagrams will render in readers’ browsers/);
	expect(existsSync(join(out, '_diagrams', 'mermaid.min.js'))).toBe(true);
});

test('without Chromium there are no PDFs: the build says so and the pages offer printing but no download', () => {
	expect(buildLog).toMatch(/No PDFs of the environment pages/);
	expect(existsSync(join(out, 'pdf'))).toBe(false);
	const html = readFileSync(join(out, 'environments', 'aws', 'index.html'), 'utf8');
	expect(html).toContain('Print or save as PDF');
	expect(html).not.toContain('Download PDF');
});

test('a page with diagrams draws them in the browser, lean and coloured like the build’s, with visible arrows', async ({
	page,
}) => {
	await page.goto(`http://127.0.0.1:${port}/environments/aws/`);
	// The page folds each option's details (and its packet path) on screen: open them, as a reader would.
	await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
	const figures = page.locator('figure.diagram[data-diagram="client"]');
	const drawn = figures.locator('.diagram-svg > svg.mmd');
	await expect(drawn.first()).toBeVisible({ timeout: 30_000 });
	await expect(page.locator('pre.mermaid-source')).toHaveCount(0);
	expect(await drawn.count()).toBe(await figures.count());
	await expect(drawn.locator('style, foreignObject')).toHaveCount(0);
	const fill = await drawn
		.first()
		.locator('g.node rect, g.node path')
		.first()
		.evaluate((el) => getComputedStyle(el).fill);
	expect(fill).not.toBe('rgb(0, 0, 0)');
	const size = await drawn
		.first()
		.locator('path.edge')
		.first()
		.evaluate((p) => {
			const box = (p as SVGGraphicsElement).getBBox();
			return box.width + box.height;
		});
	expect(size).toBeGreaterThan(0);
});

test('a page without diagrams never loads Mermaid', async ({ page }) => {
	const requests: string[] = [];
	page.on('request', (r) => requests.push(r.url()));
	await page.goto(`http://127.0.0.1:${port}/glossary/`);
	await page.waitForLoadState('networkidle');
	expect(requests.filter((u) => u.includes('mermaid'))).toEqual([]);
});
