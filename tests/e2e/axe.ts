import axe from 'axe-core';
import type { Page } from '@playwright/test';

// Runs axe-core inside the page itself. @axe-core/playwright's analyze() opens a second, blank page for every
// run to merge per-frame results, which cost about five seconds a run on a 2-core machine, more than the rules
// themselves. The site's pages have no frames, so one in-page run sees everything; a page with a frame is
// refused rather than checked in part.

declare global {
	interface Window {
		axe?: typeof axe;
	}
}

/** The rule sets the site is held to: WCAG 2.2 A and AA and axe's best practices; no rule is switched off. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** What to check: a part of the page (a CSS selector), and the rules (by id) or the rule sets (by tag); by default every rule axe enables. */
export interface AxeScope {
	include?: string;
	rules?: readonly string[];
	tags?: readonly string[];
}

/** Axe's violations on the page as it is now, within `scope`. */
export async function axeViolations(page: Page, scope: AxeScope = {}): Promise<axe.Result[]> {
	const frames = page.frames().length;
	if (frames > 1)
		throw new Error(
			`${page.url()} has ${frames - 1} frame(s); axeViolations() checks the top document only. Check frames with @axe-core/playwright instead.`
		);
	if (!(await page.evaluate(() => Boolean(window.axe)))) await page.evaluate(axe.source);
	const runOnly = scope.rules
		? { type: 'rule' as const, values: [...scope.rules] }
		: scope.tags
			? { type: 'tag' as const, values: [...scope.tags] }
			: undefined;
	return page.evaluate(
		async ({ include, runOnly }) => {
			const context = include ? { include: [include] } : document;
			// Asking for violations only spares axe serialising every passing node.
			const results = await window.axe!.run(context, {
				...(runOnly ? { runOnly } : {}),
				resultTypes: ['violations'],
			});
			return results.violations;
		},
		{ include: scope.include, runOnly }
	);
}

/** Each violation in one line: the rule and the elements it found. */
export function describeViolations(violations: readonly axe.Result[]): string[] {
	return violations.map(
		(v) =>
			`${v.id} (${v.impact}): ${v.help} — ${v.nodes.length} × ${v.nodes
				.slice(0, 4)
				.map((n) => n.target.join(' '))
				.join(', ')}`
	);
}
