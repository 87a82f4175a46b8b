import { testRule } from '../rule-tester';
import { installation } from '../yaml';

testRule('context-input', {
	valid: [
		{
			name: 'a node count typed as text that reads as a number',
			input: { text: installation('10.0.0.0/16 VXLAN'), nodes: '30' },
		},
		{
			name: 'a Calico version given with its patch and a v, as a release tag writes it',
			input: { text: installation('10.0.0.0/16 VXLAN'), calico: 'v3.32.1' },
		},
	],
	invalid: [
		{
			name: 'a context field that is not a number is reported',
			input: { text: installation('10.0.0.0/16 VXLAN'), nodes: 'many' },
			severity: 'warning',
		},
		{
			name: 'a Calico version the guide does not answer for is reported with the ones it does',
			input: { text: installation('10.0.0.0/16 VXLAN'), calico: '3.29' },
			severity: 'warning',
			message: /“3\.29” is not a Calico version this guide answers for: choose 3\.31, 3\.32, 3\.33/,
		},
	],
});
