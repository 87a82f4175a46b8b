// Runs and times `astro build` in a project directory, into a chosen output directory.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './run.mjs';

/**
 * Counts the HTML pages under `dir`.
 * @param {string} dir
 */
export function countPages(dir) {
	let pages = 0;
	for (const name of readdirSync(dir)) {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) pages += countPages(full);
		else if (name.endsWith('.html')) pages += 1;
	}
	return pages;
}

/** CPU seconds (user + system) used so far by this process's finished child processes; null off Linux. */
export function childCpuSeconds() {
	if (!existsSync('/proc/self/stat')) return null;
	// Fields after the command name (which is in parentheses): cutime and cstime are the 14th and 15th.
	const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
	// Linux reports them in clock ticks of 1/100 s (USER_HZ).
	return (Number(fields[13]) + Number(fields[14])) / 100;
}

/**
 * Builds the site in `cwd` into `outDir` with `npx astro build`; resolves to wall and CPU seconds, pages, the log.
 * @param {{ cwd: string, outDir: string, env?: Record<string, string>, args?: string[], linkedModules?: boolean }} options
 *   `linkedModules`: node_modules is a symbolic link; Astro then runs on this Node with --preserve-symlinks, so
 *   that modules keep their paths under `cwd`.
 * @returns {Promise<{ seconds: number, cpuSeconds: number | null, pages: number, diagrams: number | null, pdfs: number | null, log: string }>}
 */
export async function buildSite({ cwd, outDir, env = {}, args = [], linkedModules = false }) {
	const [command, ...commandArgs] = linkedModules
		? [
				process.execPath,
				'--preserve-symlinks',
				'--preserve-symlinks-main',
				join(cwd, 'node_modules', 'astro', 'bin', 'astro.mjs'),
			]
		: ['npx', 'astro'];
	const cpuBefore = childCpuSeconds();
	const started = process.hrtime.bigint();
	const log = await run(command, [...commandArgs, 'build', '--outDir', outDir, ...args], {
		cwd,
		env,
	});
	const seconds = Number(process.hrtime.bigint() - started) / 1e9;
	const cpuAfter = childCpuSeconds();
	const number = (re) => {
		const match = re.exec(log);
		return match ? Number(match[1]) : null;
	};
	return {
		seconds,
		cpuSeconds: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore,
		pages: countPages(outDir),
		diagrams: number(/Rendered (\d+) diagrams/),
		pdfs: number(/Printed (\d+) environment pages to PDF/),
		log,
	};
}
