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
	/** How many of the nodes run Windows; blank or left out, none. */
	windowsNodes?: NumberInput;
}

/** What Windows nodes change in Calico IPAM: one block each, part of it kept by Windows, and no borrowing anywhere. */
export interface WindowsPlan {
	nodes: number;
	/** Addresses of each Windows-owned block that Windows keeps for itself. */
	reservedPerBlock: number;
	/** Pods one Windows node can run: its one block less the reserved addresses (and the tunnel's). */
	podsPerNode: number;
	/** True when the pods per node fit in a Windows node's one block. */
	fits: boolean;
	/** When they do not: the largest block (shortest prefix) the pool allows that would hold them, and its pods per Windows node; else null. */
	blockThatFits: { blockSize: number; podsPerNode: number } | null;
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
	/** When the pool has room for fewer nodes than the cluster has: both counts and the block or pool size that would fit; else null (and null with Windows nodes, whose warning says it in its own words). */
	shortfall: PoolShortfall | null;
	/** What the Windows nodes change, or null when there are none. */
	windows: WindowsPlan | null;
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

/** How many of the nodes run Windows: blank means none; else a whole number from 0 to the node count, or an `InputError` in words. */
export function readWindowsNodes(value: unknown, nodes: number): number {
	if (value === undefined || isBlank(value)) return 0;
	return wholeNumber('windowsNodes', 'The number of Windows nodes', value, 0, nodes);
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
	const windowsNodes = readWindowsNodes(input.windowsNodes, nodes);
	const linuxNodes = nodes - windowsNodes;
	const tunnelAddressesPerNode = input.tunnel ? facts.tunnelAddressesPerNode.value : 0;
	const layout = blockLayout(pool, blockSize, podsPerNode + tunnelAddressesPerNode);
	const { addressesPerBlock, blocksInPool, blocksPerNode } = layout;
	const windows =
		windowsNodes > 0
			? windowsPlan(pool, blockSize, windowsNodes, podsPerNode, tunnelAddressesPerNode)
			: null;
	// A Windows node holds exactly one block, whatever its pods need.
	const blocksNeeded = linuxNodes * blocksPerNode + windowsNodes * facts.windowsBlocksPerNode.value;
	const blocksHeld = Math.min(blocksNeeded, blocksInPool);
	const pods = nodes * podsPerNode;
	const podsServed =
		linuxNodes * podsPerNode + windowsNodes * Math.min(podsPerNode, windows?.podsPerNode ?? 0);
	// Windows nodes are counted first: each needs its one block, and with strict affinity none can borrow.
	const nodeCapacity = windows
		? Math.min(windowsNodes, blocksInPool) +
			Math.floor(Math.max(0, blocksInPool - windowsNodes) / blocksPerNode)
		: layout.nodeCapacity;
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
			addressesInBlocks - podsServed - Math.min(nodes, blocksHeld) * tunnelAddressesPerNode
		),
		nodeCapacity,
		nodesWithAllBlocks,
		// Windows needs strict affinity, which turns borrowing off for every node.
		borrowingStartsAtNode: !windows && blocksNeeded > blocksInPool ? nodesWithAllBlocks + 1 : null,
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

	const shortfall = windows
		? null
		: poolShortfall(pool, blockSize, nodes, podsPerNode + tunnelAddressesPerNode);
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
	if (windows) warnings.push(...windowsWarnings(windows, calico, pool, linuxNodes, podsPerNode));
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
		windows,
		warnings,
	};
}

/** What Windows nodes can hold in one block each, and the block size that would hold the pods when it cannot. */
function windowsPlan(
	pool: { prefix: number; bits: 32 | 128; family: 4 | 6 },
	blockSize: number,
	nodes: number,
	podsPerNode: number,
	tunnelAddressesPerNode: number
): WindowsPlan {
	const reservedPerBlock = facts.windowsReservedPerBlock.value;
	const podsIn = (size: number) =>
		2 ** (pool.bits - size) - reservedPerBlock - tunnelAddressesPerNode;
	const fits = podsPerNode <= podsIn(blockSize);
	let blockThatFits: WindowsPlan['blockThatFits'] = null;
	// The smallest block that holds the pods: the longest prefix, walking towards larger blocks.
	for (
		let size = blockSize - 1;
		!fits && size >= Math.max(blockSizeRange[pool.family].min, pool.prefix);
		size--
	)
		if (podsIn(size) >= podsPerNode) {
			blockThatFits = { blockSize: size, podsPerNode: podsIn(size) };
			break;
		}
	return {
		nodes,
		reservedPerBlock,
		podsPerNode: Math.max(0, podsIn(blockSize)),
		fits,
		blockThatFits,
	};
}

/** What a reader with Windows nodes must do or will meet: strict affinity, pods that do not fit one block, a pool without a block for every node. */
function windowsWarnings(
	windows: WindowsPlan,
	calico: CalicoPlan,
	pool: { text: string; bits: number },
	linuxNodes: number,
	podsPerNode: number
): string[] {
	const warnings = [
		`Windows nodes need strictAffinity: true in the IPAMConfiguration named default (kubectl patch ipamconfigurations default --type merge --patch='{"spec": {"strictAffinity": true}}'). With it no node borrows addresses from another's block, Linux nodes included.`,
	];
	const per = `A Windows node uses one /${calico.blockSize} block of ${n(calico.addressesPerBlock)} addresses and Windows keeps ${windows.reservedPerBlock} of them${calico.tunnelAddressesPerNode ? ', and the tunnel takes one' : ''}, leaving ${n(windows.podsPerNode)} for pods`;
	if (!windows.fits)
		warnings.push(
			`${per}: ${n(podsPerNode)} pods per node do not fit on the Windows nodes. ${
				windows.blockThatFits
					? `Use /${windows.blockThatFits.blockSize} blocks (${n(windows.blockThatFits.podsPerNode)} pods per Windows node), set on the pool before any pod gets an address.`
					: `No block this pool allows holds that many: run fewer pods per Windows node.`
			}`
		);
	if (calico.blocksNeeded > calico.blocksInPool) {
		let bits = 0;
		while (2 ** bits < calico.blocksNeeded) bits++;
		const prefix = calico.blockSize - bits;
		warnings.push(
			`The pool has room for ${n(calico.nodeCapacity)} nodes, but the cluster has ${n(linuxNodes + windows.nodes)}: ${pool.text} holds ${n(calico.blocksInPool)} blocks of /${calico.blockSize}, and the nodes need ${n(calico.blocksNeeded)} (${n(linuxNodes)} Linux nodes × ${n(calico.blocksPerNode)}, ${n(windows.nodes)} Windows nodes × 1). With strict affinity nobody borrows, so nodes past that get no addresses and their pods do not start.${prefix >= 0 ? ` Use a /${prefix} pool or larger.` : ''}`
		);
	}
	return warnings;
}

/** One measure of the IP plan calculator's table, in words for Calico IPAM and for host-local ('—' when host-local does not apply). */
export interface IpPlanRow {
	id: 'held' | 'stranded' | 'nodeCapacity' | 'perNode' | 'perWindowsNode';
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
			...(plan.windows
				? [
						{
							id: 'perWindowsNode' as const,
							label: 'Per Windows node',
							calico: `1 block of ${n(calico.addressesPerBlock)}, ${plan.windows.reservedPerBlock} kept by Windows${tunnel}: ${n(plan.windows.podsPerNode)} pods at most`,
							hostLocal: none,
						},
					]
				: []),
		],
		hostLocalNote: hostLocal
			? null
			: 'host-local’s /24 per node is an IPv4 layout, so there is no comparison for an IPv6 pool.',
	};
}
