import { testRule } from '../rule-tester';
import { v3 } from '../yaml';

const peer = v3('BGPPeer', 'tor', '{peerIP: 10.0.0.1, asNumber: 64512, filters: [only-pods]}');
const filter = (name: string) => v3('BGPFilter', name, '{exportV4: [{action: Reject}]}');

testRule('bgp-peer-filters', {
	valid: [
		{ name: 'a peer whose filter is in the paste', input: { text: peer + filter('only-pods') } },
		{ name: 'a peer pasted without any BGPFilter (they may be elsewhere)', input: { text: peer } },
	],
	invalid: [
		{
			name: 'a peer that names a filter the paste’s BGPFilters do not have',
			input: { text: peer + filter('only-pod') },
			severity: 'warning',
			message: /BGPPeer tor names the filter only-pods, which is not among the BGPFilters/,
			reason: /skips a name it cannot find/,
		},
	],
});
