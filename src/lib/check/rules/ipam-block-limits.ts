import { defineCheckRule } from '../define-rule';
import { ipamConfigFix } from '../fix-yaml';
import { poolName } from '../pools';
import { placeOf, resourceName, resourcesOf, specOf } from '../resources';
import { blockSizeRange } from '../../operator/pool-fit';
import { facts } from '../../facts';
import type { CheckContext } from '../context';
import type { RuleHit } from '../types';

const refused =
	'Calico’s IPAM client refuses the IPAMConfiguration (calicoctl ipam configure, the Calico API server), so the cluster keeps its old settings.';

/** Pods per node a pool can serve when a node may hold at most `most` blocks of it. */
function podRoom(c: CheckContext, most: number) {
	return c.allPools.flatMap((pool) => {
		if (!pool.parsed) return [];
		const range = blockSizeRange[pool.parsed.family];
		const blockSize = pool.blockSize ?? range.default;
		const tunnel = pool.encapsulation !== 'None' ? facts.tunnelAddressesPerNode.value : 0;
		return [{ pool, room: most * 2 ** (pool.parsed.bits - blockSize) - tunnel, tunnel }];
	});
}

/** An IPAMConfiguration is one Calico accepts, and its block limit leaves room for the pods of a node. */
export const ipamBlockLimits = defineCheckRule({
	id: 'ipam-block-limits',
	severity: 'error',
	checks:
		'An IPAMConfiguration is one Calico’s IPAM client accepts (maxBlocksPerHost only with strictAffinity, not both strictAffinity and autoAllocateBlocks off), and maxBlocksPerHost blocks hold the pods per node given.',
	facts: ['maxBlocksPerHostField', 'ipamConfigRules', 'tunnelAddressesPerNode'],
	run: (c) =>
		[...resourcesOf(c, 'IPAMConfiguration'), ...resourcesOf(c, 'IPAMConfig')].flatMap((config) => {
			const spec = specOf(config);
			const name = resourceName(config);
			const hits: RuleHit[] = [];
			const most = spec.maxBlocksPerHost;
			const strict = spec.strictAffinity === true;
			if (typeof most === 'number' && most < 0)
				hits.push({
					key: `${config.line}:negative`,
					...placeOf(config, 'spec.maxBlocksPerHost'),
					message: `${name} sets maxBlocksPerHost: ${most}; it is 0 (no limit) or more.`,
					reason: refused,
				});
			if (typeof most === 'number' && most > 0 && !strict)
				hits.push({
					key: `${config.line}:strict`,
					...placeOf(config, 'spec.maxBlocksPerHost'),
					message: `${name} sets maxBlocksPerHost: ${most} without strictAffinity: true.`,
					reason: `${refused} Calico asks for strict affinity to be explicit because the block limit already stops a node from borrowing.`,
					fix: ipamConfigFix({ strictAffinity: true, maxBlocksPerHost: most }),
				});
			if (!strict && spec.autoAllocateBlocks === false)
				hits.push({
					key: `${config.line}:auto`,
					...placeOf(config, 'spec.autoAllocateBlocks'),
					message: `${name} sets autoAllocateBlocks: false without strictAffinity: true.`,
					reason: refused,
				});
			if (typeof most !== 'number' || most <= 0 || c.podsPerNode === null) return hits;
			for (const { pool, room, tunnel } of podRoom(c, most))
				if (c.podsPerNode > room)
					hits.push({
						key: `${config.line}:room:${pool.cidr}`,
						...placeOf(config, 'spec.maxBlocksPerHost'),
						message: `${name} lets a node hold ${most} ${most === 1 ? 'block' : 'blocks'} of ${poolName(pool, false)}: room for ${Math.max(0, room)} pods${tunnel ? ' beside the tunnel address' : ''}, fewer than the ${c.podsPerNode} per node given.`,
						reason:
							'A node that holds maxBlocksPerHost blocks gets no further address, so pods past that number stay without one. Raise maxBlocksPerHost, or use larger blocks in a new pool.',
					});
			return hits;
		}),
});
