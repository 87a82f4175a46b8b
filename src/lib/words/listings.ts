import { modeOfOption, modePage, packetPath, type Mode, type Scenario } from '../diagrams';
import type { EnvironmentId } from '../catalog/environments';
import { retiringLabel } from '../catalog/option-words';
import { getOption, type CatalogOption, type OptionId } from '../catalog/options';
import type { Answers } from '../catalog/questions';
import { recommenderPage } from '../url/state';

/** How the upstream page (or, where this guide departs from it, the guide) marks an option in a choice between two. */
export type ListingMark = 'recommended' | 'alternative';

/** One option as an environment page presents it. */
export interface Listing {
	option: OptionId;
	/** Set where the upstream page marks the option "Recommended" or "Alternative", or where the guide's own recommendation differs. */
	mark?: ListingMark;
	/** When to choose it, in the reader's terms. */
	when: string;
	/** The recommender answers that describe this situation; `recommend(env, answers)` picks this option (or, when marked alternative, names it first among the alternatives). */
	answers: Answers;
	/** True for options added after the upstream page was written. */
	newer?: boolean;
}

/** The options each environment page shows, in the upstream page's order, newer options last. */
export const listings: Readonly<Record<EnvironmentId, readonly Listing[]>> = {
	'on-prem': [
		{
			option: 'calico-bgp-peering',
			when: 'Your top-of-rack routers can peer BGP with the nodes, and you want pods reachable from the rest of the network.',
			answers: { bgp: 'yes' },
		},
		{
			option: 'calico-bgp-mesh',
			when: 'Your routers cannot peer BGP, but every node sits in one layer-2 network.',
			answers: { bgp: 'no', l2: 'yes' },
		},
		{
			option: 'calico-vxlan-cross-subnet',
			mark: 'recommended',
			when: 'Neither of the above: nodes span subnets and the routers will not peer.',
			answers: { bgp: 'no', l2: 'no' },
		},
		{
			option: 'calico-ipip-cross-subnet',
			mark: 'alternative',
			when: 'As above, when you prefer IP-in-IP’s smaller header and can run BGP between nodes.',
			answers: { bgp: 'no', l2: 'no' },
		},
	],
	aws: [
		{
			option: 'aws-vpc-cni',
			when: 'Pod IPs must be routable outside the cluster; this is EKS’s default.',
			answers: { routable: 'yes' },
		},
		{
			option: 'calico-vxlan-cross-subnet',
			when: 'You want no dependency on AWS networking, the VPC cannot spare an address per pod, or the VPC CNI’s pods-per-node limit is too low.',
			answers: { 'cloud-neutral': 'yes' },
		},
		{
			option: 'calico-vxlan',
			when: 'The same reasons, on EKS: Calico’s EKS guide installs plain VXLAN.',
			answers: { managed: 'yes', 'cloud-neutral': 'yes' },
			newer: true,
		},
	],
	azure: [
		{
			option: 'azure-cni',
			when: 'Pod IPs must be routable outside the cluster.',
			answers: { routable: 'yes' },
		},
		{
			option: 'azure-host-local',
			mark: 'alternative',
			when: 'You use AKS and the VNET cannot spare an address per pod, and you accept a setup that is being retired.',
			answers: { managed: 'yes', 'ip-scarce': 'yes' },
		},
		{
			option: 'calico-vxlan-cross-subnet',
			mark: 'alternative',
			when: 'You run Kubernetes yourself on Azure virtual machines and will give each node’s pod range a route-table entry and turn on IP forwarding.',
			answers: { managed: 'no', 'cloud-neutral': 'yes' },
		},
		{
			option: 'azure-cni-overlay',
			mark: 'recommended',
			when: 'You use AKS and the VNET cannot spare an address per pod.',
			answers: { managed: 'yes', 'ip-scarce': 'yes' },
			newer: true,
		},
		{
			option: 'calico-vxlan',
			mark: 'recommended',
			when: 'You run Kubernetes yourself on Azure virtual machines, or use AKS but want Calico’s own networking (bring your own CNI).',
			answers: { managed: 'no', 'cloud-neutral': 'yes' },
			newer: true,
		},
	],
	'google-cloud': [
		{
			option: 'gke-alias-ip',
			when: 'Pod IPs must be routable outside the cluster, or you use GKE: it is GKE’s default and the only pod networking GKE runs.',
			answers: { routable: 'yes' },
		},
		{
			option: 'calico-vxlan',
			mark: 'recommended',
			when: 'You run Kubernetes yourself on Compute Engine and want no dependency on Google Cloud networking, or the VPC cannot spare addresses for pods.',
			answers: { managed: 'no', 'cloud-neutral': 'yes' },
		},
		{
			option: 'calico-ipip',
			mark: 'alternative',
			when: 'As above, when you prefer IP-in-IP’s smaller header and can run BGP between nodes.',
			answers: { managed: 'no', 'cloud-neutral': 'yes' },
		},
	],
	'ibm-cloud': [
		{
			option: 'calico-ipip-cross-subnet',
			when: 'You run IKS, which builds this mode in.',
			answers: { managed: 'yes' },
		},
	],
	other: [
		{
			option: 'calico-vxlan-cross-subnet',
			when: 'Your environment is not listed, or you want to start without studying the network first.',
			answers: {},
		},
	],
};

/** The options an environment page shows. */
export function listingsFor(env: EnvironmentId): readonly Listing[] {
	return listings[env];
}

/** A listing with everything its section on the page shows. */
export interface ListingItem extends Omit<Listing, 'option'> {
	option: CatalogOption;
	mode: Mode;
	/** The packet path the page draws: between subnets, which shows the most, or inside a subnet where that cannot happen. */
	scenario: Scenario;
	modePage: string;
	/** The recommender with the answers of this situation. */
	recommenderPage: string;
	retiring: string | null;
}

/** The sections of an environment page's options, in order. */
export function listingItems(env: EnvironmentId): ListingItem[] {
	return listingsFor(env).map((listing) => {
		const option = getOption(listing.option);
		const mode = modeOfOption(option.id);
		const scenario: Scenario = packetPath(mode.id, 'other-subnet').applies
			? 'other-subnet'
			: 'same-subnet';
		return {
			...listing,
			option,
			mode,
			scenario,
			modePage: modePage(mode.id),
			recommenderPage: recommenderPage(env, listing.answers),
			retiring: retiringLabel(option),
		};
	});
}
