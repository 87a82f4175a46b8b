import { testRule } from '../rule-tester';
import { installation, v3 } from '../yaml';

const ipam = (spec: string) => v3('IPAMConfiguration', 'default', spec);
const pool = installation('10.0.0.0/16 VXLAN');

testRule('ipam-block-limits', {
	valid: [
		{ name: 'strict affinity alone', input: { text: pool + ipam('{strictAffinity: true}') } },
		{
			name: 'four /26 blocks per node for 110 pods and a tunnel address',
			input: { text: pool + ipam('{strictAffinity: true, maxBlocksPerHost: 4}'), podsPerNode: 110 },
		},
		{
			name: 'a block limit with no pods per node given',
			input: { text: pool + ipam('{strictAffinity: true, maxBlocksPerHost: 1}') },
		},
	],
	invalid: [
		{
			name: 'a block limit without strict affinity',
			input: { text: pool + ipam('{maxBlocksPerHost: 4}') },
			severity: 'error',
			message: /IPAMConfiguration default sets maxBlocksPerHost: 4 without strictAffinity: true/,
			fix: /strictAffinity: true/,
		},
		{
			name: 'a negative block limit',
			input: { text: pool + ipam('{strictAffinity: true, maxBlocksPerHost: -1}') },
			severity: 'error',
			message: /it is 0 \(no limit\) or more/,
		},
		{
			name: 'no block allocation and borrowing allowed',
			input: { text: pool + ipam('{autoAllocateBlocks: false}') },
			severity: 'error',
			message: /autoAllocateBlocks: false without strictAffinity: true/,
		},
		{
			name: 'one /26 block per node for 110 pods',
			input: { text: pool + ipam('{strictAffinity: true, maxBlocksPerHost: 1}'), podsPerNode: 110 },
			severity: 'error',
			message: /room for 63 pods beside the tunnel address, fewer than the 110 per node given/,
		},
		{
			name: 'the CRD’s own IPAMConfig, as kubectl prints it',
			input: {
				text:
					pool +
					'---\napiVersion: crd.projectcalico.org/v1\nkind: IPAMConfig\nmetadata: {name: default}\nspec: {strictAffinity: false, maxBlocksPerHost: 2}\n',
			},
			severity: 'error',
			message: /IPAMConfig default sets maxBlocksPerHost: 2/,
		},
	],
});
