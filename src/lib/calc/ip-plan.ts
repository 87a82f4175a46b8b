import { facts, hostLocalPodsPerRange } from '../facts';
import { parseCidr } from './cidr';
import {
	blockLayout,
	blockSizeRange,
	poolShortfall,
	poolShortfallWarning,
	type PoolShortfall,
} from './pool-fit';
import {
	InputError,
	isBlank,
	readNumber,
	shownValue,
	wholeNumber,
	type NumberInput,
} from './errors';

/** What the IP plan calculator needs. */
export interface IpPlanInput {
	/** The pod IP pool, e.g. `192.168.0.0/16`. */
	poolCidr: string;
	nodes: NumberInput;
	podsPerNode: NumberInput;
	/** Calico IPAM block prefix length; left out or blank, 26 for IPv4 and 122 for IPv6. */
	blockSize?: NumberInput;
	/** Each node's tunnel device (VXLAN, IP-in-IP or WireGuard) takes one address of its first block. Default false. */
	tunnel?: boolean;
}

/** How Calico IPAM's blocks spend the pool. */
export interface CalicoPlan {
	blockSize: number;
	addressesPerBlock: number;
	blocksInPool: number;
	blocksPerNode: number;
	/** Addresses each node takes for itself (its tunnel device), on top of its pods. */
	tunnelAddressesPerNode: number;
	blocksNeeded: number;
	/** Addresses held in blocks that nodes own. */
	addressesInBlocks: number;
	/** Addresses held in nodes' blocks but not used by a pod. */
	stranded: number;
	/** How many nodes the pool has blocks for, each with all the blocks it needs, whatever the cluster's size. */
	nodeCapacity: number;
	/** Of the cluster's nodes, how many get all their blocks before the pool runs out of free ones: `nodeCapacity` capped at the node count. */
	nodesWithAllBlocks: number;
	/** The first node that finds no free block and must borrow single addresses from other nodes' blocks; null when none does. */
	borrowingStartsAtNode: number | null;
	/** True when the pool holds enough addresses for every pod at all (borrowing included). */
	enoughAddresses: boolean;
}

/** How host-local IPAM, with a fixed /24 per node, would spend the same pool. */
export interface HostLocalPlan {
	rangePrefix: 24;
	addressesPerNode: 256;
	/** Addresses host-local hands to pods from each /24: all but the network, gateway (.1) and broadcast addresses. */
	assignablePerNode: number;
	/** How many nodes the pool has a /24 for, whatever the cluster's size. */
	nodeCapacity: number;
	addressesInRanges: number;
	stranded: number;
	/** True when every node gets a /24 and every node's pods fit in it. */
	fits: boolean;
}

/** What the IP plan calculator answers. */
export interface IpPlan {
	pool: string;
	family: 4 | 6;
	poolAddresses: number;
	/** True when counts exceed what a JavaScript number holds exactly (large IPv6 pools). */
	approximate: boolean;
	pods: number;
	calico: CalicoPlan;
	/** Null for IPv6 pools: host-local's /24 per node is an IPv4 layout. */
	hostLocal: HostLocalPlan | null;
	/** When the pool has room for fewer nodes than the cluster has: both counts and the block or pool size that would fit; else null. */
	shortfall: PoolShortfall | null;
	warnings: string[];
}

/** Block sizes Calico accepts, by IP family (kept with the block layout in `pool-fit`). */
export { blockSizeRange };

/** The node count a reader gave, as a whole number from 1 to a million; throws an `InputError` in words otherwise. */
export function readNodeCount(value: unknown): number {
	return wholeNumber('nodes', 'The number of nodes', value, 1, 1_000_000);
}

/** The pods per node a reader gave, as a whole number from 1 to 100,000; throws an `InputError` in words otherwise. */
export function readPodsPerNode(value: unknown): number {
	return wholeNumber('podsPerNode', 'Pods per node', value, 1, 100_000);
}

/** The Calico IPAM block size for a pool: the family's default when left out or blank, else a whole prefix length in the family's range and no shorter than the pool's. */
export function blockSizeFor(
	family: 4 | 6,
	value: NumberInput | undefined,
	poolPrefix: number
): number {
	const range = blockSizeRange[family];
	const blockSize = value === undefined || isBlank(value) ? range.default : readNumber(value);
	if (
		typeof blockSize !== 'number' ||
		!Number.isInteger(blockSize) ||
		blockSize < range.min ||
		blockSize > range.max
	) {
		throw new InputError(
			'blockSize',
			`The block size must be a prefix length from /${range.min} to /${range.max} for IPv${family} (got ${shownValue(blockSize)}).`
		);
	}
	if (blockSize < poolPrefix) {
		throw new InputError(
			'blockSize',
			`A /${blockSize} block is larger than the /${poolPrefix} pool. Choose a block size of /${poolPrefix} or longer, or a larger pool.`
		);
	}
	return blockSize;
}

