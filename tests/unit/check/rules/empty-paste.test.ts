import { testRule } from '../rule-tester';
import { installation } from '../yaml';

testRule('empty-paste', {
	valid: [
		{ name: 'a paste with an Installation', input: { text: installation('10.0.0.0/16 VXLAN') } },
	],
	invalid: [
		{
			name: 'an empty paste asks for something to check',
			input: { text: '  \n---\n# nothing\n' },
			severity: 'info',
		},
	],
});
