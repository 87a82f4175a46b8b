import { blockSizeRange } from './pool-fit';
import { poolFamily, type UncheckedPool } from './defaults';
import { poolEncapsulations } from './types';

/** A field's value as a message quotes it. */
const shown = (value: unknown) => (value === undefined || value === null ? '' : String(value));

/** A pool after the operator's defaulting, with whether its encapsulation was filled in rather than written. */
export interface DefaultedPool {
	pool: UncheckedPool;
	encapsulationFilledIn: boolean;
}

/** The words a message adds when the operator, not the reader, chose a pool's encapsulation. */
export const filledInNote = (entry: DefaultedPool) =>
	entry.encapsulationFilledIn
		? ` (the operator fills in ${shown(entry.pool.encapsulation)} for a pool with no encapsulation)`
		: '';

const prefixOf = (cidr: string) => Number(cidr.split('/')[1]);

/**
 * The IP pool controller's rules (tigera/operator pkg/controller/ippool/validation.go), on pools after its
 * defaulting: a CIDR that parses, each CIDR and name once, LoadBalancer pools unwrapped on every node, the
 * natOutgoing, nodeSelector and encapsulation values, and a block that fits in the pool. One message per broken rule.
 */
export function poolHits(pools: readonly DefaultedPool[], calicoCni: boolean): string[] {
	const errors: string[] = [];
	const cidrs = new Set<string>();
	const names = new Set<string>();
	for (const entry of pools) {
		const { pool } = entry;
		const cidr = shown(pool.cidr);
		const where = `IP pool ${cidr}`;
		const family = poolFamily(pool.cidr);
		if (family === null) {
			errors.push(`${where}: "${cidr}" is not a valid CIDR.`);
			continue;
		}
		if (cidrs.has(cidr)) errors.push(`${where} is listed more than once; list each CIDR once.`);
		cidrs.add(cidr);
		const name = shown(pool.name);
		if (name && names.has(name))
			errors.push(`IP pool name ${name} is used more than once; give each pool its own name.`);
		if (name) names.add(name);

		const uses = Array.isArray(pool.allowedUses) ? pool.allowedUses.map(shown) : [];
		const loadBalancer = uses.includes('LoadBalancer');
		if (loadBalancer && uses.some((use) => use !== 'LoadBalancer'))
			errors.push(`${where}: allowedUses LoadBalancer cannot be combined with Workload or Tunnel.`);
		if (!['Enabled', 'Disabled'].includes(shown(pool.natOutgoing)))
			errors.push(`${where}: natOutgoing must be Enabled or Disabled.`);
		const selector = shown(pool.nodeSelector);
		if (loadBalancer && selector !== 'all()')
			errors.push(`${where}: a LoadBalancer pool needs nodeSelector all(), not ${selector}.`);
		if (!calicoCni && selector !== 'all()')
			errors.push(`${where}: with a non-Calico CNI, nodeSelector must be all(), not ${selector}.`);
		const enc = shown(pool.encapsulation);
		if (!(poolEncapsulations as readonly string[]).includes(enc))
			errors.push(
				`${where}: encapsulation "${enc}" must be one of ${poolEncapsulations.join(', ')}.`
			);
		else if (loadBalancer && enc !== 'None')
			errors.push(
				`${where}: a LoadBalancer pool takes encapsulation None, not ${enc}${filledInNote(entry)}.`
			);

		const sizes = blockSizeRange[family];
		const blockSize = pool.blockSize;
		if (typeof blockSize !== 'number' || blockSize < sizes.min || blockSize > sizes.max)
			errors.push(`${where}: blockSize must be from ${sizes.min} to ${sizes.max}.`);
		else if (prefixOf(cidr) > blockSize)
			errors.push(
				`${where}: the pool is smaller than one block (blockSize ${blockSize}); use a blockSize of ${prefixOf(cidr)} or more, or a larger pool.`
			);
		if (loadBalancer && pool.disableBGPExport === true)
			errors.push(`${where}: a LoadBalancer pool cannot set disableBGPExport: true.`);
	}
	return errors;
}
