// Takes screenshots of built pages for a person to look at: light and dark at 1280 px, light at
// 375 px, and the print rendering. Needs the site served (npm run preview) at BASE_URL.
// Usage: node scripts/screenshots.mjs [--out DIR] /path/ [/other/path/ ...]
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchArgs, findChromium } from '../src/diagrams/chromium.mjs';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args.splice(outAt, 2)[1] : '/tmp/shots';
const paths = args.length ? args : ['/'];
const base = process.env.BASE_URL ?? 'http://127.0.0.1:4321';
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumLaunchArgs });
const shots = [
	{ name: 'light', width: 1280, theme: 'light' },
	{ name: 'dark', width: 1280, theme: 'dark' },
	{ name: 'mobile', width: 375, theme: 'light' },
	{ name: 'print', width: 1280, theme: 'dark', print: true },
];
for (const path of paths) {
	const slug = path.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'home';
	for (const shot of shots) {
		const page = await browser.newPage({ viewport: { width: shot.width, height: 900 } });
		await page.addInitScript((theme) => localStorage.setItem('starlight-theme', theme), shot.theme);
		if (shot.print) await page.emulateMedia({ media: 'print' });
		await page.goto(base + path, { waitUntil: 'networkidle' });
		const file = join(out, `${slug}-${shot.name}.png`);
		await page.screenshot({ path: file, fullPage: true });
		console.log(file);
		await page.close();
	}
}
await browser.close();
