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
			name: 'a resource that does not bear on networking is skipped and counted',
			input: { text: 'apiVersion: v1\nkind: ConfigMap\n' },
			severity: 'info',
			message: /^Skipped 1 resource that does not bear on Calico networking: ConfigMap \(1\)\.$/,
		},
		{
			name: 'a dump of 300 Deployments and 12 Services is one finding, most numerous kind first',
			input: {
				text: [
					...Array.from(
						{ length: 300 },
						(_, i) => `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d${i}}\n`
					),
					...Array.from(
						{ length: 12 },
						(_, i) => `apiVersion: v1\nkind: Service\nmetadata: {name: s${i}}\n`
					),
				].join('---\n'),
			},
			severity: 'info',
			message:
				/^Skipped 312 resources that do not bear on Calico networking: Deployment \(300\), Service \(12\)\.$/,
			alone: true,
		},
		{
			name: 'a document with no kind names what the checker reads, Helm values included',
			input: { text: 'spec: {cidr: 10.1.0.0/16}\n' },
			severity: 'warning',
			message: /has no kind/,
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
