import type { MoveId } from '../migrate/ids';

/** How the checker names each move of the migration guide in a link. */
export const moveLabels: Record<MoveId, string> = {
	'ipip-to-vxlan': 'From IP-in-IP to VXLAN',
	'always-to-cross-subnet': 'From always wrapping to cross-subnet',
	'cross-subnet-to-always': 'From cross-subnet to always wrapping',
	'mesh-to-route-reflectors': 'From a BGP mesh to route reflectors',
	'new-pool': 'Moving pods to a new IP pool',
	'vpc-cni-to-calico-cni': 'From the Amazon VPC CNI to Calico CNI',
	'kubenet-to-azure-cni-overlay': 'From kubenet to Azure CNI Overlay',
};

/** The move that takes an operator pool from one encapsulation to another, or `new-pool` for any other change. */
export function moveBetween(from: string, to: string): MoveId {
	if (from.startsWith('IPIP') && to.startsWith('VXLAN')) return 'ipip-to-vxlan';
	if (from === `${to}CrossSubnet`) return 'cross-subnet-to-always';
	if (to === `${from}CrossSubnet`) return 'always-to-cross-subnet';
	return 'new-pool';
}
