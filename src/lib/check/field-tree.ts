import type { CalicoMinor } from '../facts';

/**
 * The fields of a resource as a tree, the shape `crd-fields.data.ts` is generated in. A field with `fields` is a
 * mapping of those fields (or, with `each`, a list of such mappings); a field without takes any value: a scalar, a
 * list of scalars, a map of free keys, or an object its schema leaves open.
 */
export interface FieldTree {
	/** The releases the field exists in; every release the data covers when absent. */
	in?: readonly CalicoMinor[];
	/** A list whose items are mappings of `fields`. */
	each?: boolean;
	/** The releases where the field takes any value although other releases list its fields. */
	anyIn?: readonly CalicoMinor[];
	/** Its fields, when it is a mapping. */
	fields?: Record<string, FieldTree>;
	/** Only near misses of its fields are reported: its list is the checker's own, not a schema's (metadata). */
	open?: boolean;
}
