import { testRule } from '../rule-tester';
import { installation, strictAffinity, v3 } from '../yaml';

testRule('windows-ipv6', {
	valid: [
		{
			name: 'Windows nodes with IPv4 pools only',
			input: { text: installation('10.0.0.0/16 VXLAN') + strictAffinity, windows: 'yes' },
		},
	],
	invalid: [
		{
			name: 'Windows nodes with an IPv6 pool are an error',
			input: { text: installation('fd00:10::/48 VXLAN'), windows: 'yes' },
			severity: 'error',
			message: /fd00:10::\/48 is IPv6/,
		},
		{
			name: 'an IPv6 IPPool, not sure about Windows',
			input: {
				text:
					installation('10.0.0.0/16 VXLAN') +
					v3('IPPool', 'v6', '{cidr: "fd00:10::/48", vxlanMode: Always}'),
				windows: 'unsure',
				ipv6: 'no',
			},
			severity: 'info',
			alone: true,
		},
	],
});
