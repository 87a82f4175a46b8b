/** A lookup of a list's entries by id; it throws an error naming `kind` and the known ids for an id the list lacks. */
export function byId<T extends { readonly id: string }>(
	list: readonly T[],
	kind: string
): (id: T['id']) => T {
	const entries = new Map<string, T>(list.map((entry) => [entry.id, entry]));
	return (id) => {
		const found = entries.get(id);
		if (!found)
			throw new Error(
				`Unknown ${kind} "${id}". Known ${kind}s: ${list.map((entry) => entry.id).join(', ')}.`
			);
		return found;
	};
}
