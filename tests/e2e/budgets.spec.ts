import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from './fixtures';

/** Script bytes (gzip) a page fetches before the reader does anything, from the built files. */
async function scriptBytesBeforeInteraction(page: import('@playwright/test').Page, path: string) {
	const scripts = new Set<string>();
	page.on('response', (response) => {
		const { pathname } = new URL(response.url());
		if (/\.m?js$/.test(pathname)) scripts.add(pathname);
	});
	await page.goto(path, { waitUntil: 'networkidle' });
	await page.locator('.recommender[data-hydrated="true"]').waitFor();
	// Idle callbacks (search, prefetch) run after load: give them time to fetch what they would.
	await page.waitForTimeout(1000);
	let bytes = 0;
	for (const script of scripts)
		bytes += gzipSync(readFileSync(`dist${script}`), { level: 9 }).length;
	return { bytes, scripts: [...scripts] };
}

test('the recommender page loads at most 40 KB of JavaScript (gzip) before interaction', async ({
	page,
}) => {
	const { bytes, scripts } = await scriptBytesBeforeInteraction(
		page,
		'/recommend/?env=aws&managed=no'
	);
	expect(bytes, `scripts: ${scripts.join(', ')}`).toBeLessThanOrEqual(40 * 1024);
	// The search UI and the configuration generator wait for the reader.
	expect(scripts.some((s) => s.includes('ui-core'))).toBe(false);
	expect(scripts.some((s) => s.includes('ConfigPanel'))).toBe(false);
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
