import { toSearchParams } from '../url/query';
// The browser script of the comparison table imports this file: keep its imports small and free of the catalog.
import {
	environmentIds,
	getEnvironment,
	isEnvironmentId,
	type EnvironmentId,
} from '../catalog/environments';
import type { IgnoredParameter } from '../url/state';

/** What the comparison filters know of an option: where it applies and its yes/no properties. */
export interface ComparisonTraits {
	environments: readonly EnvironmentId[];
	/** Pod IPs reachable from outside the cluster without NAT. */
	routable: boolean;
	/** Wraps pod packets in another header (VXLAN or IP-in-IP), always or between subnets. */
	wrapped: boolean;
	needsBgp: boolean;
	/** Nothing in the guide's blocker rules stops it on Windows nodes. */
	windows: boolean;
	/** Nothing in the guide's blocker rules stops it with IPv6 pods. */
	ipv6: boolean;
}

/** The yes/no filters of the comparison table, as its URL names them. */
export const propertyFilterIds = ['routable', 'wrapped', 'needs-bgp', 'windows', 'ipv6'] as const;

/** One of the yes/no filters of the comparison table. */
export type PropertyFilterId = (typeof propertyFilterIds)[number];

/** A yes/no filter: its label, the property it tests, and how the chosen answer reads in a summary. */
export interface PropertyFilter {
	id: PropertyFilterId;
	label: string;
	trait: Exclude<keyof ComparisonTraits, 'environments'>;
	/** Words for a summary of the filters, when the filter is set to yes and to no. */
	yes: string;
	no: string;
}

/** Every yes/no filter, in the order the table's columns show the properties. */
export const propertyFilters: readonly PropertyFilter[] = [
	{
		id: 'routable',
		label: 'Pod IPs routable',
		trait: 'routable',
		yes: 'pod IPs routable',
		no: 'pod IPs not routable',
	},
	{
		id: 'wrapped',
		label: 'Wraps packets',
		trait: 'wrapped',
		yes: 'wraps packets',
		no: 'never wraps packets',
	},
	{ id: 'needs-bgp', label: 'Needs BGP', trait: 'needsBgp', yes: 'needs BGP', no: 'no BGP' },
	{
		id: 'windows',
		label: 'Works with Windows nodes',
		trait: 'windows',
		yes: 'works with Windows nodes',
		no: 'not with Windows nodes',
	},
	{
		id: 'ipv6',
		label: 'Works with IPv6 pods',
		trait: 'ipv6',
		yes: 'works with IPv6 pods',
		no: 'not with IPv6 pods',
	},
];

/** The filters chosen for the comparison table; a filter left out matches every option. */
export type ComparisonFilters = { env?: EnvironmentId } & {
	[Id in PropertyFilterId]?: 'yes' | 'no';
};

/** Filters read from a URL, with every parameter that was not used and why. */
export interface ComparisonQuery {
	filters: ComparisonFilters;
	ignored: IgnoredParameter[];
}

/** How the table lists a parameter it did not use: the parameter as written, then why. */
export function ignoredLine({ param, value, reason }: IgnoredParameter): {
	code: string;
	text: string;
} {
	return { code: `${param}=${value}`, text: `: ${reason}` };
}

/** Every parameter the comparison table reads, in the order it writes them. */
export const comparisonParams: readonly string[] = ['env', ...propertyFilterIds];

// Parameters a reader may carry over from the recommender, or guess, and the filter they probably meant.
const didYouMean: Readonly<Record<string, PropertyFilterId>> = {
	bgp: 'needs-bgp',
	wraps: 'wrapped',
	overlay: 'wrapped',
	encapsulated: 'wrapped',
};

const isPropertyFilterId = (value: string): value is PropertyFilterId =>
	(propertyFilterIds as readonly string[]).includes(value);

function unknownParameterReason(param: string): string {
	const guess = didYouMean[param];
	const hint = guess ? ` Did you mean ${guess}?` : '';
	return `"${param}" is not a filter of this table.${hint} Filters: ${comparisonParams.join(', ')}.`;
}

