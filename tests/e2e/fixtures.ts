import { expect, test as base } from '@playwright/test';

/** What a page reported to `securitypolicyviolation` listeners. */
interface Violation {
	directive: string;
	blocked: string;
	sample: string;
}

declare global {
	interface Window {
		__cspViolations?: Violation[];
	}
}

/**
 * Playwright's `test`, run under the site's Content Security Policy: every page a test opens records
 * the policy's violations, and the test fails if there was any, whatever else it checked.
 */
export const test = base.extend<{ cspViolations: Violation[] }>({
	cspViolations: [
		async ({ context }, use) => {
			await context.addInitScript(() => {
				window.__cspViolations = [];
				document.addEventListener('securitypolicyviolation', (e) =>
					window.__cspViolations!.push({
						directive: e.violatedDirective,
						blocked: e.blockedURI,
						sample: e.sample,
					})
				);
			});
			const seen: Violation[] = [];
			await use(seen);
			for (const page of context.pages()) {
				if (page.isClosed() || !page.url().startsWith('http')) continue;
				seen.push(...(await page.evaluate(() => window.__cspViolations ?? []).catch(() => [])));
			}
			expect(seen, 'Content Security Policy violations').toEqual([]);
		},
		{ auto: true },
	],
});

export { expect };
