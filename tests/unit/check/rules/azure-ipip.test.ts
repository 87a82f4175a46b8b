import { testRule } from '../rule-tester';
import { installation, ipPool } from '../yaml';

testRule('azure-ipip', {
	valid: [
		{
			name: 'plain VXLAN on Azure',
			input: { text: installation('10.0.0.0/16 VXLAN'), env: 'azure' },
		},
		{ name: 'IP-in-IP off Azure', input: { text: installation('10.0.0.0/16 IPIP') } },
	],
	invalid: [
		{
			name: 'IP-in-IP on Azure is an error with the move to VXLAN',
			input: { text: installation('10.0.0.0/16 IPIP'), env: 'azure' },
			severity: 'error',
			move: 'ipip-to-vxlan',
			fix: /encapsulation: VXLAN\n/,
		},
		{
			name: 'ipipMode Always on Azure, a manifest install',
			input: { text: ipPool('{cidr: 10.8.0.0/16, ipipMode: Always}'), env: 'azure' },
			severity: 'error',
			message: /IPPool pods \(10\.8\.0\.0\/16\)/,
			fix: /kind: IPPool[\s\S]*vxlanMode: Always\n\s+ipipMode: Never/,
		},
		{
			name: 'an IPPool beside an Installation with its own pool, on Azure',
			input: {
				text: installation('10.0.0.0/16 VXLAN') + ipPool('{cidr: 10.9.0.0/16, ipipMode: Always}'),
				env: 'azure',
			},
			severity: 'error',
			message: /IPPool pods \(10\.9\.0\.0\/16\)/,
			fix: /kind: IPPool/,
		},
	],
});