/**
 * Reads the comparison filters from a query string (with or without `?`, or a whole URL).
 * Never throws: every parameter or value it cannot use is listed in `ignored` with the reason.
 */
export function parseComparisonQuery(input: string | URLSearchParams): ComparisonQuery {
	const filters: ComparisonFilters = {};
	const ignored: IgnoredParameter[] = [];
	const seen = new Set<string>();
	for (const [param, value] of toSearchParams(input)) {
		const ignore = (reason: string) => ignored.push({ param, value, reason });
		if (seen.has(param)) {
			ignore(`"${param}" appears more than once; only the first value is used.`);
			continue;
		}
		seen.add(param);
		const normalised = value.trim().toLowerCase();
		if (param === 'env') {
			const known = `Use one of: ${environmentIds.join(', ')}.`;
			if (isEnvironmentId(normalised)) filters.env = normalised;
			else if (value === '') ignore(`env is empty; leave it out for every environment. ${known}`);
			else ignore(`"${value}" is not an environment. ${known}`);
		} else if (!isPropertyFilterId(param)) {
			ignore(unknownParameterReason(param));
		} else if (normalised === 'yes' || normalised === 'no') {
			filters[param] = normalised;
		} else {
			const shown = value === '' ? 'an empty value' : `"${value}"`;
			ignore(`${param} takes yes or no, not ${shown}; leave it out to show both.`);
		}
	}
	return { filters, ignored };
}

/** Writes the filters as a query string (without `?`) in a stable order, leaving out the filters not set. */
export function serialiseComparisonQuery(filters: ComparisonFilters): string {
	const params = new URLSearchParams();
	if (filters.env) params.set('env', filters.env);
	for (const id of propertyFilterIds) {
		const value = filters[id];
		if (value === 'yes' || value === 'no') params.set(id, value);
	}
	return params.toString();
}

/** True when an option has every property the filters ask for (no filters: every option). */
export function matchesFilters(row: ComparisonTraits, filters: ComparisonFilters): boolean {
	if (filters.env && !row.environments.includes(filters.env)) return false;
	return propertyFilters.every(({ id, trait }) => {
		const wanted = filters[id];
		return wanted === undefined || row[trait] === (wanted === 'yes');
	});
}

/** The chosen filters in words, e.g. `AWS, works with Windows nodes`; empty when none is set. */
export function describeFilters(filters: ComparisonFilters): string {
	const words = propertyFilters.flatMap(({ id, yes, no }) => {
		const wanted = filters[id];
		return wanted === undefined ? [] : [wanted === 'yes' ? yes : no];
	});
	const env = filters.env && getEnvironment(filters.env);
	return (env ? [env.name, ...words] : words).join(', ');
}

/** What a reader is told after filtering, e.g. `5 of 12 options match: AWS, needs BGP.` */
export function matchSummary(matching: number, total: number, filters: ComparisonFilters): string {
	const chosen = describeFilters(filters);
	if (!chosen) return `All ${total} options shown.`;
	if (matching === 0) return `No option matches: ${chosen}.`;
	return `${matching} of ${total} options ${matching === 1 ? 'matches' : 'match'}: ${chosen}.`;
}

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

/** The data attributes a table row carries, so the filter script can test it without the catalog. */
export function traitAttributes(row: ComparisonTraits): Record<string, string> {
	return {
		'data-environments': row.environments.join(' '),
		'data-routable': yesNo(row.routable),
		'data-wrapped': yesNo(row.wrapped),
		'data-needs-bgp': yesNo(row.needsBgp),
		'data-windows': yesNo(row.windows),
		'data-ipv6': yesNo(row.ipv6),
	};
}

/** Reads back what `traitAttributes` wrote, from a row's `dataset`; a missing or unknown value reads as no. */
export function traitsFromDataset(
	dataset: Readonly<Record<string, string | undefined>>
): ComparisonTraits {
	const yes = (key: string) => dataset[key] === 'yes';
	return {
		environments: (dataset.environments ?? '').split(' ').filter(isEnvironmentId),
		routable: yes('routable'),
		wrapped: yes('wrapped'),
		needsBgp: yes('needsBgp'),
		windows: yes('windows'),
		ipv6: yes('ipv6'),
	};
}
