import { testRule } from '../rule-tester';
import { felixSrcDst, installation } from '../yaml';

testRule('unknown-field', {
	valid: [
		{
			name: 'an Installation whose fields are all known',
			input: { text: installation('10.0.0.0/16 VXLAN') },
		},
		{
			name: 'an unknown field of FelixConfiguration far from the checked ones is not reported',
			input: { text: felixSrcDst.replace('awsSrcDstCheck: Disable', 'flowLogsFlushInterval: 15s') },
		},
	],
	invalid: [
		{
			name: 'a misspelt field is named with the closest known field',
			input: {
				text: installation('10.0.0.0/16 VXLAN').replace('natOutgoing', 'natOutgoin'),
			},
			severity: 'warning',
			message: /ipPools\[0\]\.natOutgoin .*Did you mean natOutgoing\?/,
		},
	],
});
