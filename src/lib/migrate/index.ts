import type { EnvironmentId } from '../catalog/environments';
import { calicoVersion, factsChecked } from '../facts';
import { movePage, type MoveId } from './ids';
import { disruptionLabels, type Move } from './types';
import { byId } from '../input/by-id';
import { ipipToVxlan } from './moves/ipip-to-vxlan';
import { alwaysToCrossSubnet } from './moves/always-to-cross-subnet';
import { crossSubnetToAlways } from './moves/cross-subnet-to-always';
import { meshToRouteReflectors } from './moves/mesh-to-route-reflectors';
import { newPoolMove } from './moves/new-pool';
import { vpcCniToCalicoCni } from './moves/vpc-cni-to-calico-cni';
import { kubenetToOverlay } from './moves/kubenet-to-azure-cni-overlay';

export { moveIds, movePage, type MoveId } from './ids';
export * from './types';

/** Every move of the migration guide, in the order of `moveIds`. */
export const moves: readonly Move[] = [
	ipipToVxlan,
	alwaysToCrossSubnet,
	crossSubnetToAlways,
	meshToRouteReflectors,
	newPoolMove,
	vpcCniToCalicoCni,
	kubenetToOverlay,
];

/** The move with this id. */
export const getMove: (id: MoveId) => Move = byId(moves, 'move');

/** The moves that start in an environment, in guide order. */
export function movesFrom(env: EnvironmentId): Move[] {
	return moves.filter((move) => move.environments.includes(env));
}

/** Version of the migrations export format; bump it when a field changes meaning or goes away. */
export const migrationsExportVersion = 1;

/** The body of `/api/migrations.json`: every move with its steps, the Calico version and the facts' date. */
export function migrationsExport() {
	return {
		version: migrationsExportVersion,
		calicoVersion,
		factsChecked,
		disruptions: disruptionLabels,
		moves: moves.map((move) => ({ ...move, page: movePage(move.id) })),
	};
}
