import { facts } from '../facts';
import { formatCount as n } from '../input/format';
import { blockSizeRange } from '../operator/pool-fit';
import type { CalicoPlan, WindowsPlan } from './ip-plan-types';

/** What Windows nodes can hold in one block each, and the block size that would hold the pods when it cannot. */
export function windowsPlan(
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
export function windowsWarnings(
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
