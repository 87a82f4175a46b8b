/** Naming the known field a mistyped one was meant to be. */

/** Edit distance between two names, ignoring case (insertions, deletions and substitutions each cost one). */
export function editDistance(a: string, b: string): number {
	const x = a.toLowerCase();
	const y = b.toLowerCase();
	let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
	for (let i = 1; i <= x.length; i++) {
		const current = [i];
		for (let j = 1; j <= y.length; j++) {
			const cost = x[i - 1] === y[j - 1] ? 0 : 1;
			current[j] = Math.min(
				(previous[j] ?? 0) + 1,
				(current[j - 1] ?? 0) + 1,
				(previous[j - 1] ?? 0) + cost
			);
		}
		previous = current;
	}
	return previous[y.length] ?? 0;
}

/** The known name nearest to `name`, with its distance; null when there are none. */
export function closestName(
	name: string,
	known: readonly string[]
): { name: string; distance: number } | null {
	let best: { name: string; distance: number } | null = null;
	for (const candidate of known) {
		const distance = editDistance(name.slice(0, 200), candidate);
		if (!best || distance < best.distance) best = { name: candidate, distance };
	}
	return best;
}

/** A near miss: close enough to a known name to be a typo of it. */
export const nearMiss = (name: string, distance: number) =>
	distance > 0 && distance <= Math.max(1, Math.floor(name.length / 4));
