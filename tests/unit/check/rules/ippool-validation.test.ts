import { testRule } from '../rule-tester';
import { v3 } from '../yaml';

testRule('ippool-validation', {
	valid: [
		{
			name: 'an IPPool with one wrapper',
			input: { text: v3('IPPool', 'a', '{cidr: 10.1.0.0/16, vxlanMode: Always}') },
		},
	],
	invalid: [
		{
			name: 'an IPPool with both wrappers is rejected',
			input: {
				text: 'apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: a}\nspec: {cidr: 10.1.0.0/16, vxlanMode: Always, ipipMode: Always}\n',
			},
			severity: 'error',
		},
	],
});
