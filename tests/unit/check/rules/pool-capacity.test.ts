import { testRule } from '../rule-tester';
import { installation } from '../yaml';

testRule('pool-capacity', {
	valid: [
		{
			name: 'a pool with a block for each of its 16 nodes',
			input: { text: installation('10.0.0.0/22 VXLAN'), nodes: 16 },
		},
	],
	invalid: [
		{
			name: 'a pool with fewer blocks than nodes points to a new pool',
			input: { text: installation('10.0.0.0/22 VXLAN'), nodes: 20 },
			severity: 'warning',
			move: 'new-pool',
			message: /room for 16 nodes, but the cluster has 20/,
		},
	],
});
