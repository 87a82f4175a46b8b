import { describe, expect, test } from 'vitest';
import { calicoFromUrl, withCalico } from '../../../src/lib/url/calico';
import { newestRelease, releaseOf } from '../../../src/lib/facts';

describe('the Calico version in a page’s address', () => {
	test.each([
		{ address: '', minor: '3.33' },
		{ address: '?calico=3.32', minor: '3.32' },
		{ address: 'https://example.org/tools/check/?env=aws&calico=v3.31.7#config=x', minor: '3.31' },
		{ address: '?calico=', minor: '3.33' },
	])('“$address” asks for Calico $minor', ({ address, minor }) => {
		expect(calicoFromUrl(address)).toEqual({ release: releaseOf(minor as '3.31') });
	});

	test.each(['?calico=3.29', '?calico=latest', '?calico=3.34'])(
		'“%s” falls back to the newest release and says why',
		(address) => {
			const read = calicoFromUrl(address);
			expect(read.release).toBe(newestRelease);
			expect(read.problem).toMatch(/choose 3\.31, 3\.32, 3\.33 .*This page shows Calico 3\.33\./);
		}
	);
});

describe('writing the version into an address', () => {
	test.each([
		{ search: '', minor: '3.32', written: '?calico=3.32' },
		{ search: '?env=aws', minor: '3.31', written: '?env=aws&calico=3.31' },
		{ search: '?calico=3.31&env=aws', minor: '3.33', written: '?env=aws' },
		{ search: '?calico=3.32', minor: '3.33', written: '' },
	])('$search with Calico $minor becomes “$written”', ({ search, minor, written }) => {
		expect(withCalico(search, releaseOf(minor as '3.31'))).toBe(written);
	});
});
