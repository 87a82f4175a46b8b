/**
 * calico-check: the guide's configuration checker on the command line, for CI. Bundled into one file
 * (scripts/build-cli.mjs) that needs only Node: `node calico-check.mjs --env aws --format sarif deploy/calico/`.
 * In a clone of the guide, `npx calico-guide check …` runs the same (bin/calico-guide.mjs).
 */
import { readFileSync } from 'node:fs';
import { checkConfiguration } from '../lib/check/check';
import { failsRun, readArgs, usage, type CliOptions } from '../lib/check/report/args';
import type { CheckedFile } from '../lib/check/report/checked-file';
import { jsonReport } from '../lib/check/report/json';
import { junitReport } from '../lib/check/report/junit';
import { sarifReport } from '../lib/check/report/sarif';
import { textReport } from '../lib/check/report/text';
import { expandInputs } from './inputs';

/** Where the checker's page is, for the SARIF report's links, when SITE_URL names the guide's host. */
const site = process.env.SITE_URL?.trim();
const guideUrl = site ? `${site.replace(/\/?$/, '/')}tools/check/` : undefined;

function report(files: CheckedFile[], options: CliOptions): string {
	switch (options.format) {
		case 'json':
			return jsonReport(files, options.release);
		case 'sarif':
			return sarifReport(files, options.release, guideUrl);
		case 'junit':
			return junitReport(files, options.failOn);
		default:
			return textReport(files);
	}
}

/** Runs the checker on the files the arguments name; returns the exit status. */
export function main(argv: readonly string[]): number {
	// `calico-guide check …` in a clone and `node calico-check.mjs check …` read the same as without the word.
	const read = readArgs(argv[0] === 'check' ? argv.slice(1) : argv);
	if (!read.ok) {
		process.stderr.write(`calico-check: ${read.message}\n\n${usage}\n`);
		return 2;
	}
	const { options } = read;
	if (options.help) {
		process.stdout.write(`${usage}\n`);
		return 0;
	}
	const inputs = expandInputs(options.files);
	if (!inputs.ok) {
		process.stderr.write(`calico-check: ${inputs.message}\n`);
		return 2;
	}
	const files: CheckedFile[] = [];
	for (const file of inputs.files) {
		let text: string;
		try {
			text = readFileSync(file === '-' ? 0 : file, 'utf8');
		} catch (error) {
			const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
			process.stderr.write(`calico-check: cannot read ${file} (${reason}).\n`);
			return 2;
		}
		const result = checkConfiguration({
			text,
			env: options.env,
			calico: options.release.minor,
			windows: options.windows,
			ipv6: options.ipv6,
			...(options.nodes ? { nodes: options.nodes } : {}),
			...(options.podsPerNode ? { podsPerNode: options.podsPerNode } : {}),
			...(options.serviceCidr ? { serviceCidr: options.serviceCidr } : {}),
			...(options.nodeCidr ? { nodeCidr: options.nodeCidr } : {}),
		});
		files.push({ file, result });
	}
	process.stdout.write(report(files, options));
	const failed = files.some(({ result }) =>
		result.findings.some((finding) => failsRun(finding.severity, options.failOn))
	);
	return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
