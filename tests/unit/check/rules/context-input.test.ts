import { testRule } from '../rule-tester';
import { installation } from '../yaml';

testRule('context-input', {
	valid: [
		{
			name: 'a node count typed as text that reads as a number',
			input: { text: installation('10.0.0.0/16 VXLAN'), nodes: '30' },
		},
	],
	invalid: [
		{
			name: 'a context field that is not a number is reported',
			input: { text: installation('10.0.0.0/16 VXLAN'), nodes: 'many' },
			severity: 'warning',
		},
	],
});
