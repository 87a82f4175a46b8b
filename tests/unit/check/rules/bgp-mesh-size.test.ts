import { testRule } from '../rule-tester';
import { installation, v3 } from '../yaml';

testRule('bgp-mesh-size', {
	valid: [
		{
			name: 'a mesh of 100 nodes',
			input: { text: installation('10.0.0.0/12 None'), nodes: 100 },
		},
		{
			name: 'more than 100 nodes with the mesh turned off',
			input: {
				text:
					installation('10.0.0.0/12 None') +
					v3('BGPConfiguration', 'default', '{nodeToNodeMeshEnabled: false}'),
				nodes: 150,
			},
		},
	],
	invalid: [
		{
			name: 'a mesh of more than 100 nodes suggests route reflectors',
			input: { text: installation('10.0.0.0/12 None'), nodes: 150 },
			severity: 'info',
			move: 'mesh-to-route-reflectors',
		},
	],
});
