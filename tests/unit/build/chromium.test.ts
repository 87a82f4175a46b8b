import { describe, expect, test } from 'vitest';
import { ChromiumNotFoundError, findChromium } from '../../../src/diagrams/chromium.mjs';

const only =
	(...files: string[]) =>
	(file: string) =>
		files.includes(file);

describe('finding Chromium', () => {
	test('CHROMIUM_PATH wins when it points to a file', () => {
		expect(
			findChromium({
				env: { CHROMIUM_PATH: '/opt/chrome/chrome', PATH: '/usr/bin' },
				exists: only('/opt/chrome/chrome', '/usr/bin/chromium'),
			})
		).toBe('/opt/chrome/chrome');
	});

	test('a CHROMIUM_PATH that points nowhere is reported, not skipped', () => {
		expect(() => findChromium({ env: { CHROMIUM_PATH: '/nope/chrome' }, exists: only() })).toThrow(
			/CHROMIUM_PATH points to a missing file: \/nope\/chrome/
		);
	});

	test('then the system’s chromium on PATH', () => {
		expect(
			findChromium({ env: { PATH: '/usr/local/bin:/usr/bin' }, exists: only('/usr/bin/chromium') })
		).toBe('/usr/bin/chromium');
	});

	test('then Google Chrome on PATH', () => {
		expect(
			findChromium({ env: { PATH: '/opt/bin' }, exists: only('/opt/bin/google-chrome') })
		).toBe('/opt/bin/google-chrome');
	});

	test('with none, the error says how to install one on Debian and elsewhere', () => {
		let error: unknown;
		try {
			findChromium({ env: { PATH: '/usr/bin' }, exists: only() });
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(ChromiumNotFoundError);
		expect(String((error as Error).message)).toMatch(/apt-get install -y chromium/);
		expect(String((error as Error).message)).toMatch(/npx playwright install chromium/);
	});
});
