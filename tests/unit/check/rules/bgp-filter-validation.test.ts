import { testRule } from '../rule-tester';
import { v3 } from '../yaml';

const filter = (spec: string) => v3('BGPFilter', 'only-pods', spec);

testRule('bgp-filter-validation', {
	valid: [
		{
			name: 'an export filter that accepts one range and rejects the rest',
			input: {
				text: filter(
					'{exportV4: [{action: Accept, matchOperator: In, cidr: 10.244.0.0/16}, {action: Reject}]}'
				),
			},
		},
		{
			name: 'an IPv6 import filter with a prefix length range',
			input: {
				text: filter(
					'{importV6: [{action: Accept, matchOperator: In, cidr: "fd00:10::/48", prefixLength: {min: 64, max: 128}}]}'
				),
			},
		},
	],
	invalid: [
		{
			name: 'a cidr without a match operator',
			input: { text: filter('{exportV4: [{action: Accept, cidr: 10.0.0.0/8}]}') },
			severity: 'error',
			message: /BGPFilter only-pods: exportV4 entry 1 sets one of cidr and matchOperator/,
		},
		{
			name: 'a prefix length without a cidr',
			input: { text: filter('{importV4: [{action: Reject, prefixLength: {min: 24}}]}') },
			severity: 'error',
			message: /importV4 entry 1 sets prefixLength without a cidr/,
		},
		{
			name: 'an IPv6 network in an IPv4 list',
			input: {
				text: filter('{exportV4: [{action: Accept, matchOperator: In, cidr: "fd00::/8"}]}'),
			},
			severity: 'error',
			message: /not an IPv4 network/,
		},
		{
			name: 'an IPv4 prefix length past 32',
			input: {
				text: filter(
					'{exportV4: [{action: Accept, matchOperator: In, cidr: 10.0.0.0/8, prefixLength: {max: 48}}]}'
				),
			},
			severity: 'error',
			message: /prefixLength\.max 48; it is a whole number from 0 to 32/,
		},
		{
			name: 'an action that is neither Accept nor Reject',
			input: { text: filter('{exportV4: [{action: Drop}]}') },
			severity: 'error',
			message: /action Drop; it is Accept or Reject/,
		},
		{
			name: 'an entry with no action',
			input: { text: filter('{exportV6: [{matchOperator: Equal, cidr: "fd00::/8"}]}') },
			severity: 'error',
			message: /has no action/,
		},
		{
			name: 'a match operator that does not exist',
			input: {
				text: filter('{exportV4: [{action: Accept, matchOperator: Contains, cidr: 10.0.0.0/8}]}'),
			},
			severity: 'error',
			message: /matchOperator Contains/,
		},
		{
			name: 'route changes on a rejected route',
			input: {
				text: filter(
					'{exportV4: [{action: Reject, operations: [{prependASPath: {prefix: [65000]}}]}]}'
				),
			},
			severity: 'error',
			message: /operations with an action other than Accept/,
		},
	],
});
