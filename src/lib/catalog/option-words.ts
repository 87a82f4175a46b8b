import { overheadBytes, wrapperNames, type Wrapper } from './encapsulation';
import type { EnvironmentId } from './environments';
import { longDate } from '../facts';
import type { NetworkingOption, RouteSource } from './option-types';
import { underlayFor } from './options';

/** Who routes pod traffic, as the option facts say it. */
export const routeWords: Readonly<Record<RouteSource, string>> = {
	BGP: 'BGP (Calico’s BIRD on each node)',
	Calico: 'Calico programs the routes itself; no BGP',
	cloud: 'The cloud network',
	Flannel: 'Flannel, from static per-node ranges',
};

/** A wrapper and what it costs, e.g. “VXLAN, 50 bytes per packet over IPv4 (70 over IPv6)”. */
export function overheadSentence(wrapper: Wrapper): string {
	const bytes = overheadBytes[wrapper];
	return `${wrapperNames[wrapper]}, ${bytes[4]} bytes per packet over IPv4${bytes[6] ? ` (${bytes[6]} over IPv6)` : ', IPv4 only'}`;
}

/** When and how an option wraps pod traffic, as a sentence. */
export function wrappingSentence(option: NetworkingOption): string {
	const { scope, wrapper } = option.encapsulation;
	if (scope === 'never' || !wrapper) return 'None: pod packets travel as they are.';
	if (scope === 'cross-subnet')
		return `Only between subnets: ${overheadSentence(wrapper)}. Inside a subnet, none.`;
	return `Always between nodes: ${overheadSentence(wrapper)}.`;
}

/** When and how an option wraps pod traffic, in a few words with the header's cost, for tables. */
export function wrappingWords(option: NetworkingOption): string {
	const { wrapper, scope, by } = option.encapsulation;
	if (scope === 'never' || !wrapper) return 'None';
	const bytes = overheadBytes[wrapper];
	const v6 = bytes[6] ? ` (${bytes[6]} B IPv6)` : ' (IPv4 only)';
	return `${wrapperNames[wrapper]}${scope === 'cross-subnet' ? ' between subnets' : ''}, ${bytes[4]} B${v6}${by === 'Flannel' ? ', by Flannel' : ''}`;
}

/** What an option means in practice, as labelled lines, and what the network must allow in an environment. */
export function optionFacts(
	option: NetworkingOption,
	env?: EnvironmentId
): { lines: [string, string][]; needs: string[] } {
	const lines: [string, string][] = [
		[
			'Pod IPs',
			option.routable
				? `Routable: reachable from ${option.reach}.`
				: `Not routable outside the cluster (they reach ${option.reach}).`,
		],
		['Wrapping', wrappingSentence(option)],
		['Who routes pods', routeWords[option.routes]],
		['Addresses', option.addresses.summary],
		['Cloud dependency', option.cloudDependency ?? 'None.'],
	];
	if (option.podDensity) lines.push(['Pods per node', option.podDensity]);
	if (option.retiring) lines.push(['Retiring', option.retiring.note]);
	return { lines, needs: underlayFor(option, env) };
}

/** “Retiring 31 March 2028” for an option being retired, else null. */
export function retiringLabel(option: NetworkingOption): string | null {
	return option.retiring ? `Retiring ${longDate(option.retiring.date)}` : null;
}
