import { compatibility } from '../recommender/blockers';
import type { ComparisonTraits } from './matrix-filters';
import { modeOfOption, modePage } from '../diagrams/modes';
import { getEnvironment, type EnvironmentId } from '../catalog/environments';
import { facts, hostLocalPodsPerRange, newestRelease } from '../facts';
import { okeMaxPodsPerNode } from '../facts/oracle';
import { bgpNeedText, needsBgpIn } from '../catalog/bgp-need';
import { retiringLabel, wrappingWords } from '../catalog/option-words';
import { formatDetails, options, type CatalogOption } from '../catalog/options';

/** One option as the comparison table shows it, every cell already in words. */
export interface ComparisonRow {
	option: CatalogOption;
	where: string;
	routable: string;
	wrapping: string;
	needsBgp: string;
	routes: string;
	cloud: string;
	addresses: string;
	pods: string;
	/** Works with Windows nodes: “Yes” or “No”, from the blocker rules. */
	windows: string;
	/** Works with IPv6 pods: “Yes” or “No”, from the blocker rules. */
	ipv6: string;
	/** The properties the comparison filters test. */
	traits: ComparisonTraits;
	/** “Retiring 31 March 2028”, or null. */
	retiring: string | null;
	/** The page of the option's packet paths. */
	modePage: string;
	/** The option's upstream details string in parts, each but the last ending in its comma. */
	details: string[];
}

/** A column of the comparison table after the option's own: its heading and the row's cell it shows. */
export interface ComparisonColumn {
	heading: string;
	cell:
		| 'where'
		| 'routable'
		| 'wrapping'
		| 'needsBgp'
		| 'windows'
		| 'ipv6'
		| 'routes'
		| 'cloud'
		| 'addresses'
		| 'pods';
}

const columns: readonly ComparisonColumn[] = [
	{ heading: 'Where', cell: 'where' },
	{ heading: 'Pod IPs routable', cell: 'routable' },
	{ heading: 'Wrapping', cell: 'wrapping' },
	{ heading: 'Needs BGP', cell: 'needsBgp' },
	{ heading: 'Windows nodes', cell: 'windows' },
	{ heading: 'IPv6 pods', cell: 'ipv6' },
	{ heading: 'Who routes', cell: 'routes' },
	{ heading: 'Cloud dependency', cell: 'cloud' },
	{ heading: 'Addresses', cell: 'addresses' },
	{ heading: 'Pods per node', cell: 'pods' },
];

/** The comparison table's columns after the option's own, in order; an environment's table has no “Where”. */
export function comparisonColumns(env?: EnvironmentId): readonly ComparisonColumn[] {
	return env ? columns.filter((c) => c.cell !== 'where') : columns;
}

/** The comparison table's caption: every option, or an environment's. */
export function comparisonCaption(env?: EnvironmentId): string {
	return env
		? `The options for ${getEnvironment(env).name} side by side`
		: 'Every networking option the guide knows';
}

/** An upstream details string in parts, so a line breaks only after a comma and never inside "Key:Value". */
export function detailsParts(details: string): string[] {
	return details.split(',').map((part, i, parts) => (i < parts.length - 1 ? `${part},` : part));
}

const envName = (id: EnvironmentId) => getEnvironment(id).name;

function addressWords(option: CatalogOption): string {
	const { ipam, consumesUnderlayAddresses: fromCloud } = option.addresses;
	if (ipam === 'calico-blocks') return 'Calico blocks from its own pool';
	if (ipam === 'host-local-24')
		return fromCloud ? 'Per-node ranges from the VPC' : 'A /24 per node from its own range';
	return fromCloud ? 'One cloud address per pod' : 'Private range outside the VNET';
}

function podWords(option: CatalogOption): string {
	if (!option.podDensity) return 'Kubernetes’ own limit';
	if (option.installable.managed.includes('AKS'))
		return `At most ${facts.aksMaxPodsPerNode.value} (the AKS limit)`;
	if (option.installable.managed.includes('OKE'))
		return `At most ${okeMaxPodsPerNode.value}, as the shape’s VNICs allow`;
	if (option.addresses.ipam === 'host-local-24') return `${hostLocalPodsPerRange} (one /24)`;
	return 'Capped by the instance’s ENIs (and by EKS on managed node groups)';
}

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

function traitsOf(option: CatalogOption): ComparisonTraits {
	return {
		environments: option.environments,
		routable: option.routable,
		wrapped: option.encapsulation.scope !== 'never' && option.encapsulation.wrapper !== undefined,
		needsBgp: needsBgpIn(option, newestRelease),
		...compatibility(option),
	};
}

/** The comparison table of every option, or of the options an environment page lists. */
export function comparisonRows(env?: EnvironmentId): ComparisonRow[] {
	return options
		.filter((option) => !env || option.environments.includes(env))
		.map((option) => {
			const traits = traitsOf(option);
			return {
				option,
				where: option.environments.map(envName).join(', '),
				routable: yesNo(option.routable),
				wrapping: wrappingWords(option),
				needsBgp: bgpNeedText(option),
				routes: option.routes === 'cloud' ? 'Cloud network' : option.routes,
				cloud: option.cloudDependency
					? (option.requiresManaged ?? option.environments.map(envName).join(', '))
					: 'None',
				addresses: addressWords(option),
				pods: podWords(option),
				windows: yesNo(traits.windows),
				ipv6: yesNo(traits.ipv6),
				traits,
				retiring: retiringLabel(option),
				modePage: modePage(modeOfOption(option.id).id),
				details: detailsParts(formatDetails(option.tuple)),
			};
		});
}
