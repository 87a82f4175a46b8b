import { describe, expect, test } from 'vitest';
import { validateInstallation } from '../../../src/lib/operator/validate';
import { releaseOf } from '../../../src/lib/facts';
import { operatorCases, upstream } from '../../fixtures/operator/validation-cases';

const release = releaseOf(upstream.calico);
const verdictOf = (spec: Record<string, unknown>) =>
	validateInstallation(
		{
			apiVersion: 'operator.tigera.io/v1',
			kind: 'Installation',
			metadata: { name: 'default' },
			spec,
		},
		{},
		release
	).length
		? 'rejects'
		: 'accepts';

describe(`the checker gives the operator's verdict on the cases of ${upstream.repository} ${upstream.path} @ ${upstream.ref}`, () => {
	test.each(
		operatorCases.map((c) => ({ ...c, expected: c.afterDefaulting?.verdict ?? c.verdict }))
	)('$test: the operator $expected it', ({ spec, expected }) => {
		expect(verdictOf(spec)).toBe(expected);
	});
});

test('the upstream test and the checker differ only where the test skips the defaults the controller applies', () => {
	const differing = operatorCases.filter((c) => c.afterDefaulting).map((c) => c.test);
	expect(differing).toHaveLength(3);
	for (const c of operatorCases.filter((c) => c.afterDefaulting))
		expect(c.afterDefaulting!.verdict).not.toBe(c.verdict);
});
