// A small static server for a built site, with gzip, so the benchmark weighs what a reader's browser
// would download from an ordinary static host. Only for measuring: it serves one directory on 127.0.0.1.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Content types by file extension; anything else is served as application/octet-stream. */
export const contentTypes = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.gif': 'image/gif',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.ico': 'image/x-icon',
	'.woff': 'font/woff',
	'.woff2': 'font/woff2',
	'.pdf': 'application/pdf',
	'.wasm': 'application/wasm',
	'.webmanifest': 'application/manifest+json',
};

// Text compresses; images, fonts, PDFs and Pagefind's index files (gzipped by Pagefind itself) do not.
const compressible = /^(text\/|application\/(json|xml|manifest\+json|wasm)|image\/svg\+xml)/;

/** The gzip level used: 9, as a host that compresses static files once, ahead of time, would. */
export const gzipLevel = 9;

/**
 * The file a URL path names in `root` (`/x/` is `x/index.html`), a redirect to add a slash, or null.
 * @param {string} root
 * @param {string} pathname
 * @returns {{ file: string } | { redirect: string } | null}
 */
export function resolveFile(root, pathname) {
	let decoded;
	try {
		decoded = decodeURIComponent(pathname);
	} catch {
		return null;
	}
	const full = normalize(join(root, decoded));
	if (full !== root && !full.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
	const isFile = (f) => existsSync(f) && statSync(f).isFile();
	if (decoded.endsWith('/')) {
		const index = join(full, 'index.html');
		return isFile(index) ? { file: index } : null;
	}
	if (isFile(full)) return { file: full };
	if (existsSync(full) && statSync(full).isDirectory() && isFile(join(full, 'index.html')))
		return { redirect: `${pathname}/` };
	if (isFile(`${full}.html`)) return { file: `${full}.html` };
	return null;
}

/**
 * Serves `root` on 127.0.0.1 at a free port, gzipped when accepted, 404.html with status 404.
 * @param {string} root
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function serveStatic(root) {
	const base = normalize(root).replace(/\/$/, '');
	/** @type {Map<string, Buffer>} */
	const gzipped = new Map();
	const notFound = join(base, '404.html');

	const server = createServer((req, res) => {
		const { pathname } = new URL(req.url ?? '/', 'http://localhost');
		const found = resolveFile(base, pathname);
		if (found && 'redirect' in found) {
			res.writeHead(301, { Location: found.redirect });
			res.end();
			return;
		}
		const status = found ? 200 : 404;
		const file = found ? found.file : existsSync(notFound) ? notFound : null;
		if (!file) {
			res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
			res.end('Not found');
			return;
		}
		const type = contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';
		const stat = statSync(file);
		const gzip =
			compressible.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
		// Validators, so a revalidated file costs a 304 as on a real host, not the whole file again.
		const etag = `W/"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}${gzip ? '-gz' : ''}"`;
		const headers = {
			'Content-Type': type,
			// Astro's hashed assets never change; pages are revalidated, as a static host would do.
			'Cache-Control': pathname.startsWith('/_astro/')
				? 'public, max-age=31536000, immutable'
				: 'public, max-age=0, must-revalidate',
			Vary: 'Accept-Encoding',
			ETag: etag,
			'Last-Modified': stat.mtime.toUTCString(),
		};
		if (status === 200 && req.headers['if-none-match'] === etag) {
			res.writeHead(304, headers);
			res.end();
			return;
		}
		let body = readFileSync(file);
		if (gzip) {
			let packed = gzipped.get(file);
			if (!packed) {
				packed = gzipSync(body, { level: gzipLevel });
				gzipped.set(file, packed);
			}
			body = packed;
			headers['Content-Encoding'] = 'gzip';
		}
		headers['Content-Length'] = String(body.length);
		res.writeHead(status, headers);
		res.end(req.method === 'HEAD' ? undefined : body);
	});

	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => resolve(undefined));
	});
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}
