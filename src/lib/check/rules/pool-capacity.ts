import { defineCheckRule } from '../define-rule';
import { poolPlace } from '../pools';
import {
	blockLayout,
	blockSizeRange,
	poolShortfall,
	poolShortfallWarning,
} from '../../operator/pool-fit';
import { facts } from '../../facts';
import type { CheckContext } from '../context';
import type { RuleHit } from '../types';

const wireguardOn = (c: CheckContext) =>
	c.felix.some(
		(spec) =>
			spec[facts.wireguardFields.value.ipv4] === true ||
			spec[facts.wireguardFields.value.ipv6] === true
	);

/** Each pool has a block for every node. */
export const poolCapacity = defineCheckRule({
	id: 'pool-capacity',
	severity: 'warning',
	checks:
		'Each pool has a block for every node (blocks for their pods and tunnel address, when pods per node is given), given the node count.',
	facts: ['blockSizeV4', 'blockSizeV6', 'tunnelAddressesPerNode'],
	run: (c) => {
		if (c.nodes === null) return [];
		const hits: RuleHit[] = [];
		for (const pool of c.allPools) {
			const shape = pool.parsed;
			if (!shape) continue;
			const range = blockSizeRange[shape.family];
			const blockSize = pool.blockSize ?? range.default;
			if (blockSize < range.min || blockSize > range.max || blockSize < shape.prefix) continue;
			const tunnel =
				pool.encapsulation !== 'None' || wireguardOn(c) ? facts.tunnelAddressesPerNode.value : 0;
			const perBlock = 2 ** (shape.bits - blockSize);
			// Without a pod count, a node is counted as needing one whole block (the tunnel address inside it).
			const podsPerNode = c.podsPerNode ?? Math.max(1, perBlock - tunnel);
			const addressesPerNode = podsPerNode + tunnel;
			const shortfall = poolShortfall(shape, blockSize, c.nodes, addressesPerNode);
			if (!shortfall) continue;
			const layout = blockLayout(shape, blockSize, addressesPerNode);
			const strictAffinity = c.ipamConfigs.some((spec) => spec.strictAffinity === true);
			hits.push({
				key: shape.text,
				...poolPlace(pool, 'blockSize'),
				...(strictAffinity && !shortfall.tooFewAddresses ? { severity: 'error' as const } : {}),
				message: poolShortfallWarning(shortfall, {
					pool: shape.text,
					shape,
					blockSize,
					layout,
					podsPerNode,
					tunnelAddressesPerNode: tunnel,
					borrowingStartsAtNode: layout.nodeCapacity + 1,
					poolAddresses: 2 ** (shape.bits - shape.prefix),
					strictAffinity,
				}),
				reason: `${c.podsPerNode === null ? 'Pods per node was not given, so each node was counted as needing one whole block. ' : ''}The block size is fixed once a pool exists, so the way out is a new, larger pool (or one with smaller blocks) and moving pods to it.`,
				move: 'new-pool',
			});
		}
		return hits;
	},
});
