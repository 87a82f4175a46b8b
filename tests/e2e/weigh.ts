import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { servedFile } from './site-pages';

/** What a page fetched before the reader did anything: gzip bytes by resource type, and the script paths. */
export interface Weight {
	total: number;
	byType: Record<string, number>;
	scripts: string[];
	files: string[];
}

/**
 * Opens a page and weighs everything it fetches from the site until the network is idle (and a second
 * after, for idle-time work): the gzip size (level 9) of each file as built, grouped by resource type.
 */
export async function weighPage(page: Page, path: string): Promise<Weight> {
	const fetched = new Map<string, string>();
	page.on('response', (response) => {
		const url = new URL(response.url());
		if (url.origin === new URL(page.url() || response.url()).origin)
			fetched.set(url.pathname, response.request().resourceType());
	});
	await page.goto(path, { waitUntil: 'networkidle' });
	await page.waitForTimeout(1000);
	const weight: Weight = { total: 0, byType: {}, scripts: [], files: [] };
	for (const [pathname, type] of fetched) {
		const file = servedFile(decodeURIComponent(pathname));
		if (!file) continue;
		const bytes = gzipSync(readFileSync(file), { level: 9 }).length;
		weight.total += bytes;
		weight.byType[type] = (weight.byType[type] ?? 0) + bytes;
		weight.files.push(`${pathname} ${(bytes / 1024).toFixed(1)} KB`);
		if (type === 'script') weight.scripts.push(pathname);
	}
	return weight;
}

/** Kilobytes, as budgets.json states them. */
export const kb = (bytes: number) => bytes / 1024;
