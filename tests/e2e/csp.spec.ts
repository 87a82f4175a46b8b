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

// That it prints with JavaScript, under the policy, is print.spec.ts's test of the environment pages.
test('the print button, which needs JavaScript, is not offered without it', async ({ browser }) => {
	const noJs = await browser.newContext({ javaScriptEnabled: false });
	const page = await noJs.newPage();
	await page.goto('/environments/aws/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toHaveCount(0);
	await noJs.close();
});
