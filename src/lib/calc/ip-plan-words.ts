import { formatCount as n } from '../input/format';
import type { IpPlan } from './ip-plan-types';

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
