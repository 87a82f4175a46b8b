import { facts, hostLocalPodsPerRange } from '../facts';
import { parseCidr } from '../input/cidr';
import {
	blockLayout,
	blockSizeRange,
	poolShortfall,
	poolShortfallWarning,
} from '../operator/pool-fit';
import {
	InputError,
	isBlank,
	readNumber,
	shownValue,
	wholeNumber,
	type NumberInput,
} from '../input/errors';
import { windowsPlan, windowsWarnings } from './ip-plan-windows';
import type { IpPlan, IpPlanInput, CalicoPlan, HostLocalPlan } from './ip-plan-types';

export type { IpPlanInput, WindowsPlan, CalicoPlan, HostLocalPlan, IpPlan } from './ip-plan-types';
export { ipPlanWords, type IpPlanRow, type IpPlanWords } from './ip-plan-words';

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
