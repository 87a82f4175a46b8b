import { testRule } from '../rule-tester';
import { installation, ipPool, v3 } from '../yaml';

testRule('ipv6-ipip', {
	valid: [
		{
			name: 'an IP-in-IP pool when pods do not need IPv6',
			input: { text: installation('10.0.0.0/16 IPIP'), ipv6: 'no' },
		},
		{
			name: 'an IP-in-IP pool beside an IPv6 pool of VXLAN',
			input: {
				text:
					installation('10.0.0.0/16 IPIP') +
					v3('IPPool', 'v6', '{cidr: "fd00:10::/48", vxlanMode: Always}'),
				ipv6: 'yes',
			},
		},
	],
	invalid: [
		{
			name: 'IPv6 pods with only an IP-in-IP pool are an error',
			input: { text: installation('10.0.0.0/16 IPIP'), ipv6: 'yes' },
			severity: 'error',
			move: 'ipip-to-vxlan',
		},
		{
			name: 'IPv6 pods with only an IP-in-IP IPPool',
			input: { text: ipPool('{cidr: 10.8.0.0/16, ipipMode: Always}'), ipv6: 'yes' },
			severity: 'error',
			message: /IPPool pods \(10\.8\.0\.0\/16\)/,
			fix: /kind: IPPool/,
		},
	],
});
