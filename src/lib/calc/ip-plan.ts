import { facts, hostLocalPodsPerRange } from '../facts';
import { parseCidr } from './cidr';
import { InputError, wholeNumber } from './errors';

/** What the IP plan calculator needs. */
export interface IpPlanInput {
	/** The pod IP pool, e.g. `192.168.0.0/16`. */
	poolCidr: string;
	nodes: number;
	podsPerNode: number;
	/** Calico IPAM block prefix length; default 26 for IPv4 and 122 for IPv6. */
	blockSize?: number;
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
	/** Nodes that get all the blocks they need before the pool runs out of free blocks. */
	nodesThatFit: number;
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
	/** Nodes that get a /24 from the pool. */
	nodesThatFit: number;
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

/** Compares how Calico IPAM blocks and host-local /24s spend a pod pool for a cluster's size. */
export function planAddresses(input: IpPlanInput): IpPlan {
	const pool = parseCidr(input.poolCidr, 'poolCidr');
	const nodes = wholeNumber('nodes', 'The number of nodes', input.nodes, 1, 1_000_000);
	const podsPerNode = wholeNumber('podsPerNode', 'Pods per node', input.podsPerNode, 1, 100_000);
	const range = blockSizeRange[pool.family];
	const blockSize = input.blockSize ?? range.default;
	if (
		typeof blockSize !== 'number' ||
		!Number.isInteger(blockSize) ||
		blockSize < range.min ||
		blockSize > range.max
	) {
		throw new InputError(
			'blockSize',
			`The block size must be a prefix length from /${range.min} to /${range.max} for IPv${pool.family} (got ${String(blockSize)}).`
		);
	}
	if (blockSize < pool.prefix) {
		throw new InputError(
			'blockSize',
			`A /${blockSize} block is larger than the /${pool.prefix} pool. Choose a block size of /${pool.prefix} or longer, or a larger pool.`
		);
	}

	const poolAddresses = 2 ** (pool.bits - pool.prefix);
	const addressesPerBlock = 2 ** (pool.bits - blockSize);
	const blocksInPool = 2 ** (blockSize - pool.prefix);
	const tunnelAddressesPerNode = input.tunnel ? facts.tunnelAddressesPerNode.value : 0;
	const blocksPerNode = Math.ceil((podsPerNode + tunnelAddressesPerNode) / addressesPerBlock);
	const blocksNeeded = nodes * blocksPerNode;
	const blocksHeld = Math.min(blocksNeeded, blocksInPool);
	const pods = nodes * podsPerNode;
	const nodesThatFit = Math.min(nodes, Math.floor(blocksInPool / blocksPerNode));
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
		nodesThatFit,
		borrowingStartsAtNode: blocksNeeded > blocksInPool ? nodesThatFit + 1 : null,
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
			nodesThatFit: ranges,
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
