import { facts, hostLocalPodsPerRange } from '../facts';
import { InputError } from '../input/errors';
import { planAddresses } from '../calc/ip-plan';
import { formatCount as n } from '../input/format';

/** The cluster the IPAM comparison describes. */
export interface IpamComparisonInput {
	nodes: number;
	podsPerNode: number;
	/** An IPv4 pool large enough for both layouts; default Calico's default pool. */
	poolCidr?: string;
}

/** One row of the IPAM comparison, both cells in words. */
export interface IpamComparisonRow {
	id: 'perNode' | 'allNodes' | 'used' | 'idle' | 'smallestPool' | 'growTo';
	label: string;
	calico: string;
	hostLocal: string;
}

/** The IPAM comparison: a caption, the two column headings and the rows. */
export interface IpamComparison {
	caption: string;
	columns: { calico: string; hostLocal: string };
	rows: IpamComparisonRow[];
}

/** The longest IPv4 prefix (the smallest pool) that holds `count` ranges of prefix length `rangePrefix`. */
export function smallestPoolPrefix(count: number, rangePrefix: number): number {
	let bits = 0;
	while (2 ** bits < count) bits++;
	if (bits > rangePrefix)
		throw new InputError('count', `No IPv4 pool holds ${n(count)} ranges of /${rangePrefix}.`);
	return rangePrefix - bits;
}

/** How Calico IPAM blocks and host-local /24s spend addresses for one cluster, as a table of words and numbers. */
export function ipamComparison({
	nodes,
	podsPerNode,
	poolCidr = facts.defaultPoolV4.value,
}: IpamComparisonInput): IpamComparison {
	const plan = planAddresses({ poolCidr, nodes, podsPerNode });
	const { calico, hostLocal } = plan;
	if (!hostLocal)
		throw new InputError('poolCidr', 'The comparison with host-local needs an IPv4 pool.');
	if (!hostLocal.fits || calico.borrowingStartsAtNode !== null) {
		throw new InputError(
			'poolCidr',
			`The ${plan.pool} pool is too small for ${n(nodes)} nodes under both layouts; choose a larger one.`
		);
	}

	const calicoPool = smallestPoolPrefix(calico.blocksNeeded, calico.blockSize);
	const hostLocalPool = smallestPoolPrefix(nodes, hostLocal.rangePrefix);
	const pool = (prefix: number, ranges: string) =>
		`/${prefix} (${n(2 ** (32 - prefix))}: room for ${ranges})`;
	const blocks = calico.blocksPerNode === 1 ? 'one block' : `${n(calico.blocksPerNode)} blocks`;

	return {
		caption: `Pod addresses for ${n(nodes)} nodes running ${n(podsPerNode)} pods each`,
		columns: {
			calico: `Calico IPAM (/${calico.blockSize} blocks)`,
			hostLocal: `host-local (/${hostLocal.rangePrefix} per node)`,
		},
		rows: [
			{
				id: 'perNode',
				label: 'Held per node',
				calico: `${n(calico.blocksPerNode * calico.addressesPerBlock)} addresses (${blocks})`,
				hostLocal: `${n(hostLocal.addressesPerNode)} addresses`,
			},
			{
				id: 'allNodes',
				label: `Held by ${n(nodes)} nodes`,
				calico: n(calico.addressesInBlocks),
				hostLocal: n(hostLocal.addressesInRanges),
			},
			{
				id: 'used',
				label: `Used by ${n(plan.pods)} pods`,
				calico: n(calico.addressesInBlocks - calico.stranded),
				hostLocal: n(hostLocal.addressesInRanges - hostLocal.stranded),
			},
			{
				id: 'idle',
				label: 'Held but idle',
				calico: n(calico.stranded),
				hostLocal: n(hostLocal.stranded),
			},
			{
				id: 'smallestPool',
				label: 'Smallest pool that fits',
				calico: pool(calicoPool, `${n(2 ** (calico.blockSize - calicoPool))} blocks`),
				hostLocal: pool(
					hostLocalPool,
					`${n(2 ** (hostLocal.rangePrefix - hostLocalPool))} /${hostLocal.rangePrefix}s`
				),
			},
			{
				id: 'growTo',
				label: 'Pods a node can grow to',
				calico: 'More blocks as needed',
				hostLocal: n(hostLocalPodsPerRange),
			},
		],
	};
}