/** Compares how Calico IPAM blocks and host-local /24s spend a pod pool for a cluster's size. */
export function planAddresses(input: IpPlanInput): IpPlan {
	const pool = parseCidr(input.poolCidr, 'poolCidr');
	const nodes = readNodeCount(input.nodes);
	const podsPerNode = readPodsPerNode(input.podsPerNode);
	const blockSize = blockSizeFor(pool.family, input.blockSize, pool.prefix);

	const poolAddresses = 2 ** (pool.bits - pool.prefix);
	const tunnelAddressesPerNode = input.tunnel ? facts.tunnelAddressesPerNode.value : 0;
	const layout = blockLayout(pool, blockSize, podsPerNode + tunnelAddressesPerNode);
	const { addressesPerBlock, blocksInPool, blocksPerNode, nodeCapacity } = layout;
	const blocksNeeded = nodes * blocksPerNode;
	const blocksHeld = Math.min(blocksNeeded, blocksInPool);
	const pods = nodes * podsPerNode;
	const nodesWithAllBlocks = Math.min(nodes, nodeCapacity);
	const addressesInBlocks = blocksHeld * addressesPerBlock;
	const calico: CalicoPlan = {
		blockSize,
		addressesPerBlock,
		blocksInPool,
		blocksPerNode,
		tunnelAddressesPerNode,
		blocksNeeded,
		addressesInBlocks,
		stranded: Math.max(
			0,
			addressesInBlocks - pods - Math.min(nodes, blocksHeld) * tunnelAddressesPerNode
		),
		nodeCapacity,
		nodesWithAllBlocks,
		borrowingStartsAtNode: blocksNeeded > blocksInPool ? nodesWithAllBlocks + 1 : null,
		enoughAddresses: pods + nodes * tunnelAddressesPerNode <= poolAddresses,
	};

	let hostLocal: HostLocalPlan | null = null;
	if (pool.family === 4) {
		const ranges = pool.prefix <= 24 ? 2 ** (24 - pool.prefix) : 0;
		const granted = Math.min(nodes, ranges);
		const used = granted * Math.min(podsPerNode, hostLocalPodsPerRange);
		hostLocal = {
			rangePrefix: 24,
			addressesPerNode: 256,
			assignablePerNode: hostLocalPodsPerRange,
			nodeCapacity: ranges,
			addressesInRanges: granted * 256,
			stranded: granted * 256 - used,
			fits: nodes <= ranges && podsPerNode <= hostLocalPodsPerRange,
		};
	}

	const shortfall = poolShortfall(pool, blockSize, nodes, podsPerNode + tunnelAddressesPerNode);
	const warnings: string[] = [];
	if (shortfall)
		warnings.push(
			poolShortfallWarning(shortfall, {
				pool: pool.text,
				shape: pool,
				blockSize,
				layout,
				podsPerNode,
				tunnelAddressesPerNode,
				borrowingStartsAtNode: nodesWithAllBlocks + 1,
				poolAddresses,
			})
		);
	if (hostLocal && podsPerNode > hostLocalPodsPerRange)
		warnings.push(
			`Host-local gives each node a /24, which holds at most ${hostLocalPodsPerRange} pods; ${podsPerNode} pods per node would not fit.`
		);

	return {
		pool: pool.text,
		family: pool.family,
		poolAddresses,
		approximate: poolAddresses > Number.MAX_SAFE_INTEGER,
		pods,
		calico,
		hostLocal,
		shortfall,
		warnings,
	};
}

/** One measure of the IP plan calculator's table, in words for Calico IPAM and for host-local ('—' when host-local does not apply). */
export interface IpPlanRow {
	id: 'held' | 'stranded' | 'nodeCapacity' | 'perNode';
	label: string;
	calico: string;
	hostLocal: string;
}

/** The IP plan calculator's answer in words: a summary, the table's caption, column headings and rows, and a note when host-local has no column. */
export interface IpPlanWords {
	summary: string;
	caption: string;
	columns: { calico: string; hostLocal: string };
	rows: IpPlanRow[];
	/** Why host-local's column is empty (IPv6 pools), or null. */
	hostLocalNote: string | null;
}

const n = (value: number) => value.toLocaleString('en-US');

/** The words and numbers the IP plan calculator shows for a plan. */
export function ipPlanWords(plan: IpPlan): IpPlanWords {
	const { calico, hostLocal } = plan;
	const none = '—';
	const blocks = `${n(calico.blocksPerNode)} block${calico.blocksPerNode === 1 ? '' : 's'}`;
	const tunnel = calico.tunnelAddressesPerNode > 0 ? ', one address for the tunnel' : '';
	return {
		summary: `${plan.pool} holds ${plan.approximate ? 'about ' : ''}${n(plan.poolAddresses)} addresses; ${n(plan.pods)} pods need one each.`,
		caption: 'Calico IPAM blocks against host-local ranges',
		columns: {
			calico: `Calico IPAM (/${calico.blockSize} blocks)`,
			hostLocal: 'host-local (/24 per node)',
		},
		rows: [
			{
				id: 'held',
				label: 'Addresses held by nodes',
				calico: n(calico.addressesInBlocks),
				hostLocal: hostLocal ? n(hostLocal.addressesInRanges) : none,
			},
			{
				id: 'stranded',
				label: 'Held but unused (stranded)',
				calico: n(calico.stranded),
				hostLocal: hostLocal ? n(hostLocal.stranded) : none,
			},
			{
				id: 'nodeCapacity',
				label: 'Nodes the pool has room for',
				calico: n(calico.nodeCapacity),
				hostLocal: hostLocal ? n(hostLocal.nodeCapacity) : none,
			},
			{
				id: 'perNode',
				label: 'Per node',
				calico: `${blocks} of ${n(calico.addressesPerBlock)}${tunnel}`,
				hostLocal: hostLocal
					? `${hostLocal.assignablePerNode} usable of ${hostLocal.addressesPerNode}`
					: none,
			},
		],
		hostLocalNote: hostLocal
			? null
			: 'host-local’s /24 per node is an IPv4 layout, so there is no comparison for an IPv6 pool.',
	};
}
