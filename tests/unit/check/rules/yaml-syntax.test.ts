import { testRule } from '../rule-tester';

testRule('yaml-syntax', {
	valid: [
		{
			name: 'YAML that reads, though it is not a Calico resource',
			input: { text: 'apiVersion: v1\nkind: ConfigMap\n' },
		},
	],
	invalid: [
		{
			name: 'text that is not YAML is reported with its line and column',
			input: { text: 'kind: Installation\nspec: {cni: [\n' },
			severity: 'error',
			message: /line \d+, column \d+/,
		},
	],
});
