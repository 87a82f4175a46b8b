import { testRule } from '../rule-tester';
import { installation, ipPool, v3 } from '../yaml';

/** FelixConfiguration and BGPConfiguration named default with these programClusterRoutes values. */
const routeFields = (felix: string, bgp: string) =>
	v3('FelixConfiguration', 'default', `{programClusterRoutes: ${felix}}`) +
	v3('BGPConfiguration', 'default', `{programClusterRoutes: ${bgp}}`);

const ipipPool = ipPool('{cidr: 10.0.0.0/16, ipipMode: Always, vxlanMode: Never}');
const plainPool = ipPool('{cidr: 10.0.0.0/16, ipipMode: Never, vxlanMode: Never}');

testRule('cluster-routes', {
	valid: [
		{
			name: 'an IP-in-IP Installation with BGP off in Calico 3.33: Felix programs the routes by default',
			input: { text: installation('10.0.0.0/16 IPIP', '    bgp: Disabled\n'), calico: '3.33' },
		},
		{
			name: 'an IP-in-IP Installation with BGP on in Calico 3.32: BIRD programs the routes by default',
			input: { text: installation('10.0.0.0/16 IPIP', '    bgp: Enabled\n'), calico: '3.32' },
		},
		{
			name: 'the 3.33 default pair written out (Felix EnabledIPIPOnly, BGP EnabledNoEncapOnly)',
			input: {
				text: ipipPool + routeFields('EnabledIPIPOnly', 'EnabledNoEncapOnly'),
				calico: '3.33',
			},
		},
		{
			name: 'Felix owning everything (Enabled, Disabled) with an unencapsulated pool in Calico 3.33',
			input: { text: plainPool + routeFields('Enabled', 'Disabled'), calico: '3.33' },
		},
		{
			name: 'Felix taking the IP-in-IP routes in Calico 3.31 (its field is Enabled or Disabled)',
			input: {
				text: ipipPool + v3('FelixConfiguration', 'default', '{programClusterRoutes: Enabled}'),
				calico: '3.31',
			},
		},
		{
			name: 'a VXLAN pool, whose routes are always Felix’s, whatever the fields say',
			input: {
				text:
					ipPool('{cidr: 10.0.0.0/16, ipipMode: Never, vxlanMode: Always}') +
					routeFields('Disabled', 'Disabled'),
				calico: '3.33',
			},
		},
	],
	invalid: [
		{
			name: 'both components programming the IP-in-IP routes (Felix Enabled, BGP Enabled) in Calico 3.33',
			input: { text: ipipPool + routeFields('Enabled', 'Enabled'), calico: '3.33' },
			severity: 'error',
			message: /Felix and BIRD both program the routes to the IP-in-IP pools’ pods/,
		},
		{
			name: 'neither programming the unencapsulated routes (Felix EnabledIPIPOnly, BGP Disabled) in Calico 3.33',
			input: { text: plainPool + routeFields('EnabledIPIPOnly', 'Disabled'), calico: '3.33' },
			severity: 'error',
			message: /Nothing programs the routes to the unencapsulated pools’ pods in Calico 3\.33/,
		},
		{
			name: 'neither programming the IP-in-IP routes with BGP off and Felix’s field Disabled in Calico 3.33',
			input: {
				text:
					installation('10.0.0.0/16 IPIP', '    bgp: Disabled\n') +
					v3('FelixConfiguration', 'default', '{programClusterRoutes: Disabled}'),
				calico: '3.33',
			},
			severity: 'error',
			message: /Nothing programs the routes to the IP-in-IP pools’ pods .*and BGP is off/,
		},
		{
			name: 'both programming them in Calico 3.32 (Felix Enabled, BGP Enabled)',
			input: { text: ipipPool + routeFields('Enabled', 'Enabled'), calico: '3.32' },
			severity: 'error',
			message: /Felix and BIRD both program/,
		},
		{
			name: 'a 3.33 value in Calico 3.32, which takes Enabled or Disabled',
			input: { text: ipipPool + routeFields('EnabledIPIPOnly', 'Enabled'), calico: '3.32' },
			severity: 'error',
			message:
				/FelixConfiguration programClusterRoutes "EnabledIPIPOnly" is not a value of Calico 3\.32, which takes Enabled, Disabled/,
		},
		{
			name: 'BGPConfiguration programClusterRoutes in Calico 3.31, which did not have it',
			input: { text: ipipPool + routeFields('Disabled', 'Enabled'), calico: '3.31' },
			severity: 'error',
			message: /BGPConfiguration has no programClusterRoutes field in Calico 3\.31/,
		},
	],
});
