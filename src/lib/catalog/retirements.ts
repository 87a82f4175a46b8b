import { facts, longDate, since, type Source } from '../facts';
import type { OptionId } from './options';

/** Something the guide knows will stop working or stop being supported, with when and whom it hits. */
export interface RetirementEntry {
	id: string;
	title: string;
	/** When it happens: a date (YYYY-MM-DD), or a Calico release. */
	when: { date: string } | { calico: string; deprecatedIn?: string };
	/** Who it affects, as “Affects you if …” ends. */
	affectsYouIf: string;
	/** What to do instead. */
	instead: string;
	sources: readonly Source[];
	/** The catalog options it retires: the recommender flags a pick among them. */
	options?: readonly OptionId[];
	/** The checker rules that flag a configuration it affects. */
	checkRules?: readonly string[];
}

/** Every dated retirement or deprecation the guide knows, soonest first within dates, then by release. */
export const retirements: readonly RetirementEntry[] = [
	{
		id: 'azure-npm-windows',
		title: 'Azure Network Policy Manager on Windows nodes',
		when: { date: facts.azureNpmEndOfSupport.value.windows },
		affectsYouIf: 'your AKS cluster enforces network policy on Windows nodes with Azure NPM',
		instead:
			'Calico, the policy engine AKS supports on Windows nodes (Azure-managed with --network-policy calico).',
		sources: facts.azureNpmEndOfSupport.sources,
	},
	{
		id: 'aks-kubenet',
		title: 'kubenet on AKS',
		when: { date: facts.aksKubenetRetirement.value },
		affectsYouIf: 'your AKS cluster was created with --network-plugin kubenet',
		instead: 'Azure CNI Overlay, which Microsoft recommends; the migration guide has the move.',
		sources: facts.aksKubenetRetirement.sources,
		options: ['azure-host-local'],
	},
	{
		id: 'azure-npm-linux',
		title: 'Azure Network Policy Manager on Linux nodes',
		when: { date: facts.azureNpmEndOfSupport.value.linux },
		affectsYouIf: 'your AKS cluster enforces network policy on Linux nodes with Azure NPM',
		instead:
			'Calico (Azure-managed or self-managed), or Cilium with Azure CNI Powered by Cilium, which Microsoft recommends.',
		sources: facts.azureNpmEndOfSupport.sources,
	},
	{
		id: 'calico-api-server',
		title: 'The aggregated Calico API server',
		when: {
			calico: facts.aggregatedApiServerDeprecatedSince.value,
			deprecatedIn: facts.aggregatedApiServerDeprecatedSince.value,
		},
		affectsYouIf:
			'you manage Calico resources through the Calico API server (an APIServer resource), rather than native projectcalico.org/v3 CRDs',
		instead: `Native projectcalico.org/v3 CRDs, which new operator installs get from Calico ${since('nativeV3CrdsByDefault').minor} where the cluster supports them; a DatastoreMigration moves an existing cluster.`,
		sources: facts.aggregatedApiServerDeprecatedSince.sources,
	},
	{
		id: 'bird-ipip-routes',
		title: 'BIRD programming the IP-in-IP routes',
		when: {
			calico: facts.birdIpipRoutesRemoval.value,
			deprecatedIn: facts.ipipWithoutBgpSince.value,
		},
		affectsYouIf:
			'your IP-in-IP pools’ routes come from BIRD: clusterRoutingMode BIRD, or FelixConfiguration programClusterRoutes Disabled or EnabledNoEncapOnly',
		instead:
			'Let Felix program them: leave clusterRoutingMode unset (or FelixIPIPOnly) and programClusterRoutes at its defaults.',
		sources: facts.birdIpipRoutesRemoval.sources,
		checkRules: ['bird-ipip-routes'],
	},
];

/** When a retirement happens, in words: “31 March 2028”, or “Calico 3.35 (deprecated in 3.33)”. */
export function retirementWhen(entry: RetirementEntry): string {
	if ('date' in entry.when) return longDate(entry.when.date);
	const deprecated = entry.when.deprecatedIn;
	if (deprecated === entry.when.calico)
		return `Deprecated in Calico ${deprecated}; no removal date yet`;
	return `Calico ${entry.when.calico}${deprecated ? ` (deprecated in ${deprecated})` : ''}`;
}

/** Whether a dated retirement has happened by `today` (YYYY-MM-DD); a release-bound one is never past here. */
export function retirementPast(entry: RetirementEntry, today: string): boolean {
	return 'date' in entry.when && entry.when.date <= today;
}

/** The retirements that hit a catalog option: what the recommender shows beside a pick. */
export function retirementsOfOption(id: OptionId): RetirementEntry[] {
	return retirements.filter((entry) => entry.options?.includes(id));
}
