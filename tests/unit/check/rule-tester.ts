import { describe, expect, test } from 'vitest';
import {
	checkConfiguration,
	checkRules,
	type CheckInput,
	type Finding,
} from '../../../src/lib/check';

/** What a case pastes and tells the checker; the environment is on premises unless it says otherwise. */
export type CaseInput = Partial<CheckInput> & { text: string };

/** A configuration the rule finds nothing in. */
export interface ValidCase {
	name: string;
	input: CaseInput;
	/** No rule finds anything at all. */
	quiet?: boolean;
}

/** A configuration the rule reports, with what its finding must say. */
export interface InvalidCase {
	name: string;
	input: CaseInput;
	severity: Finding['severity'];
	message?: RegExp;
	/** What the finding's reason must say (it may differ by release). */
	reason?: RegExp;
	fix?: RegExp;
	move?: string;
	/** The finding is the only one of the whole result. */
	alone?: boolean;
}

/** Runs the whole checker on a case, on premises unless the case says otherwise. */
export const check = (input: CaseInput) => checkConfiguration({ env: 'on-prem', ...input });

/** Tests one rule on configurations it stays quiet on and ones it reports, as ESLint's RuleTester does. */
export function testRule(id: string, cases: { valid: ValidCase[]; invalid: InvalidCase[] }) {
	describe(`the rule ${id}`, () => {
		test('is registered, with valid and invalid cases', () => {
			expect(checkRules.map((rule) => rule.id)).toContain(id);
			expect(cases.valid.length).toBeGreaterThan(0);
			expect(cases.invalid.length).toBeGreaterThan(0);
		});

		test.each(cases.valid)('stays quiet: $name', ({ input, quiet }) => {
			const { findings } = check(input);
			expect(findings.map((f) => f.rule)).not.toContain(id);
			if (quiet) expect(findings).toEqual([]);
		});

		test.each(cases.invalid)(
			'reports: $name',
			({ input, severity, message, reason, fix, move, alone }) => {
				const { findings } = check(input);
				const found = findings.find((f) => f.rule === id);
				expect(found, `no ${id} finding`).toBeDefined();
				expect(found!.severity).toBe(severity);
				if (move) expect(found!.move).toBe(move);
				if (fix) expect(found!.fix).toMatch(fix);
				if (message) expect(found!.message).toMatch(message);
				if (reason) expect(found!.reason).toMatch(reason);
				if (alone) expect(findings.map((f) => [f.rule, f.severity])).toEqual([[id, severity]]);
			}
		);
	});
}
