import {
	overheadBytes,
	wrapperNames,
	wrapperTraffic,
	type IpVersion,
} from '../catalog/encapsulation';
import { facts } from '../facts';
import { commonUnderlays, podMtu } from '../calc/mtu';

/** The two wrappers Calico can put around pod traffic between nodes. */
type OverlayWrapper = 'vxlan' | 'ipip';

/** The MTU of standard Ethernet (1500), the underlay the guide's examples assume. */
export const standardEthernetMtu: number = commonUnderlays.find((u) => u.id === 'ethernet')!.mtu;

/** The rows the VXLAN and IP-in-IP comparison can show. */
export type WrapperRowId =
	| 'overhead'
	| 'podMtu'
	| 'ipv6'
	| 'routes'
	| 'needsBgp'
	| 'traffic'
	| 'windows'
	| 'azure'
	| 'failures';

/** One row of the VXLAN and IP-in-IP comparison, every cell in words; code is marked with backticks, as in Markdown. */
export interface WrapperComparisonRow {
	id: WrapperRowId;
	label: string;
	vxlan: string;
	ipip: string;
}

const versions: readonly IpVersion[] = [4, 6];
const bgpPort = facts.bgpPort.value;
const felixRoutesSince = facts.programClusterRoutesSince.value;
const operatorRoutesSince = facts.clusterRoutingModeSince.value;
const ipipWithoutBgpSince = facts.ipipWithoutBgpSince.value;

/** A number per IP version the wrapper carries: "50 (IPv4), 70 (IPv6)", or "20 (IPv4 only)". */
function perVersion(wrapper: OverlayWrapper, value: (ipVersion: IpVersion) => number): string {
	const carried = versions.filter((v) => overheadBytes[wrapper][v] !== null);
	if (carried.length === 1) return `${value(carried[0]!)} (IPv${carried[0]} only)`;
	return carried.map((v) => `${value(v)} (IPv${v})`).join(', ');
}

const cells: Record<WrapperRowId, { label: string; cell: (wrapper: OverlayWrapper) => string }> = {
	overhead: {
		label: 'Bytes added per wrapped packet',
		cell: (w) => perVersion(w, (v) => overheadBytes[w][v] as number),
	},
	podMtu: {
		label: `Pod MTU on a ${standardEthernetMtu}-byte network`,
		cell: (w) =>
			perVersion(
				w,
				(v) => podMtu({ underlayMtu: standardEthernetMtu, encapsulation: w, ipVersion: v }).podMtu
			),
	},
	ipv6: {
		label: 'IPv6 pod pools',
		cell: (w) => (overheadBytes[w][6] === null ? 'No, IPv4 only' : 'Yes'),
	},
	routes: {
		label: 'How nodes learn each other’s pod blocks',
		cell: (w) =>
			w === 'vxlan'
				? 'Felix programs the routes itself, without BGP'
				: `Felix programs them from Calico ${ipipWithoutBgpSince}; before, BIRD shared them over BGP (TCP port ${bgpPort}) unless Felix was told to (from ${felixRoutesSince})`,
	},
	needsBgp: {
		label: 'Needs BGP',
		cell: (w) =>
			w === 'vxlan'
				? 'No'
				: `No from ${ipipWithoutBgpSince} (unless \`clusterRoutingMode: BIRD\`); before, yes unless Felix’s \`programClusterRoutes\` (from ${felixRoutesSince}) or the operator’s \`clusterRoutingMode: Felix\` (from ${operatorRoutesSince}) took the routes`,
	},
	traffic: {
		label: 'What the network between nodes must let through',
		cell: (w) =>
			w === 'vxlan'
				? wrapperTraffic.vxlan
				: `${wrapperTraffic.ipip}, plus TCP port ${bgpPort} where BGP carries the routes (before ${ipipWithoutBgpSince}, or with \`clusterRoutingMode: BIRD\`)`,
	},
	windows: {
		label: 'Windows nodes',
		cell: (w) =>
			(facts.windowsEncapsulations.value as readonly string[]).includes(wrapperNames[w])
				? 'Always mode only, no cross-subnet'
				: 'Not supported',
	},
	azure: {
		label: 'Works on Azure',
		cell: (w) =>
			w === 'ipip' && facts.azureDropsIpip.value ? 'No, Azure’s network drops IP-in-IP' : 'Yes',
	},
	failures: {
		label: 'Where it fails',
		cell: (w) =>
			w === 'vxlan'
				? 'Cross-subnet: not applicable on Google Cloud; needs the source/destination check off on AWS, and a route per node plus IP forwarding on Azure'
				: `${facts.azureDropsIpip.value ? 'Azure’s network drops IP-in-IP packets; ' : ''}same cross-subnet caveats as VXLAN`,
	},
};

/** Every row the comparison can show, in the order pages show them. */
export const wrapperRowIds = Object.keys(cells) as WrapperRowId[];

/** Rows comparing VXLAN with IP-in-IP, in the order asked for (all of them by default). */
export function wrapperComparison(
	rows: readonly WrapperRowId[] = wrapperRowIds
): WrapperComparisonRow[] {
	return rows.map((id) => ({
		id,
		label: cells[id].label,
		vxlan: cells[id].cell('vxlan'),
		ipip: cells[id].cell('ipip'),
	}));
}

/** One row of the overhead table: a wrapper (or none), the bytes it adds and the pod MTU left. */
export interface OverheadRow {
	id: string;
	label: string;
	bytes: number;
	podMtu: number;
}

/** Bytes each overlay wrapper adds and the pod MTU it leaves on an underlay, starting with no wrapper. */
export function overheadRows(underlayMtu: number = standardEthernetMtu): OverheadRow[] {
	const none = podMtu({ underlayMtu, encapsulation: 'none' });
	const rows: OverheadRow[] = [{ id: 'none', label: 'None', bytes: 0, podMtu: none.podMtu }];
	for (const wrapper of ['ipip', 'vxlan'] as const) {
		const carried = versions.filter((v) => overheadBytes[wrapper][v] !== null);
		for (const ipVersion of carried) {
			const result = podMtu({ underlayMtu, encapsulation: wrapper, ipVersion });
			rows.push({
				id: `${wrapper}${ipVersion}`,
				label:
					carried.length === 1
						? wrapperNames[wrapper]
						: `${wrapperNames[wrapper]} over IPv${ipVersion}`,
				bytes: result.overheads[0]!.bytes,
				podMtu: result.podMtu,
			});
		}
	}
	return rows;
}
