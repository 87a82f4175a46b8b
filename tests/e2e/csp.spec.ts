import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

test('every page carries a script policy without unsafe-inline, and it is in force', async ({
	page,
}) => {
	await page.goto('/concepts/bgp/');
	const policy = await page
		.locator('meta[http-equiv="content-security-policy"]')
		.getAttribute('content');
	expect(policy).toMatch(/script-src 'self'/);
	expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
	// A script injected into the page does not run, and the browser reports it.
	const ran = await page.evaluate(async () => {
		const blocked = new Promise((resolve) =>
			document.addEventListener('securitypolicyviolation', resolve, { once: true })
		);
		const script = document.createElement('script');
		script.textContent = 'window.__injected = true';
		document.body.append(script);
		await blocked;
		window.__cspViolations = [];
		return (window as unknown as { __injected?: boolean }).__injected ?? false;
	});
	expect(ran).toBe(false);
});

test('the _headers file sends the same policy to static hosts, with frame-ancestors', () => {
	const headers = readFileSync(new URL('../../dist/_headers', import.meta.url), 'utf8');
	expect(headers).toMatch(
		/^\/\*\n {2}Content-Security-Policy: default-src 'self'; script-src 'self'/
	);
	expect(headers).toContain("frame-ancestors 'none'");
	expect(headers).not.toMatch(/script-src[^;]*'unsafe-inline'/);
});

test('the print button works under the policy, and is hidden where it could not (no JavaScript)', async ({
	page,
	browser,
}) => {
	await page.goto('/environments/aws/');
	await page.evaluate(() => {
		(window as unknown as { printed: number }).printed = 0;
		window.print = () => void (window as unknown as { printed: number }).printed++;
	});
	await page.getByRole('button', { name: 'Print or save as PDF' }).click();
	expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
	const noJs = await browser.newContext({ javaScriptEnabled: false });
	const plain = await noJs.newPage();
	await plain.goto(new URL('/environments/aws/', page.url()).href);
	await expect(plain.getByRole('button', { name: 'Print or save as PDF' })).toHaveCount(0);
	await noJs.close();
});
