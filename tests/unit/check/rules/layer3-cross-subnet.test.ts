import { testRule } from '../rule-tester';
import { installation, ipPool } from '../yaml';

testRule('layer3-cross-subnet', {
	valid: [
		{
			name: 'plain VXLAN on Google Cloud',
			input: { text: installation('10.0.0.0/16 VXLAN'), env: 'google-cloud' },
		},
		{
			name: 'cross-subnet VXLAN on premises',
			input: { text: installation('10.0.0.0/16 VXLANCrossSubnet') },
		},
	],
	invalid: [
		{
			name: 'cross-subnet VXLAN on Google Cloud points to plain VXLAN',
			input: { text: installation('10.0.0.0/16 VXLANCrossSubnet'), env: 'google-cloud' },
			severity: 'error',
			move: 'cross-subnet-to-always',
			fix: /encapsulation: VXLAN\n/,
		},
		{
			name: 'vxlanMode CrossSubnet on Google Cloud',
			input: {
				text: ipPool('{cidr: 10.8.0.0/16, vxlanMode: CrossSubnet}'),
				env: 'google-cloud',
			},
			severity: 'error',
			message: /IPPool pods \(10\.8\.0\.0\/16\)/,
			fix: /kind: IPPool[\s\S]*vxlanMode: Always/,
		},
	],
});
