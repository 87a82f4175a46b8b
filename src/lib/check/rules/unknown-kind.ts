import { defineCheckRule } from '../define-rule';
import { understoodKinds } from '../parse';

/** Each document is a resource the checker understands. */
export const unknownKind = defineCheckRule({
	id: 'unknown-kind',
	severity: 'warning',
	checks: `Each document is a resource the checker understands: ${Object.keys(understoodKinds).join(', ')}.`,
	facts: [],
	run: (c) => c.paste.hits['unknown-kind'],
});
