import { testRule } from '../rule-tester';
import { installation, ipPool, v3 } from '../yaml';

testRule('ipip-routes-upgrade', {
	valid: [
		{
			name: 'an IP-in-IP Installation already on Calico 3.33',
			input: { text: installation('10.0.0.0/16 IPIP', '    bgp: Enabled\n'), calico: '3.33' },
		},
		{
			name: 'an IP-in-IP Installation on Calico 3.32 that pins clusterRoutingMode',
			input: {
				text: installation('10.0.0.0/16 IPIP', '    bgp: Enabled\n    clusterRoutingMode: BIRD\n'),
				calico: '3.32',
			},
		},
		{
			name: 'a VXLAN Installation on Calico 3.32, whose routes are Felix’s already',
			input: { text: installation('10.0.0.0/16 VXLAN'), calico: '3.32' },
		},
		{
			name: 'IP-in-IP pools on Calico 3.31 whose FelixConfiguration already gives the routes to Felix',
			input: {
				text:
					ipPool('{cidr: 10.0.0.0/16, ipipMode: Always, vxlanMode: Never}') +
					v3('FelixConfiguration', 'default', '{programClusterRoutes: Enabled}'),
				calico: '3.31',
			},
		},
	],
	invalid: [
		{
			name: 'an IP-in-IP Installation with BGP on Calico 3.32 that pins nothing',
			input: { text: installation('10.0.0.0/16 IPIP', '    bgp: Enabled\n'), calico: '3.32' },
			severity: 'info',
			message: /Upgrading to Calico 3\.33 moves these IP-in-IP routes from BIRD to Felix by itself/,
		},
		{
			name: 'an IP-in-IP IPPool of a manifest install on Calico 3.31',
			input: {
				text: ipPool('{cidr: 10.0.0.0/16, ipipMode: CrossSubnet, vxlanMode: Never}'),
				calico: '3.31',
			},
			severity: 'info',
		},
	],
});
