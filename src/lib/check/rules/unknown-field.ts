import { defineCheckRule } from '../define-rule';
import { sources } from '../../facts';
import { unknownFieldHits } from '../fields';

/** Every field of a resource is one it has, or the closest one is named. */
export const unknownField = defineCheckRule({
	id: 'unknown-field',
	severity: 'warning',
	checks:
		'Every field is one the resource has; a field it does not know is named with the closest one it does.',
	facts: [],
	sources: [sources.operatorValidation, sources.ipPoolPage, sources.felixConfigPage],
	run: (c) => c.paste.resources.flatMap(unknownFieldHits),
});
