import { testRule } from '../rule-tester';
import { bare, installation } from '../yaml';

testRule('operator-validation', {
	valid: [
		{
			name: 'a pool of IP-in-IP with BGP off in Calico 3.33, where Felix programs the IP-in-IP routes',
			input: { text: installation('10.0.0.0/16 IPIP', '    bgp: Disabled\n'), calico: '3.33' },
		},
		{
			name: 'a pool of IP-in-IP with BGP off in the newest release, when no version is given',
			input: { text: installation('10.0.0.0/16 IPIP', '    bgp: Disabled\n') },
		},
		{
			name: 'a pool of IP-in-IP with BGP off and clusterRoutingMode Felix in Calico 3.32',
			input: {
				text: installation(
					'10.0.0.0/16 IPIP',
					'    bgp: Disabled\n    clusterRoutingMode: Felix\n'
				),
				calico: '3.32',
			},
		},
		{
			name: 'a pool of IP-in-IP with BGP left to the operator’s default (Enabled)',
			input: { text: installation('10.0.0.0/16 IPIP') },
		},
	],
	invalid: [
		{
			name: 'a pool of IP-in-IP with BGP off breaks the rules of the operator of Calico 3.32',
			input: { text: installation('10.0.0.0/16 IPIP', '    bgp: Disabled\n'), calico: '3.32' },
			severity: 'error',
			message: /IPIP needs BGP Enabled in Calico 3\.32/,
		},
		{
			name: 'a pool of IP-in-IP with BGP off breaks the rules of the operator of Calico 3.31',
			input: { text: installation('10.0.0.0/16 IPIP', '    bgp: Disabled\n'), calico: '3.31' },
			severity: 'error',
			message: /IPIP needs BGP Enabled in Calico 3\.31/,
		},
		{
			name: 'IP-in-IP with BGP off and its routes handed back to BIRD breaks the rules of the operator of Calico 3.33',
			input: {
				text: installation('10.0.0.0/16 IPIP', '    bgp: Disabled\n    clusterRoutingMode: BIRD\n'),
				calico: '3.33',
			},
			severity: 'error',
			message: /IPIP with clusterRoutingMode BIRD needs BGP Enabled in Calico 3\.33/,
		},
		{
			name: 'a clusterRoutingMode value of Calico 3.33 breaks the rules of the operator of Calico 3.32',
			input: {
				text: installation('10.0.0.0/16 VXLAN', '    clusterRoutingMode: FelixIPIPOnly\n'),
				calico: '3.32',
			},
			severity: 'error',
			message: /must be one of BIRD, Felix in Calico 3\.32/,
		},
		{
			name: 'ipPools that is a mapping, not a list, is rejected before the operator’s rules run',
			input: { text: bare('{calicoNetwork: {ipPools: {cidr: 10.0.0.0/16}}}') },
			severity: 'error',
			message: /ipPools must be a list of pools/,
		},
	],
});
