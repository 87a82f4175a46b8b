import { testRule } from '../rule-tester';
import { installation, ipPool } from '../yaml';

testRule('operator-owned-pool', {
	valid: [
		{
			name: 'an IPPool with a CIDR of its own beside the Installation',
			input: {
				text: installation('10.0.0.0/16 VXLAN') + ipPool('{cidr: 10.9.0.0/16, vxlanMode: Always}'),
			},
		},
	],
	invalid: [
		{
			name: 'a direct IPPool copying an operator pool says to edit the Installation',
			input: {
				text: `${installation('10.0.0.0/16 VXLANCrossSubnet')}---\napiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: default-ipv4-ippool}\nspec: {cidr: 10.0.0.0/16, vxlanMode: Always}\n`,
			},
			severity: 'warning',
			move: 'cross-subnet-to-always',
		},
	],
});
