import { readFileSync } from 'node:fs';

/** Paths of every page in the built site's sitemap (the site is built before the browser tests run). */
export function builtPagePaths(): string[] {
	const sitemap = readFileSync(new URL('../../dist/sitemap-0.xml', import.meta.url), 'utf8');
	return [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] as string).pathname);
}
