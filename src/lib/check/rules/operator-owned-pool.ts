import { defineCheckRule } from '../define-rule';
import { poolPlace } from '../pools';
import { sources } from '../../facts';
import { getEnvironment, type EnvironmentId } from '../../catalog/environments';
import type { MoveId } from '../../migrate/ids';
import type { DirectPool, PoolView } from '../context';
import { installationFix } from '../fix-yaml';
import { moveBetween } from '../moves';

/** The move to link, but never to cross-subnet on a network that drops unwrapped pod traffic (Environment.layer3Only). */
function moveOn(env: EnvironmentId, move: MoveId): { move?: MoveId } {
	return getEnvironment(env).layer3Only && move === 'always-to-cross-subnet' ? {} : { move };
}

const cidrKey = (pool: PoolView) => pool.parsed?.text ?? pool.cidr;
const sameCidr = (a: PoolView, b: PoolView) => cidrKey(a) !== '' && cidrKey(a) === cidrKey(b);

/** A direct IPPool does not copy a pool the operator owns. */
export const operatorOwnedPool = defineCheckRule({
	id: 'operator-owned-pool',
	severity: 'warning',
	checks:
		'A direct IPPool does not have the CIDR of a pool in the Installation, which the operator owns and puts back as the Installation says.',
	facts: [],
	sources: [sources.operatorValidation, sources.ipPoolPage],
	run: (c) =>
		c.directPools.flatMap((direct: DirectPool) => {
			const owned = c.pools.find((pool) => sameCidr(pool, direct));
			if (!owned) return [];
			const differs = owned.encapsulation !== direct.encapsulation;
			return [
				{
					key: direct.cidr,
					...poolPlace(direct, 'cidr'),
					message: `IPPool ${direct.name || direct.cidr} has the CIDR of a pool in the Installation (${owned.cidr}), so the operator owns it${differs ? `: it says ${direct.encapsulation}, the Installation ${owned.encapsulation}` : ''}.`,
					reason:
						'The operator writes its pools from the Installation and reverts direct edits to them. Make the change in the Installation’s spec.calicoNetwork.ipPools instead.',
					...(differs
						? {
								fix: installationFix({}, [
									{ cidr: owned.cidr, encapsulation: direct.encapsulation },
								]),
							}
						: {}),
					...moveOn(c.env, moveBetween(owned.encapsulation, direct.encapsulation)),
				},
			];
		}),
});
