// Ships the command-line checker with the site: after the build, /calico-check.mjs is the checker bundled
// into one file that needs only Node (what the checker page tells CI jobs to download).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
// Imported with the configuration: by astro:build:done, Vite's module runner no longer loads modules.
import { buildCli } from '../../scripts/build-cli.mjs';

/** Writes calico-check.mjs into the built site. */
export default function commandLineChecker(): AstroIntegration {
	return {
		name: 'calico-guide-cli',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const out = await buildCli(join(fileURLToPath(dir), 'calico-check.mjs'));
				logger.info(`Bundled the command-line checker into ${out}.`);
			},
		},
	};
}
