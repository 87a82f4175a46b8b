import { expect, test } from 'vitest';
import { bgpNeedText, getOption, needsBgpByRelease } from '../../../src/lib';

test.each([
	{
		id: 'calico-ipip',
		text: 'Until 3.32 (from 3.33, Felix programs the routes)',
		byRelease: { '3.31': true, '3.32': true, '3.33': false },
	},
	{
		id: 'calico-ipip-cross-subnet',
		text: 'Until 3.32 (from 3.33, Felix programs the routes)',
		byRelease: { '3.31': true, '3.32': true, '3.33': false },
	},
	{
		id: 'calico-bgp-peering',
		text: 'Yes',
		byRelease: { '3.31': true, '3.32': true, '3.33': true },
	},
	{ id: 'calico-vxlan', text: 'No', byRelease: { '3.31': false, '3.32': false, '3.33': false } },
] as const)('$id needs BGP: “$text”', ({ id, text, byRelease }) => {
	const option = getOption(id);
	expect(bgpNeedText(option)).toBe(text);
	expect(needsBgpByRelease(option)).toEqual(byRelease);
});
