import ipaddr from 'ipaddr.js';
import type { Cidr } from '../input/cidr';
import { blockSizeRange } from '../operator/pool-fit';
import { blockLayout, poolShortfall, poolShortfallWarning } from '../operator/pool-fit';
import { facts } from '../facts';
import type { CheckContext } from './context';
import type { CheckRule, RuleHit } from './types';

type Rule = CheckRule<CheckContext>;

/** True when two networks share an address: the shorter one holds the other's first address. */
export function cidrsOverlap(a: Cidr, b: Cidr): boolean {
	if (a.family !== b.family) return false;
	const [wide, narrow] = a.prefix <= b.prefix ? [a, b] : [b, a];
	const [wideAddress] = ipaddr.parseCIDR(wide.text);
	const [narrowAddress] = ipaddr.parseCIDR(narrow.text);
	return narrowAddress.match(wideAddress, wide.prefix);
}

const wireguardOn = (c: CheckContext) =>
	c.felix.some(
		(spec) =>
			spec[facts.wireguardFields.value.ipv4] === true ||
			spec[facts.wireguardFields.value.ipv6] === true
	);

/** How many nodes each pool has blocks for, and whether pools overlap the other networks the reader named. */
export const capacityRules: readonly Rule[] = [
	{
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
				hits.push({
					key: shape.text,
					message: poolShortfallWarning(shortfall, {
						pool: shape.text,
						shape,
						blockSize,
						layout,
						podsPerNode,
						tunnelAddressesPerNode: tunnel,
						borrowingStartsAtNode: layout.nodeCapacity + 1,
						poolAddresses: 2 ** (shape.bits - shape.prefix),
					}),
					reason: `${c.podsPerNode === null ? 'Pods per node was not given, so each node was counted as needing one whole block. ' : ''}The block size is fixed once a pool exists, so the way out is a new, larger pool (or one with smaller blocks) and moving pods to it.`,
					move: 'new-pool',
				});
			}
			return hits;
		},
	},
	{
		id: 'pool-overlap',
		severity: 'error',
		checks: 'No pool overlaps the service CIDR or the node network, when they are given.',
		facts: [],
		run: (c) => {
			const hits: RuleHit[] = [];
			const others = [
				['the service CIDR', c.serviceCidr],
				['the node network', c.nodeCidr],
			] as const;
			for (const pool of c.allPools)
				for (const [name, other] of others)
					if (pool.parsed && other && cidrsOverlap(pool.parsed, other))
						hits.push({
							key: `${pool.parsed.text}:${name}`,
							message: `Pool ${pool.parsed.text} overlaps ${name} (${other.text}).`,
							reason:
								'An address in both ranges is ambiguous: packets for a pod may go to a service or a node instead, or the other way round. A pool’s CIDR cannot change, so move pods to a new pool in free space.',
							move: 'new-pool',
						});
			return hits;
		},
	},
	{
		id: 'bgp-mesh-size',
		severity: 'info',
		checks:
			'With BGP on and more nodes than a full node-to-node mesh suits, route reflectors are in place of the mesh.',
		facts: ['bgpMeshNodeLimit'],
		run: (c) => {
			const limit = facts.bgpMeshNodeLimit.value;
			if (c.nodes === null || c.nodes <= limit || c.bgp !== 'Enabled' || c.cni !== 'Calico')
				return [];
			if (c.bgpConfigs.some((spec) => spec.nodeToNodeMeshEnabled === false)) return [];
			return [
				{
					message: `BGP is on with a full node-to-node mesh, and the cluster has ${c.nodes} nodes (a mesh suits about ${limit}).`,
					reason: `Each node keeps a BGP session with every other one, ${c.nodes - 1} each here; past about ${limit} nodes route reflectors keep the sessions and the load down.`,
					move: 'mesh-to-route-reflectors',
				},
			];
		},
	},
];
