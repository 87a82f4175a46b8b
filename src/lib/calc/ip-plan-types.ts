/** The IP plan calculator's input and answer, as types shared by its parts. */
import type { NumberInput } from '../input/errors';
import type { PoolShortfall } from '../operator/pool-fit';

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
