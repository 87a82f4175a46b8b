import { testRule } from '../rule-tester';
import { felixSrcDst, installation, ipPool } from '../yaml';

testRule('aws-src-dst-check', {
	valid: [
		{
			name: 'cross-subnet on AWS with awsSrcDstCheck: Disable in the paste',
			input: { text: installation('10.0.0.0/16 VXLANCrossSubnet') + felixSrcDst, env: 'aws' },
		},
		{ name: 'plain VXLAN on AWS', input: { text: installation('10.0.0.0/16 VXLAN'), env: 'aws' } },
	],
	invalid: [
		{
			name: 'cross-subnet on AWS without the source/destination check turned off warns',
			input: { text: installation('10.0.0.0/16 VXLANCrossSubnet'), env: 'aws' },
			severity: 'warning',
			fix: /awsSrcDstCheck: Disable/,
		},
		{
			name: 'an unwrapped IPPool on AWS with no awsSrcDstCheck',
			input: { text: ipPool('{cidr: 10.8.0.0/16}'), env: 'aws' },
			severity: 'warning',
			message: /IPPool pods \(10\.8\.0\.0\/16\)/,
			fix: /awsSrcDstCheck: Disable/,
		},
	],
});
