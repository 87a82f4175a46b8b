import { defineCheckRule } from '../define-rule';

/** Each document of the paste reads as YAML. */
export const yamlSyntax = defineCheckRule({
	id: 'yaml-syntax',
	severity: 'error',
	checks: 'Each document of the paste reads as YAML; an error gives its line and column.',
	facts: [],
	run: (c) => c.paste.hits['yaml-syntax'],
});
