import { testRule } from '../rule-tester';
import { installation, strictAffinity, v3 } from '../yaml';

testRule('windows-strict-affinity', {
	valid: [
		{
			name: 'Windows nodes and strictAffinity: true',
			input: {
				text: installation('10.0.0.0/16 VXLAN') + strictAffinity,
				windows: 'yes',
				ipv6: 'no',
			},
			quiet: true,
		},
		{
			name: 'Windows nodes and the CRD form IPAMConfig with strictAffinity: true',
			input: {
				text: `${installation('10.0.0.0/16 VXLAN')}---\napiVersion: crd.projectcalico.org/v1\nkind: IPAMConfig\nmetadata: {name: default}\nspec: {strictAffinity: true, autoAllocateBlocks: true}\n`,
				windows: 'yes',
				ipv6: 'no',
			},
			quiet: true,
		},
		{
			name: 'a FelixConfiguration alone says nothing of IPAM, so strictAffinity is not asked for',
			input: {
				text: v3('FelixConfiguration', 'default', '{logSeverityScreen: Info}'),
				windows: 'yes',
			},
		},
	],
	invalid: [
		{
			name: 'Windows nodes with an IPAMConfiguration without strictAffinity are an error',
			input: {
				text:
					installation('10.0.0.0/16 VXLAN') +
					v3('IPAMConfiguration', 'default', '{strictAffinity: false}'),
				windows: 'yes',
			},
			severity: 'error',
			fix: /kind: IPAMConfiguration\n[\s\S]*strictAffinity: true/,
		},
		{
			name: 'Windows nodes and no IPAMConfiguration in the paste',
			input: { text: installation('10.0.0.0/16 VXLAN'), windows: 'yes', ipv6: 'no' },
			severity: 'info',
			alone: true,
		},
	],
});
