import { has, releases, since, type Release } from '../facts';
import type { NetworkingOption } from './option-types';

/**
 * True when an option needs BGP in a release. An option whose routes travel over BGP needs it in every release,
 * except IP-in-IP: from the release in which Felix programs IP-in-IP routes by default, an IP-in-IP pool needs
 * IP protocol 4 between the nodes and no BGP session (design/cluster-route-programming/DESIGN.md @ release-v3.33).
 */
export function needsBgpIn(option: NetworkingOption, release: Release): boolean {
	if (!option.needsBgp) return false;
	return !(option.encapsulation.wrapper === 'ipip' && has(release, 'ipipRoutesByFelixDefault'));
}

/**
 * True when an option needs BGP sessions among the nodes themselves in a release (the node mesh, and IP-in-IP
 * while BIRD programs its routes), as opposed to sessions with the network's routers, which peering options need.
 */
export function needsBgpBetweenNodes(option: NetworkingOption, release: Release): boolean {
	return needsBgpIn(option, release) && !option.routable;
}

/** The operator's `calicoNetwork.bgp` for an option in a release: on only where the option needs BGP. */
export function bgpSettingIn(option: NetworkingOption, release: Release): 'Enabled' | 'Disabled' {
	return needsBgpIn(option, release) ? 'Enabled' : 'Disabled';
}

/** Whether an option needs BGP, release by release, as the JSON export gives it: `{ "3.31": true, … }`. */
export function needsBgpByRelease(option: NetworkingOption): Record<string, boolean> {
	return Object.fromEntries(
		releases.map((release) => [release.minor, needsBgpIn(option, release)])
	);
}

/** Whether an option needs BGP, in a table cell: `Yes`, `No`, or `Until 3.32` when a release lifted the need. */
export function bgpNeedText(option: NetworkingOption): string {
	const needing = releases.filter((release) => needsBgpIn(option, release));
	if (needing.length === releases.length) return 'Yes';
	if (!needing.length) return 'No';
	return `Until ${needing.at(-1)!.minor} (from ${since('ipipRoutesByFelixDefault').minor}, Felix programs the routes)`;
}
