// Bundles the command-line checker (src/cli/calico-check.ts) into one ES module that needs only Node 20+:
// the site ships it as /calico-check.mjs, and `npx calico-guide check` (bin/calico-guide.mjs) and
// `npm run check-config` run it from the repository.
// Usage: node scripts/build-cli.mjs [outfile]   (default: node_modules/.cache/calico-check.mjs)
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Bundles the checker into `outfile`; resolves when it is written. */
export async function buildCli(outfile = `${root}node_modules/.cache/calico-check.mjs`) {
	await build({
		entryPoints: [`${root}src/cli/calico-check.ts`],
		outfile,
		bundle: true,
		format: 'esm',
		// Neutral, not node: the yaml package then resolves to its ES module build, so the bundle has no
		// require() of its own; Node's own modules stay imports.
		platform: 'neutral',
		target: 'node20',
		mainFields: ['module', 'main'],
		external: ['node:*'],
		banner: { js: '#!/usr/bin/env node' },
		logLevel: 'warning',
		legalComments: 'none',
	});
	return outfile;
}

/** Bundles the checker, then runs it with these arguments, passing the terminal through; resolves to its exit status. */
export async function runCli(args) {
	const bundle = await buildCli();
	const run = spawnSync(process.execPath, [bundle, ...args], { stdio: 'inherit' });
	return run.status ?? 2;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const out = await buildCli(process.argv[2]);
	console.log(`Wrote ${out}`);
}
