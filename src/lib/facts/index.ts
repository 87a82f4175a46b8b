/**
 * Every fact the guide relies on, once, with its sources and the date it was checked.
 * Code reads a value as `facts.vxlanPort.value`; the Sources page lists them all.
 */
import { calicoFacts } from './calico';
import { awsFacts, azureFacts, googleCloudFacts } from './clouds';
import { vmPortFacts } from './platforms';
import { oracleBlockerFacts } from './oracle';
import { checkedOn, type SourcedFact, type Source } from './types';

export type { Fact, Source, SourcedFact } from './types';
export { sourcesOf } from './types';
export { sources, type SourceId } from './sources';
export {
	has,
	isCalicoMinor,
	newestMinor,
	newestRelease,
	readRelease,
	releaseBefore,
	releaseOf,
	releaseText,
	releases,
	since,
	supportedMinors,
	type CalicoMinor,
	type ReadRelease,
	type Release,
	type ReleaseFeature,
	type ReleasePart,
} from './releases';

/** The facts, grouped as the Sources page shows them. */
export const factGroups = [
	{ id: 'calico', title: 'Calico and the Tigera operator', facts: calicoFacts },
	{ id: 'aws', title: 'AWS', facts: awsFacts },
	{ id: 'azure', title: 'Azure', facts: azureFacts },
	{ id: 'google-cloud', title: 'Google Cloud', facts: googleCloudFacts },
] as const;

/** Every fact, by name. */
export const facts = {
	...calicoFacts,
	...awsFacts,
	...azureFacts,
	...googleCloudFacts,
	...vmPortFacts,
	...oracleBlockerFacts,
} as const;

/** The name of a fact. */
export type FactId = keyof typeof facts;

/** Every fact as a list, with its name (the two of vmPortFacts are listed with their platforms' groups in facts/groups.ts). */
export const factList: readonly (SourcedFact & { id: FactId })[] = (
	Object.keys(facts) as FactId[]
).map((id) => ({ id, ...facts[id] }));

/** The sources of these facts, then `extra`, each once (by URL): what a rule resting on the facts cites. */
export function factSources(ids: readonly FactId[], extra: readonly Source[] = []): Source[] {
	const seen = new Map<string, Source>();
	for (const id of ids) for (const source of facts[id].sources) seen.set(source.url, source);
	for (const source of extra) seen.set(source.url, source);
	return [...seen.values()];
}

/** The Calico release the guidance is written for. */
export const calicoVersion = facts.calicoVersion.value;

/** The earliest date a fact still relied on was checked on. */
export const factsCheckedSince = factList
	.map((f) => f.checked)
	.sort()
	.at(0) as string;

/** The latest date any fact was checked on (the checker's facts, kept apart in checker.ts, on checkedOn.checker). */
export const factsChecked = [
	...factList.map((f) => f.checked),
	checkedOn.checker,
	checkedOn.distributions,
	checkedOn.platforms,
	checkedOn.oracle,
]
	.sort()
	.at(-1) as string;

/** A fact's value as readers see it: lists joined with “and”, a table by its size, an object as key: value pairs. */
export function showFact(value: unknown): string {
	if (Array.isArray(value))
		return value.some((v) => v && typeof v === 'object')
			? `${value.length} rows (shown in the tables that use them)`
			: value.join(' and ');
	if (value && typeof value === 'object')
		return Object.entries(value)
			.map(([k, v]) => `${k}: ${String(v)}`)
			.join(', ');
	return String(value);
}

/** A date of the form YYYY-MM-DD as readers write it, e.g. “31 March 2028”. */
export function longDate(iso: string): string {
	const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
	const months = [
		'January',
		'February',
		'March',
		'April',
		'May',
		'June',
		'July',
		'August',
		'September',
		'October',
		'November',
		'December',
	];
	return `${day} ${months[month - 1]} ${year}`;
}

/** Pods one host-local range holds: the range's addresses less the three host-local never assigns (253 for a /24). */
export const hostLocalPodsPerRange =
	2 ** (32 - facts.hostLocalRangePrefix.value) - facts.hostLocalUnassignable.value;

/** Pods a node's first default-size IPv4 block holds when the node's tunnel device takes one of its addresses (63 for a /26). */
export const podsInFirstBlockWithTunnel =
	2 ** (32 - facts.blockSizeV4.value.default) - facts.tunnelAddressesPerNode.value;
