// Lighthouse (its default configuration: mobile, simulated throttling) on pages of the served site, in a
// headless Chromium this module starts with a remote-debugging port and stops when done.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';
import { chromiumLaunchArgs } from '../../src/diagrams/chromium.mjs';

/** The Lighthouse categories reported, in report order. */
export const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * Starts headless Chromium with a free remote-debugging port; resolves to the port and a `stop()`.
 * @param {string} executablePath
 * @returns {Promise<{ port: number, stop: () => Promise<void> }>}
 */
export async function startDebuggableChromium(executablePath) {
	const profile = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
	const child = spawn(
		executablePath,
		[
			...chromiumLaunchArgs,
			'--headless=new',
			'--remote-debugging-port=0',
			`--user-data-dir=${profile}`,
			'--disable-extensions',
			'--mute-audio',
			'--no-default-browser-check',
			'--disable-background-timer-throttling',
			'--disable-renderer-backgrounding',
			'--disable-backgrounding-occluded-windows',
			'about:blank',
		],
		{ stdio: ['ignore', 'ignore', 'pipe'] }
	);
	const exited = new Promise((resolve) => child.once('exit', resolve));
	const stop = async () => {
		if (child.exitCode === null && child.signalCode === null) {
			child.kill('SIGTERM');
			await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
			if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
		}
		rmSync(profile, { recursive: true, force: true });
	};
	let stderr = '';
	const port = await new Promise((resolve, reject) => {
		const timer = setTimeout(
			() => reject(new Error(`Chromium gave no DevTools port within 30 s. Its output:\n${stderr}`)),
			30_000
		);
		child.stderr.on('data', (chunk) => {
			stderr += chunk;
			const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(stderr);
			if (match) {
				clearTimeout(timer);
				resolve(Number(match[1]));
			}
		});
		child.once('error', (error) => {
			clearTimeout(timer);
			reject(error);
		});
		child.once('exit', (code) => {
			clearTimeout(timer);
			reject(
				new Error(`Chromium exited (code ${code}) before opening a DevTools port:\n${stderr}`)
			);
		});
	}).catch(async (error) => {
		await stop();
		throw error;
	});
	// Keep draining stderr so Chromium never blocks on a full pipe.
	child.stderr.resume();
	return { port, stop };
}

/**
 * Runs Lighthouse once per URL in one Chromium; per URL the four scores (0–100) and LCP, TBT (ms), CLS.
 * @param {string[]} urls
 * @param {string} executablePath
 * @returns {Promise<{ version: string, results: Map<string, object> }>}
 */
export async function runLighthouse(urls, executablePath) {
	const { default: lighthouse } = await import('lighthouse');
	const { port, stop } = await startDebuggableChromium(executablePath);
	/** @type {Map<string, object>} */
	const results = new Map();
	let version = '';
	try {
		for (const url of urls) {
			try {
				const run = await lighthouse(url, { port, output: 'json', logLevel: 'error' });
				const lhr = run?.lhr;
				if (!lhr) throw new Error('Lighthouse returned no result');
				version = lhr.lighthouseVersion;
				const score = (id) => {
					const value = lhr.categories[id]?.score;
					return typeof value === 'number' ? Math.round(value * 100) : null;
				};
				const metric = (id) => lhr.audits[id]?.numericValue ?? null;
				results.set(url, {
					scores: Object.fromEntries(categories.map((id) => [id, score(id)])),
					lcpMs: metric('largest-contentful-paint'),
					tbtMs: metric('total-blocking-time'),
					cls: metric('cumulative-layout-shift'),
					error: lhr.runtimeError ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` : null,
					warnings: lhr.runWarnings ?? [],
					benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
				});
			} catch (error) {
				results.set(url, { error: error instanceof Error ? error.message : String(error) });
			}
		}
	} finally {
		await stop();
	}
	return { version, results };
}
