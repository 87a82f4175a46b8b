import { defineCheckRule } from '../define-rule';

/** The paste holds something to check (an empty one gets a note asking for YAML). */
export const emptyPaste = defineCheckRule({
	id: 'empty-paste',
	severity: 'info',
	checks: 'The paste holds something to check.',
	facts: [],
	run: (c) => c.paste.hits['empty-paste'],
});
