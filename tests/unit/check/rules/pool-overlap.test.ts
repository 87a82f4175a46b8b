import { testRule } from '../rule-tester';
import { installation } from '../yaml';

testRule('pool-overlap', {
	valid: [
		{
			name: 'a pool clear of the service CIDR',
			input: { text: installation('10.0.0.0/16 VXLAN'), serviceCidr: '10.96.0.0/12' },
		},
	],
	invalid: [
		{
			name: 'a pool overlapping the service CIDR is an error',
			input: { text: installation('10.96.0.0/16 VXLAN'), serviceCidr: '10.96.0.0/12' },
			severity: 'error',
		},
	],
});
