import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built site's folder: `dist` unless DIST_DIR names another (relative to the project, or absolute). */
export const distDir = resolve(
	fileURLToPath(new URL('../../', import.meta.url)),
	process.env.DIST_DIR ?? 'dist'
);

/** Paths of every page in the built site's sitemap (the site is built before the browser tests run). */
export function builtPagePaths(): string[] {
	const sitemap = readFileSync(resolve(distDir, 'sitemap-0.xml'), 'utf8');
	return [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] as string).pathname);
}

/** The built file a site path is served from, or undefined when there is none. */
export function servedFile(pathname: string): string | undefined {
	const path = join(distDir, pathname);
	const candidates = pathname.endsWith('/')
		? [join(path, 'index.html')]
		: [path, join(path, 'index.html')];
	return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}
