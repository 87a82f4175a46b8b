import { testRule } from '../rule-tester';
import { bare, installation } from '../yaml';

testRule('operator-validation', {
	valid: [
		{
			name: 'a pool of IP-in-IP with BGP left to the operator’s default (Enabled)',
			input: { text: installation('10.0.0.0/16 IPIP') },
		},
	],
	invalid: [
		{
			name: 'a pool of IP-in-IP with BGP off breaks the operator’s rules',
			input: { text: installation('10.0.0.0/16 IPIP', '    bgp: Disabled\n') },
			severity: 'error',
			message: /IPIP needs BGP Enabled/,
		},
		{
			name: 'ipPools that is a mapping, not a list, is rejected before the operator’s rules run',
			input: { text: bare('{calicoNetwork: {ipPools: {cidr: 10.0.0.0/16}}}') },
			severity: 'error',
			message: /ipPools must be a list of pools/,
		},
	],
});
