import { facts, hostLocalPodsPerRange } from '../facts';
import { parseCidr } from './cidr';
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
	warnings: string[];
}

/** Block sizes Calico accepts, by IP family. */
export const blockSizeRange = { 4: facts.blockSizeV4.value, 6: facts.blockSizeV6.value } as const;

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
	const nodes = wholeNumber('nodes', 'The number of nodes', input.nodes, 1, 1_000_000);
	const podsPerNode = wholeNumber('podsPerNode', 'Pods per node', input.podsPerNode, 1, 100_000);
	const blockSize = blockSizeFor(pool.family, input.blockSize, pool.prefix);

	const poolAddresses = 2 ** (pool.bits - pool.prefix);
	const addressesPerBlock = 2 ** (pool.bits - blockSize);
	const blocksInPool = 2 ** (blockSize - pool.prefix);
	const tunnelAddressesPerNode = input.tunnel ? facts.tunnelAddressesPerNode.value : 0;
	const blocksPerNode = Math.ceil((podsPerNode + tunnelAddressesPerNode) / addressesPerBlock);
	const blocksNeeded = nodes * blocksPerNode;
	const blocksHeld = Math.min(blocksNeeded, blocksInPool);
	const pods = nodes * podsPerNode;
	const nodeCapacity = Math.floor(blocksInPool / blocksPerNode);
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

	const warnings: string[] = [];
	if (!calico.enoughAddresses)
		warnings.push(
			`The pool has ${poolAddresses} addresses but ${pods} pods need one each. Use a larger pool.`
		);
	else if (calico.borrowingStartsAtNode !== null) {
		warnings.push(
			`The pool has ${blocksInPool} blocks of /${blockSize}; from node ${calico.borrowingStartsAtNode} on, nodes borrow single addresses from other nodes’ blocks, which adds /32 routes. Aim for at least as many blocks as nodes: use a larger pool or a smaller block.`
		);
	}
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
