import { modePage, modeNameOfOption } from '../diagrams/mode-names';
import type { EnvironmentId } from '../catalog/environments';
import { getOption, options, type CatalogOption, type OptionId } from '../catalog/options';
import type { OptionMatch } from './types';

/** The catalog options whose operator settings have this CNI, IPAM and pool encapsulation. */
export function optionsWith(cni: string, ipam: string, encapsulation: string): CatalogOption[] {
	return options.filter(
		(option) =>
			option.operator &&
			option.operator.cni === cni &&
			option.operator.ipam === ipam &&
			(option.operator.encapsulation ?? 'None') === (encapsulation || 'None')
	);
}

/** The first catalog option a pool of this CNI, IPAM and encapsulation runs as, or null (what blocker rules test). */
export function optionForPool(
	cni: string,
	ipam: string,
	encapsulation: string
): CatalogOption | null {
	return optionsWith(cni, ipam, encapsulation)[0] ?? null;
}

/** What the reader's Installation amounts to among the catalog options. */
export interface MatchInput {
	env: EnvironmentId;
	cni: string;
	ipam: string;
	provider: string;
	/** After the operator's defaulting. */
	bgp: string;
	/** The first pool's encapsulation ('' when there is no pool). */
	encapsulation: string;
	/** A BGPConfiguration in the paste turns the node mesh off (which points to peering with routers). */
	meshOff: boolean;
}

/**
 * Matches an Installation's CNI, IPAM, pool encapsulation and BGP against each option's operator settings;
 * when several match, prefers those of the environment, then the BGP setting, then the provider.
 */
export function matchOption(input: MatchInput): OptionMatch | null {
	let found = optionsWith(input.cni, input.ipam, input.encapsulation);
	const prefer = (keep: (option: CatalogOption) => boolean) => {
		const kept = found.filter(keep);
		if (kept.length) found = kept;
	};
	prefer((option) => option.environments.includes(input.env));
	prefer((option) => option.operator?.bgp === input.bgp);
	prefer((option) => !option.operator?.provider || option.operator.provider === input.provider);
	if (found.length > 1)
		prefer((option) =>
			input.meshOff ? option.id === 'calico-bgp-peering' : option.id !== 'calico-bgp-peering'
		);
	const first = found[0];
	if (!first) return null;
	return {
		options: found.map((option) => option.id),
		names: found.map((option) => option.name),
		modePage: modePage(modeNameOfOption(first.id).id),
	};
}

/** The match of one catalog option by its id: what a configuration amounts to when it names the option outright (canal.yaml). */
export function optionMatch(id: OptionId): OptionMatch {
	const option = getOption(id);
	return { options: [id], names: [option.name], modePage: modePage(modeNameOfOption(id).id) };
}
