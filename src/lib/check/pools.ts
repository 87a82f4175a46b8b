import { getBlockerRule } from '../recommender/blockers';
import type { CheckContext, PoolView } from './context';
import { poolFix } from './fix-yaml';
import { optionForPool } from './match';
import { placeOf } from './resources';

/** True when a blocker rule of the recommender blocks the option this pool runs as. */
export function blockedBy(ruleId: string, c: CheckContext, pool: PoolView): boolean {
	const option = optionForPool(c.poolCni, c.poolIpam, pool.encapsulation);
	return option !== null && getBlockerRule(ruleId).blocks(option, c.release);
}

/** How a message names a pool: an IPPool by its name, an Installation pool by its CIDR (lower case within a sentence). */
export const poolName = (pool: PoolView, startsSentence = true) => {
	if (pool.origin === 'ippool')
		return `IPPool ${pool.name || pool.cidr || '(unnamed)'}${pool.name && pool.cidr ? ` (${pool.cidr})` : ''}`;
	const kind = pool.origin === 'operator-default' ? 'the operator’s default pool' : 'pool';
	const named = `${kind} ${pool.cidr || '(no CIDR)'}`;
	return startsSentence ? named[0]!.toUpperCase() + named.slice(1) : named;
};

/** True for a pool wrapped in IP-in-IP (always or cross-subnet). */
export const isIpip = (pool: PoolView) => pool.encapsulation.startsWith('IPIP');

/** The pool with a new encapsulation, as an Installation or IPPool to apply. */
export const withEncapsulation = (pool: PoolView, encapsulation: string) =>
	poolFix(pool, encapsulation);

/** Line and column of a pool's field (or of the pool) where the paste holds it; nothing for a pool it does not. */
export function poolPlace(pool: PoolView, field?: string): { line?: number; column?: number } {
	if (!pool.at) return {};
	return placeOf(pool.at.resource, field ? `${pool.at.path}.${field}` : pool.at.path);
}

/** Where a pool's encapsulation is written: `encapsulation` in an Installation, the wrapping mode of an IPPool. */
export function encapsulationPlace(pool: PoolView): { line?: number; column?: number } {
	if (pool.origin !== 'ippool') return poolPlace(pool, 'encapsulation');
	return poolPlace(pool, isIpip(pool) ? 'ipipMode' : 'vxlanMode');
}
