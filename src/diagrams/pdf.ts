/**
 * PDFs of the environment pages, printed by the build's Chromium (the one that renders the diagrams) from the
 * built site, with the print stylesheet, running header and footer. Without Chromium the build skips them,
 * warns, and the pages carry no "Download PDF" link.
 */
import {
	createReadStream,
	existsSync,
	mkdirSync,
	readFileSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { environments } from '../lib/catalog/environments';
import { findChromium } from './chromium.mjs';
import { rendererBrowser } from './mermaid';

/** The pages printed to PDF, and where each PDF goes. */
export const pdfPages = environments.map((env) => ({ page: env.page, pdf: `/pdf/${env.id}.pdf` }));

/** The PDF of a page, if the build makes one. */
export function pdfFor(pagePath: string): string | undefined {
	return pdfPages.find((p) => p.page === pagePath)?.pdf;
}

/** True when this build will print the PDFs: a production build with Chromium, diagrams rendered at build time. */
export function pdfsPlanned(): boolean {
	if (!import.meta.env.PROD || process.env.DIAGRAMS === 'client' || process.env.PDFS === 'off')
		return false;
	try {
		findChromium();
		return true;
	} catch {
		return false;
	}
}

/** Marks the download links, so they can be taken out if printing fails after the pages were written. */
export const pdfLinkAttribute = 'data-pdf-link';

const types: Record<string, string> = {
	'.html': 'text/html',
	'.css': 'text/css',
	'.js': 'text/javascript',
	'.svg': 'image/svg+xml',
	'.json': 'application/json',
	'.woff2': 'font/woff2',
};

/** Serves the built site on a free port, so pages print with their styles and fonts. */
function serve(root: string): Promise<{ server: Server; origin: string }> {
	const server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		let file = join(root, path);
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!file.startsWith(root) || !existsSync(file)) {
			res.statusCode = 404;
			return res.end();
		}
		res.setHeader('Content-Type', types[extname(file)] ?? 'application/octet-stream');
		createReadStream(file).pipe(res);
	});
	return new Promise((resolve) =>
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			resolve({
				server,
				origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
			});
		})
	);
}

/** Removes the download links from the built pages (printing failed after they were written). */
function dropLinks(root: string): void {
	for (const { page } of pdfPages) {
		const file = join(root, page, 'index.html');
		if (!existsSync(file)) continue;
		const html = readFileSync(file, 'utf8');
		writeFileSync(
			file,
			html.replace(new RegExp(`<a [^>]*${pdfLinkAttribute}[^>]*>[\\s\\S]*?</a>`, 'g'), '')
		);
	}
}

/**
 * Prints every environment page of the built site to `dist/pdf/`, in the renderer's Chromium
 * (launched here if no diagram needed it). Asks for no browser when PDFs are not planned.
 */
export async function buildPdfs(dir: URL, logger: AstroIntegrationLogger): Promise<void> {
	const root = fileURLToPath(dir).replace(/\/$/, '');
	if (!pdfsPlanned()) {
		logger.warn(
			'No PDFs of the environment pages: they need Chromium at build time (and DIAGRAMS other than client). The pages carry no Download PDF link.'
		);
		return;
	}
	const browser = await rendererBrowser();
	if (!browser) {
		dropLinks(root);
		logger.warn(
			'No PDFs of the environment pages: Chromium could not be started. The Download PDF links were removed.'
		);
		return;
	}
	const { server, origin } = await serve(root);
	try {
		mkdirSync(join(root, 'pdf'), { recursive: true });
		const page = await browser.newPage();
		await page.emulateMedia({ media: 'print' });
		for (const { page: path, pdf } of pdfPages) {
			await page.goto(origin + path, { waitUntil: 'load', timeout: 60_000 });
			writeFileSync(
				join(root, pdf),
				await page.pdf({
					preferCSSPageSize: true,
					printBackground: true,
					tagged: true,
					outline: true,
				})
			);
		}
		await page.close();
		logger.info(`Printed ${pdfPages.length} environment pages to PDF.`);
	} catch (error) {
		dropLinks(root);
		logger.warn(
			`No PDFs of the environment pages: ${(error as Error).message}. The Download PDF links were removed.`
		);
	} finally {
		server.close();
	}
}
