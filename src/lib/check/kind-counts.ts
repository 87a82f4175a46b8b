/** "Deployment (2,063), Service (112) and 3 more kinds", most numerous first. */
export function kindCounts(counts: Record<string, number>, shown = 5): string {
	// Most numerous first; kinds as numerous keep the order they were met in.
	const sorted = Object.entries(counts).sort((a, b) => b[1] - a[1]);
	const listed = sorted.slice(0, shown).map(([kind, n]) => `${kind} (${n.toLocaleString('en')})`);
	const more = sorted.length - shown;
	return more > 0
		? `${listed.join(', ')} and ${more} more ${more === 1 ? 'kind' : 'kinds'}`
		: listed.join(', ');
}
