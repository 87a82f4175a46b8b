import { testRule } from '../rule-tester';
import { installation, ipPool, v3 } from '../yaml';

const ipipPool = ipPool('{cidr: 10.0.0.0/16, ipipMode: CrossSubnet, vxlanMode: Never}');

testRule('bird-ipip-routes', {
	valid: [
		{
			name: 'an IP-in-IP Installation in Calico 3.33 that leaves clusterRoutingMode unset',
			input: { text: installation('10.0.0.0/16 IPIP', '    bgp: Enabled\n'), calico: '3.33' },
		},
		{
			name: 'clusterRoutingMode BIRD in Calico 3.32, where BIRD is still the default',
			input: {
				text: installation('10.0.0.0/16 IPIP', '    bgp: Enabled\n    clusterRoutingMode: BIRD\n'),
				calico: '3.32',
			},
		},
		{
			name: 'clusterRoutingMode BIRD in Calico 3.33 with only VXLAN pools',
			input: {
				text: installation('10.0.0.0/16 VXLAN', '    bgp: Enabled\n    clusterRoutingMode: BIRD\n'),
				calico: '3.33',
			},
		},
	],
	invalid: [
		{
			name: 'clusterRoutingMode BIRD with an IP-in-IP pool in Calico 3.33',
			input: {
				text: installation('10.0.0.0/16 IPIP', '    bgp: Enabled\n    clusterRoutingMode: BIRD\n'),
				calico: '3.33',
			},
			severity: 'warning',
			message:
				/BIRD programs the IP-in-IP routes, which Calico 3\.33 deprecates; Calico 3\.35 is due to remove it/,
		},
		{
			name: 'the pre-3.33 pair (Felix Disabled, BGP Enabled) kept by hand with an IP-in-IP IPPool in Calico 3.33',
			input: {
				text:
					ipipPool +
					v3('FelixConfiguration', 'default', '{programClusterRoutes: Disabled}') +
					v3('BGPConfiguration', 'default', '{programClusterRoutes: Enabled}'),
				calico: '3.33',
			},
			severity: 'warning',
			message: /deprecates/,
		},
	],
});
