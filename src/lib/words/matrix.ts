import { compatibility } from '../recommender/blockers';
import type { ComparisonTraits } from './matrix-filters';
import { modeOfOption, modePage } from '../diagrams/modes';
import { getEnvironment, type EnvironmentId } from '../catalog/environments';
import { facts, hostLocalPodsPerRange } from '../facts';
import { retiringLabel, wrappingWords } from '../catalog/option-words';
import { options, type CatalogOption } from '../catalog/options';

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
	if (option.addresses.ipam === 'host-local-24') return `${hostLocalPodsPerRange} (one /24)`;
	return 'Capped by the instance’s ENIs (and by EKS on managed node groups)';
}

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

function traitsOf(option: CatalogOption): ComparisonTraits {
	return {
		environments: option.environments,
		routable: option.routable,
		wrapped: option.encapsulation.scope !== 'never' && option.encapsulation.wrapper !== undefined,
		needsBgp: option.needsBgp,
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
				needsBgp: yesNo(option.needsBgp),
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
			};
		});
}
