import type { OptionId } from '../catalog/options';
import { byId } from '../input/by-id';

/** Every mode the Packet paths section draws, in the order the guide presents them. */
const modeList = [
	{ id: 'bgp-mesh', name: 'No overlay, BGP node mesh', options: ['calico-bgp-mesh'] },
	{
		id: 'bgp-peering',
		name: 'No overlay, BGP peering with top-of-rack routers',
		options: ['calico-bgp-peering'],
	},
	{ id: 'vxlan', name: 'VXLAN overlay', options: ['calico-vxlan'] },
	{ id: 'vxlan-cross-subnet', name: 'VXLAN cross-subnet', options: ['calico-vxlan-cross-subnet'] },
	{ id: 'ipip', name: 'IP-in-IP overlay', options: ['calico-ipip'] },
	{ id: 'ipip-cross-subnet', name: 'IP-in-IP cross-subnet', options: ['calico-ipip-cross-subnet'] },
	{
		id: 'vpc-native',
		name: 'VPC-native (Amazon VPC CNI, Azure CNI, Google alias IPs, OCI VCN-native)',
		options: ['aws-vpc-cni', 'azure-cni', 'gke-alias-ip', 'oke-vcn-native'],
	},
	{ id: 'azure-cni-overlay', name: 'Azure CNI overlay', options: ['azure-cni-overlay'] },
	{
		id: 'host-local-cloud-routes',
		name: 'Host-local with cloud routes (Azure cloud provider)',
		options: ['azure-host-local'],
	},
	{ id: 'flannel-vxlan', name: 'Flannel VXLAN (Canal)', options: ['canal'] },
] as const satisfies readonly { id: string; name: string; options: readonly OptionId[] }[];

/** One of the packet-path modes, by the id its page's address names it (`/modes/<id>/`). */
export type ModeId = (typeof modeList)[number]['id'];

/**
 * The modes by id, name and the options that run in them: what pages and the recommender need to name a
 * mode and link to it, without the hops of every packet path (modes.ts, which builds on this).
 */
export interface ModeName {
	id: ModeId;
	name: string;
	/** The catalog options that run in this mode. */
	options: readonly OptionId[];
}

/** Every mode the Packet paths section draws, in the order the guide presents them. */
export const modeNames: readonly ModeName[] = modeList;

const nameById = byId(modeNames, 'mode');

/** The name entry of a mode; the id may come from a page's address or a component's props, so any text is looked up. */
export function modeName(id: string): ModeName {
	return nameById(id as ModeId); // byId names the known modes when `id` is none of them.
}

/** The name entry of the mode an option runs in (one, for every option in the catalog). */
export function modeNameOfOption(option: OptionId): ModeName {
	const found = modeNames.find((mode) => mode.options.includes(option));
	if (!found) throw new Error(`No packet-path mode draws option "${option}".`);
	return found;
}

/** The address of a mode's page of packet paths. */
export function modePage(modeId: string): string {
	return `/modes/${modeId}/`;
}
