// Finds a Chromium for Playwright and the build-time diagram renderer.
// Order: CHROMIUM_PATH, then a system Chromium or Chrome, then Playwright's own download.
// Run directly (`node src/diagrams/chromium.mjs`) to print the path that will be used.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
// Debian's package installs here; checked even when PATH is minimal (cron, some CI runners).
const SYSTEM_FALLBACKS = ['/usr/bin/chromium'];

// The network is closed on CI machines: without these flags Chromium tries to reach
// Google's update, sync and QUIC endpoints at start, and it cannot sandbox as root.
export const chromiumLaunchArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run',
	'--disable-sync',
	'--disable-quic',
];

export class ChromiumNotFoundError extends Error {
	constructor(message) {
		super(message);
		this.name = 'ChromiumNotFoundError';
	}
}

/** Chromium was found but would not start: a build that needs it stops and says how to go on. */
export class ChromiumLaunchError extends Error {
	/**
	 * @param {string} executablePath
	 * @param {unknown} cause
	 */
	constructor(executablePath, cause) {
		// The way out comes first: Playwright's launch error is long (command line, call log).
		super(
			`Chromium was found at ${executablePath} but failed to start.\n` +
				'Build without it with `DIAGRAMS=client npm run build` (diagrams then render in readers’ ' +
				'browsers, and no PDFs are printed), or set CHROMIUM_PATH to a Chromium or Chrome that starts.\n' +
				`The launch error: ${cause instanceof Error ? cause.message : String(cause)}`
		);
		this.name = 'ChromiumLaunchError';
	}
}

/**
 * Returns the absolute path of a Chromium executable, or throws with a message that says
 * how to get one.
 * @param {{ env?: Record<string, string | undefined>, exists?: (file: string) => boolean }} [options]
 *   `env` and `exists` default to the real environment and file system; tests replace them.
 * @returns {string}
 */
export function findChromium({ env = process.env, exists = fs.existsSync } = {}) {
	const configured = env.CHROMIUM_PATH;
	if (configured) {
		const absolute = path.resolve(configured);
		if (!exists(absolute)) {
			throw new ChromiumNotFoundError(
				`CHROMIUM_PATH points to a missing file: ${absolute}\n` +
					'Set CHROMIUM_PATH to the Chromium or Chrome executable (for example /usr/bin/chromium), ' +
					'or unset it to let the lookup find one.'
			);
		}
		return absolute;
	}

	const searchPath = (env.PATH ?? '').split(path.delimiter).filter((dir) => path.isAbsolute(dir));
	for (const name of SYSTEM_NAMES) {
		for (const dir of searchPath) {
			const candidate = path.join(dir, name);
			if (exists(candidate)) return candidate;
		}
	}
	for (const candidate of SYSTEM_FALLBACKS) {
		if (exists(candidate)) return candidate;
	}

	const bundled = playwrightChromium();
	if (bundled && exists(bundled)) return bundled;

	throw new ChromiumNotFoundError(
		'No Chromium was found (looked at CHROMIUM_PATH, then for ' +
			`${SYSTEM_NAMES.join(', ')} on PATH, then ${SYSTEM_FALLBACKS.join(', ')}, ` +
			"then Playwright's own download).\n" +
			'Install one:\n' +
			'  Debian or Ubuntu:  apt-get update && apt-get install -y chromium\n' +
			'  elsewhere:         npx playwright install chromium\n' +
			'or set CHROMIUM_PATH to an existing Chromium or Chrome executable.'
	);
}

function playwrightChromium() {
	try {
		return chromium.executablePath();
	} catch {
		// Playwright throws on platforms it has no build for; that just means "not found".
		return undefined;
	}
}

if (process.argv[1] && fs.realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
	try {
		console.log(findChromium());
	} catch (error) {
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	}
}
