import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built site's folder: `dist` unless DIST_DIR names another (relative to the project, or absolute). */
export const distDir = resolve(
	fileURLToPath(new URL('../../', import.meta.url)),
	process.env.DIST_DIR ?? 'dist'
);

/**
 * Paths of every page in the built site: each folder's index.html (the 404 page is not one). Read from the
 * files rather than the sitemap, which the build writes only when SITE_URL gives it a host.
 */
export function builtPagePaths(): string[] {
	return builtFiles()
		.filter((file) => file === 'index.html' || file.endsWith('/index.html'))
		.map((file) => `/${file.slice(0, -'index.html'.length)}`)
		.sort();
}

/** Every file of the built site, as paths relative to its folder with forward slashes. */
export function builtFiles(dir = distDir): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		return entry.isDirectory() ? builtFiles(path) : [relative(distDir, path).split(sep).join('/')];
	});
}

/** The built file a site path is served from, or undefined when there is none. */
export function servedFile(pathname: string): string | undefined {
	const path = join(distDir, pathname);
	const candidates = pathname.endsWith('/')
		? [join(path, 'index.html')]
		: [path, join(path, 'index.html')];
	return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}
