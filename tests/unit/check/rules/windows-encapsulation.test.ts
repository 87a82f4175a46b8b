import { testRule } from '../rule-tester';
import { installation, ipPool } from '../yaml';

testRule('windows-encapsulation', {
	valid: [
		{
			name: 'cross-subnet VXLAN with no Windows nodes',
			input: { text: installation('10.0.0.0/16 VXLANCrossSubnet'), windows: 'no' },
		},
		{
			name: 'plain VXLAN with Windows nodes',
			input: { text: installation('10.0.0.0/16 VXLAN'), windows: 'yes' },
		},
	],
	invalid: [
		{
			name: 'Windows nodes with cross-subnet VXLAN are an error',
			input: { text: installation('10.0.0.0/16 VXLANCrossSubnet'), windows: 'yes' },
			severity: 'error',
			move: 'cross-subnet-to-always',
		},
		{
			name: 'not knowing about Windows nodes turns the Windows rule into a note',
			input: { text: installation('192.168.0.0/16 VXLANCrossSubnet') },
			severity: 'info',
			alone: true,
		},
		{
			name: 'ipipMode CrossSubnet with Windows nodes',
			input: { text: ipPool('{cidr: 10.8.0.0/16, ipipMode: CrossSubnet}'), windows: 'yes' },
			severity: 'error',
			message: /IPPool pods \(10\.8\.0\.0\/16\)/,
			fix: /kind: IPPool[\s\S]*vxlanMode: Always/,
		},
	],
});
