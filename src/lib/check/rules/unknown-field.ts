import { defineCheckRule } from '../define-rule';
import { crdSourceList } from '../crd-sources';
import { unknownFieldHits } from '../fields';

/** Every field of a resource is one its schema has in the chosen release, or the closest one is named. */
export const unknownField = defineCheckRule({
	id: 'unknown-field',
	severity: 'warning',
	checks:
		'Every field is one the resource’s schema has in the chosen Calico release; a field of another release is named with the release that has it, any other with the closest field it does have.',
	facts: [],
	// Each finding cites the CRD of its kind in the chosen release; the rule, every CRD the fields come from.
	sources: crdSourceList,
	run: (c) => c.paste.resources.flatMap((resource) => unknownFieldHits(resource, c.release)),
});
