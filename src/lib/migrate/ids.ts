/** The moves between networking modes the migration guide covers, by id (the ids of their pages). */
export const moveIds = [
	'ipip-to-vxlan',
	'always-to-cross-subnet',
	'cross-subnet-to-always',
	'mesh-to-route-reflectors',
	'new-pool',
	'vpc-cni-to-calico-cni',
	'kubenet-to-azure-cni-overlay',
] as const;

/** One move of the migration guide. */
export type MoveId = (typeof moveIds)[number];

/** The address of a move's page in the migration guide. */
export function movePage(id: MoveId): string {
	return `/migrate/${id}/`;
}
