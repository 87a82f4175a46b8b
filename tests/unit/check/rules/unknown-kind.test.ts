import { testRule } from '../rule-tester';

testRule('unknown-kind', {
	valid: [
		{
			name: 'the CRD form IPAMConfig of crd.projectcalico.org/v1',
			input: {
				text: 'apiVersion: crd.projectcalico.org/v1\nkind: IPAMConfig\nmetadata: {name: default}\nspec: {strictAffinity: true}\n',
			},
		},
	],
	invalid: [
		{
			name: 'YAML that is not a Calico resource names the kinds the checker understands',
			input: { text: 'apiVersion: v1\nkind: ConfigMap\n' },
			severity: 'warning',
			message: /ConfigMap/,
		},
		{
			name: 'an IPPool of the operator’s API group says which groups an IPPool comes in',
			input: {
				text: 'apiVersion: operator.tigera.io/v1\nkind: IPPool\nspec: {cidr: 10.1.0.0/16}\n',
			},
			severity: 'warning',
			message: /IPPool is projectcalico\.org\/v3 or crd\.projectcalico\.org\/v1/,
		},
	],
});
