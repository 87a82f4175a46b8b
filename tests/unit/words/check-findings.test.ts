import { describe, expect, test } from 'vitest';
import { findingsHeading, findingsSummary } from '../../../src/lib/words/check-findings';

describe('the checker’s status line', () => {
	test.each([
		[
			{ error: 0, warning: 0, info: 0 },
			'No findings: nothing here breaks a rule the checker knows.',
		],
		[{ error: 1, warning: 0, info: 0 }, '1 finding: 1 error.'],
		[{ error: 0, warning: 2, info: 1 }, '3 findings: 2 warnings, 1 note.'],
		[{ error: 2, warning: 1, info: 3 }, '6 findings: 2 errors, 1 warning, 3 notes.'],
	])('for %o says “%s”, most serious first', (counts, sentence) => {
		const total = counts.error + counts.warning + counts.info;
		expect(findingsSummary(counts, total)).toBe(sentence);
	});
});

describe('the heading over each group of findings', () => {
	test.each([
		['error', 1, 'Errors (1)'],
		['warning', 3, 'Warnings (3)'],
		['info', 2, 'Notes (2)'],
	] as const)('for %s findings, %i of them, reads “%s”', (severity, count, heading) => {
		expect(findingsHeading(severity, count)).toBe(heading);
	});
});
