// The Astro side of the diagram pipeline; index.ts describes the whole pipeline, step by step.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { closeRenderer, rendererState } from './mermaid';
import { mermaidFallbackPath } from './fallback-path';
import { buildPdfs } from './pdf';

const mermaidBundle = () => createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');

/** Renders diagrams at build time in one Chromium session, prints the environment pages to PDF in it, and ships Mermaid to readers only when rendering was impossible. */
export default function diagrams(): AstroIntegration {
	return {
		name: 'calico-guide-diagrams',
		hooks: {
			'astro:server:setup': ({ server }) => {
				server.middlewares.use(mermaidFallbackPath, (_req, res) => {
					res.setHeader('Content-Type', 'text/javascript');
					res.end(readFileSync(mermaidBundle()));
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				// Reads what the pages did; starts no browser.
				const state = rendererState();
				if (state.usedClientFallback) {
					const target = new URL(`.${mermaidFallbackPath}`, dir);
					mkdirSync(new URL('.', target), { recursive: true });
					copyFileSync(mermaidBundle(), fileURLToPath(target));
					logger.warn(
						'Diagrams will render in readers’ browsers: they were not rendered at build time (no Chromium found, or DIAGRAMS=client), so Mermaid was copied into the site. Install Chromium and build again to ship inline SVG instead.'
					);
				} else if (state.rendered > 0) {
					logger.info(`Rendered ${state.rendered} diagrams to inline SVG at build time.`);
				}
				try {
					await buildPdfs(dir, logger);
				} finally {
					await closeRenderer();
				}
			},
		},
	};
}
