import { facts } from '../facts';
import { formatCount as n } from '../input/format';

/** Block sizes Calico accepts, by IP family. */
export const blockSizeRange = { 4: facts.blockSizeV4.value, 6: facts.blockSizeV6.value } as const;

/** How a pool divides into Calico IPAM blocks, and how many nodes get all the blocks they need. */
export interface BlockLayout {
	addressesPerBlock: number;
	blocksInPool: number;
	/** Blocks a node needs for its pods and its own addresses (the tunnel device's). */
	blocksPerNode: number;
	/** Nodes the pool has blocks for, each with all the blocks it needs: blocks in the pool ÷ blocks per node, rounded down. */
	nodeCapacity: number;
}

/** The pool's shape a layout needs: its prefix length and the bits in an address of its family. */
export interface PoolShape {
	prefix: number;
	bits: 32 | 128;
	family: 4 | 6;
}

/** Splits a pool into blocks of `blockSize` for nodes that each need `addressesPerNode` addresses. */
export function blockLayout(
	pool: PoolShape,
	blockSize: number,
	addressesPerNode: number
): BlockLayout {
	const addressesPerBlock = 2 ** (pool.bits - blockSize);
	const blocksInPool = 2 ** (blockSize - pool.prefix);
	const blocksPerNode = Math.ceil(addressesPerNode / addressesPerBlock);
	return {
		addressesPerBlock,
		blocksInPool,
		blocksPerNode,
		nodeCapacity: Math.floor(blocksInPool / blocksPerNode),
	};
}

/** A pool with room for fewer nodes than the cluster has, and the changes that would give every node all its blocks. */
export interface PoolShortfall {
	nodes: number;
	/** Nodes the pool has room for (`nodeCapacity`), fewer than `nodes`. */
	nodeCapacity: number;
	/** True when the pool has fewer addresses than the pods and tunnel devices need, so no block size helps. */
	tooFewAddresses: boolean;
	/** The largest smaller block (the shortest longer prefix) that gives every node all its blocks in this pool, and the nodes it has room for; null when none does. */
	smallerBlock: { blockSize: number; nodeCapacity: number } | null;
	/** The longest pool prefix (the smallest pool) that gives every node all its blocks at the current block size; null when no pool of the family is large enough. */
	largerPoolPrefix: number | null;
}

/** What a pool lacks for a cluster's nodes, or null when every node gets all the blocks it needs. */
export function poolShortfall(
	pool: PoolShape,
	blockSize: number,
	nodes: number,
	addressesPerNode: number
): PoolShortfall | null {
	const { nodeCapacity, blocksPerNode } = blockLayout(pool, blockSize, addressesPerNode);
	if (nodes <= nodeCapacity) return null;
	const tooFewAddresses = nodes * addressesPerNode > 2 ** (pool.bits - pool.prefix);

	let smallerBlock: PoolShortfall['smallerBlock'] = null;
	for (
		let size = blockSize + 1;
		!tooFewAddresses && size <= blockSizeRange[pool.family].max;
		size++
	) {
		const layout = blockLayout(pool, size, addressesPerNode);
		if (layout.nodeCapacity >= nodes) {
			smallerBlock = { blockSize: size, nodeCapacity: layout.nodeCapacity };
			break;
		}
	}

	// Each bit off the pool's prefix doubles its blocks; count the bits the cluster's blocks need.
	let bits = 0;
	while (2 ** bits < nodes * blocksPerNode) bits++;
	const largerPoolPrefix = blockSize - bits >= 0 ? blockSize - bits : null;

	return { nodes, nodeCapacity, tooFewAddresses, smallerBlock, largerPoolPrefix };
}

/** The facts of the plan a shortfall warning names. */
export interface ShortfallContext {
	/** The pool as written canonically, e.g. `10.0.0.0/21`. */
	pool: string;
	shape: PoolShape;
	blockSize: number;
	layout: BlockLayout;
	podsPerNode: number;
	tunnelAddressesPerNode: number;
	/** The first node that cannot get all its blocks. */
	borrowingStartsAtNode: number;
	poolAddresses: number;
	/** True when the IPAMConfiguration sets strictAffinity: nodes then cannot borrow addresses from others' blocks. */
	strictAffinity?: boolean;
}

const plural = (count: number, word: string) => `${n(count)} ${word}${count === 1 ? '' : 's'}`;

/** The warning for a pool too small for the cluster's nodes: both node counts, why, and the fix with the block size or pool size that would fit. */
export function poolShortfallWarning(shortfall: PoolShortfall, plan: ShortfallContext): string {
	const { layout, blockSize } = plan;
	const tunnel = plan.tunnelAddressesPerNode > 0;
	const room = `The pool has room for ${plural(shortfall.nodeCapacity, 'node')}, but the cluster has ${n(shortfall.nodes)}.`;
	const why = `${plan.pool} holds ${plural(layout.blocksInPool, 'block')} of /${blockSize} (${n(layout.addressesPerBlock)} addresses each), and each node needs ${plural(layout.blocksPerNode, 'block')} for its ${plural(plan.podsPerNode, 'pod')}${tunnel ? ' and its tunnel address' : ''}.`;
	const largerPool =
		shortfall.largerPoolPrefix === null ? null : `a /${shortfall.largerPoolPrefix} pool or larger`;

	if (shortfall.tooFewAddresses) {
		const needed = shortfall.nodes * (plan.podsPerNode + plan.tunnelAddressesPerNode);
		const fix = largerPool
			? `Use ${largerPool}.`
			: `No IPv${plan.shape.family} pool is that large: plan fewer nodes or fewer pods per node.`;
		return `${room} ${why} Its ${n(plan.poolAddresses)} addresses cannot hold the ${n(needed)} the cluster needs (one for each pod${tunnel ? ' and each node’s tunnel' : ''}), so no block size fits and borrowing cannot make up for it. ${fix}`;
	}

	const short =
		layout.blocksPerNode === 1
			? 'get no block of their own'
			: 'cannot get all the blocks they need';
	const borrowing = plan.strictAffinity
		? `Calico IPAM hands out whole blocks only while the pool has free ones: from node ${n(plan.borrowingStartsAtNode)} on, nodes ${short}, and with strictAffinity: true they may not borrow from other nodes’ blocks, so pods there get no address.`
		: `Calico IPAM hands out whole blocks only while the pool has free ones: from node ${n(plan.borrowingStartsAtNode)} on, nodes ${short} and borrow single addresses from other nodes’ blocks, which adds /${plan.shape.bits} routes.`;
	const fixes = [
		shortfall.smallerBlock &&
			`/${shortfall.smallerBlock.blockSize} blocks (room for ${plural(shortfall.smallerBlock.nodeCapacity, 'node')})`,
		largerPool,
	].filter((fix): fix is string => Boolean(fix));
	const fix = fixes.length
		? ` To give every node the blocks it needs, use ${fixes.join(' or ')}.`
		: '';
	return `${room} ${why} ${borrowing}${fix}`;
}
