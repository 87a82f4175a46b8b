import { compatibility } from './blockers';
import type { Recommendation } from './decide';
import { optionFacts } from '../catalog/option-words';
import { bgpNeedText } from '../catalog/bgp-need';
import { formatDetails, getOption, type OptionId } from '../catalog/options';

/** Where an option stands in a recommendation: picked, an alternative with its costs, or out with the reason. */
export interface Standing {
	/** “Recommended”, “Works, at a cost”, “Works: nothing you answered counts against it”, “Will not work here”… */
	label: string;
	/** The sentences behind the label: the pick's trade-offs, an alternative's costs, or why it is out. */
	lines: string[];
	/** True when the option cannot work with the answers given. */
	blocked: boolean;
}

/** One row of a side-by-side comparison: a property and its value for each of the two options. */
export interface ComparisonLine {
	label: string;
	a: string;
	b: string;
}

/** Two options side by side for one recommendation: every property, where each stands, what each needs. */
export interface TwoOptions {
	a: OptionId;
	b: OptionId;
	rows: ComparisonLine[];
	standing: { a: Standing; b: Standing };
	needs: { a: string[]; b: string[] };
}

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

/** Where an option stands in a recommendation. */
export function standingOf(result: Recommendation, id: OptionId): Standing {
	if (id === result.pick)
		return { label: 'Recommended', lines: [...result.tradeoffs], blocked: false };
	if (result.alternatives.includes(id)) {
		const costs = result.costs[id] ?? [];
		return costs.length > 0
			? { label: 'Works, at this cost', lines: costs, blocked: false }
			: { label: 'Works: nothing you answered counts against it', lines: [], blocked: false };
	}
	const out = result.excluded.find((e) => e.option === id);
	if (out?.kind === 'not-recommended')
		return {
			label: 'Works, but the guide does not recommend it',
			lines: [out.reason],
			blocked: false,
		};
	return {
		label: 'Will not work here',
		lines: out ? [out.reason] : [],
		blocked: true,
	};
}

/** The options a reader can compare the pick with: the alternatives, then those a constraint answer blocked. */
export function comparableWith(result: Recommendation): OptionId[] {
	return [
		...result.alternatives,
		...result.excluded.filter((e) => e.kind === 'blocked').map((e) => e.option),
	];
}

/** Two options of a recommendation side by side. */
export function compareTwo(result: Recommendation, a: OptionId, b: OptionId): TwoOptions {
	const [optionA, optionB] = [getOption(a), getOption(b)];
	const [factsA, factsB] = [optionFacts(optionA, result.env), optionFacts(optionB, result.env)];
	const labels = [...new Set([...factsA.lines, ...factsB.lines].map(([label]) => label))];
	const value = (lines: [string, string][], label: string) =>
		lines.find(([l]) => l === label)?.[1] ?? '—';
	const [worksA, worksB] = [compatibility(optionA), compatibility(optionB)];
	return {
		a,
		b,
		rows: [
			{ label: 'Details', a: formatDetails(optionA.tuple), b: formatDetails(optionB.tuple) },
			...labels.map((label) => ({
				label,
				a: value(factsA.lines, label),
				b: value(factsB.lines, label),
			})),
			{ label: 'Needs BGP', a: bgpNeedText(optionA), b: bgpNeedText(optionB) },
			{ label: 'Windows nodes', a: yesNo(worksA.windows), b: yesNo(worksB.windows) },
			{ label: 'IPv6 pods', a: yesNo(worksA.ipv6), b: yesNo(worksB.ipv6) },
		],
		standing: { a: standingOf(result, a), b: standingOf(result, b) },
		needs: {
			a: a === result.pick ? result.underlay : factsA.needs,
			b: b === result.pick ? result.underlay : factsB.needs,
		},
	};
}
