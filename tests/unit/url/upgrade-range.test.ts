import { describe, expect, test } from 'vitest';
import { upgradeRangeFromUrl, withUpgradeRange } from '../../../src/lib/url/upgrade-range';

describe('the upgrade page’s address gives the releases an upgrade goes between', () => {
	test.each([
		{ address: '', from: '3.32', to: '3.33' },
		{ address: '?from=3.31', from: '3.31', to: '3.33' },
		{ address: '?from=v3.31.7&to=3.32', from: '3.31', to: '3.32' },
		{ address: 'https://example.org/tools/upgrade/?to=3.33&from=3.32', from: '3.32', to: '3.33' },
	])('“$address” is an upgrade from $from to $to', ({ address, from, to }) => {
		expect(upgradeRangeFromUrl(address)).toEqual({ from, to, problems: [] });
	});

	test('a release the guide does not answer for keeps the default and names the supported ones', () => {
		const range = upgradeRangeFromUrl('?from=3.29&to=latest');
		expect(range.from).toBe('3.32');
		expect(range.to).toBe('3.33');
		expect(range.problems).toHaveLength(2);
		expect(range.problems[0]).toMatch(
			/^from: .*choose 3\.31, 3\.32, 3\.33.*uses Calico 3\.32 instead\.$/
		);
		expect(range.problems[1]).toMatch(/^to: .*uses Calico 3\.33 instead\.$/);
	});
});

describe('writing the releases into the address', () => {
	test.each([
		{ search: '', from: '3.31', to: '3.33', written: '?from=3.31' },
		{ search: '?env=aws', from: '3.31', to: '3.32', written: '?env=aws&from=3.31&to=3.32' },
		{ search: '?from=3.31&to=3.32', from: '3.32', to: '3.33', written: '' },
	] as const)('“$search” with $from → $to becomes “$written”', ({ search, from, to, written }) => {
		expect(withUpgradeRange(search, from, to)).toBe(written);
	});
});
