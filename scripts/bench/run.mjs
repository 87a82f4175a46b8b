// Runs a command for the benchmark (a build, an install) and collects what it printed.
import { spawn } from 'node:child_process';

/**
 * Runs a command; resolves to its output (stdout and stderr), rejects with the output's end when it fails.
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd: string, env?: Record<string, string> }} options
 */
export function run(command, args, { cwd, env = {} }) {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, {
			cwd,
			env: { ...process.env, ...env },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.once('error', reject);
		child.once('exit', (code) =>
			code === 0
				? resolve(output)
				: reject(
						new Error(
							`${command} ${args.join(' ')} in ${cwd} failed (exit ${code}). Its last lines:\n${output.slice(-3000)}`
						)
					)
		);
	});
}
