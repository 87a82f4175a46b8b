// What the benchmark ran on, for the report: numbers from one machine mean little without it.
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, release, totalmem, type } from 'node:os';

/** The 1-minute load average, with two decimals. */
export const loadAverage = () => loadavg()[0].toFixed(2);

/**
 * The version line a Chromium executable prints, or a note that it printed none.
 * @param {string} executablePath
 */
export function chromiumVersion(executablePath) {
	try {
		return execFileSync(executablePath, ['--version'], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore'],
			timeout: 30_000,
		}).trim();
	} catch (error) {
		return `unknown (${error instanceof Error ? error.message.split('\n')[0] : error})`;
	}
}

/**
 * CPU count and model, memory, OS, Node and Chromium versions, and the load average now.
 * @param {string} chromiumPath
 */
export function describeMachine(chromiumPath) {
	const list = cpus();
	return {
		cpus: list.length,
		cpuModel: list[0]?.model.trim() ?? 'unknown',
		memoryGB: (totalmem() / 1024 ** 3).toFixed(1),
		os: `${type()} ${release()}`,
		node: process.version,
		chromium: chromiumVersion(chromiumPath),
		chromiumPath,
		loadBefore: loadAverage(),
	};
}
