// Runs npm scripts side by side and fails when any of them fails: the quick tier (lint, type check, unit
// tests) leaves a CPU idle when run one after another, since the first two run on one core each.
// Each script's output is held back and printed whole when it ends, so the logs do not interleave.
//
// Usage: node scripts/side-by-side.mjs <npm script> [<npm script> ...]
import { spawn } from 'node:child_process';

const scripts = process.argv.slice(2);
if (!scripts.length) {
	console.error(
		'Name the npm scripts to run, e.g. node scripts/side-by-side.mjs lint check test:unit'
	);
	process.exit(2);
}

/** Runs one npm script with its output captured; resolves with its exit code and output. */
function run(script) {
	const started = Date.now();
	return new Promise((resolve) => {
		const child = spawn('npm', ['run', '--silent', script], {
			env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' },
		});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('error', (error) =>
			resolve({ script, code: 1, output: `${error.message}\n`, started })
		);
		child.on('close', (code) => resolve({ script, code: code ?? 1, output, started }));
	});
}

console.log(`Running side by side: ${scripts.join(', ')}`);
const results = await Promise.all(
	scripts.map((script) =>
		run(script).then((result) => {
			const seconds = ((Date.now() - result.started) / 1000).toFixed(0);
			const verdict = result.code === 0 ? 'passed' : `FAILED (exit code ${result.code})`;
			process.stdout.write(`\n==> npm run ${script}: ${verdict} in ${seconds} s\n${result.output}`);
			return result;
		})
	)
);
const failed = results.filter((result) => result.code !== 0).map((result) => result.script);
if (failed.length) {
	console.error(`\nFailed: ${failed.join(', ')}`);
	process.exit(1);
}
