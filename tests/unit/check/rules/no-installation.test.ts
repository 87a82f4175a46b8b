import { testRule } from '../rule-tester';
import { felixSrcDst, installation } from '../yaml';

testRule('no-installation', {
	valid: [
		{ name: 'a paste with an Installation', input: { text: installation('10.0.0.0/16 VXLAN') } },
		{ name: 'an empty paste, which empty-paste answers', input: { text: '' } },
	],
	invalid: [
		{
			name: 'a FelixConfiguration alone is checked, with a note that the Installation is missing',
			input: { text: felixSrcDst },
			severity: 'info',
		},
	],
});
