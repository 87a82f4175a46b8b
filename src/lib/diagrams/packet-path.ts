import { describeWrapper, getMode, type CrossNode } from './modes';
import { scenarioTitles, type Hop, type PacketPath, type Scenario, type Step } from './types';

/** Example addresses the diagrams use, so every path reads the same way. */
export const exampleAddresses = {
	podA: '192.168.1.5',
	podB: '192.168.2.7',
	podBSameNode: '192.168.1.9',
	nodeA: '10.0.1.10',
	nodeBSameSubnet: '10.0.1.11',
	nodeBOtherSubnet: '10.0.2.20',
	outside: '203.0.113.50',
} as const;

const inner = (src: string, dst: string) => `${src} → ${dst}`;

function sameNodePath(modeId: string): PacketPath {
	const { podA, podBSameNode } = exampleAddresses;
	const hops: Hop[] = [
		{ id: 'podA', label: `Pod A ${podA}`, kind: 'pod', place: 'node-a' },
		{ id: 'vethA', label: 'veth of pod A', kind: 'veth', place: 'node-a' },
		{ id: 'routeA', label: 'Node routing table', kind: 'routing', place: 'node-a' },
		{ id: 'vethB', label: 'veth of pod B', kind: 'veth', place: 'node-a' },
		{ id: 'podB', label: `Pod B ${podBSameNode}`, kind: 'pod', place: 'node-a' },
	];
	const packet = inner(podA, podBSameNode);
	const steps: Step[] = hops
		.slice(1)
		.map((hop, i) => ({ from: hops[i]!.id, to: hop.id, label: packet, wrapped: false }));
	return {
		mode: modeId,
		scenario: 'same-node',
		title: scenarioTitles['same-node'],
		applies: true,
		hops,
		steps,
		wrapper: null,
		routedBy: 'The node itself: a /32 route per local pod points at the pod’s veth',
	};
}

function crossNodePath(modeId: string, scenario: Scenario, how: CrossNode): PacketPath {
	const mode = getMode(modeId);
	const { podA, podB, nodeA } = exampleAddresses;
	const nodeB =
		scenario === 'same-subnet'
			? exampleAddresses.nodeBSameSubnet
			: exampleAddresses.nodeBOtherSubnet;
	const wrapper = how.tunnel ? describeWrapper(how.tunnel.wrapper) : null;
	const hops: Hop[] = [
		{ id: 'podA', label: `Pod A ${podA}`, kind: 'pod', place: 'node-a' },
		{ id: 'vethA', label: 'veth of pod A', kind: 'veth', place: 'node-a' },
		{ id: 'routeA', label: 'Routing table of node A', kind: 'routing', place: 'node-a' },
	];
	if (how.tunnel)
		hops.push({ id: 'tunA', label: `${how.tunnel.device} wraps`, kind: 'tunnel', place: 'node-a' });
	hops.push({ id: 'nicA', label: `${mode.nic} ${nodeA}`, kind: 'nic', place: 'node-a' });
	how.network.forEach((label, i) =>
		hops.push({ id: `net${i + 1}`, label, kind: 'network', place: 'network' })
	);
	hops.push({ id: 'nicB', label: `${mode.nic} ${nodeB}`, kind: 'nic', place: 'node-b' });
	if (how.tunnel)
		hops.push({
			id: 'tunB',
			label: `${how.tunnel.device} unwraps`,
			kind: 'tunnel',
			place: 'node-b',
		});
	hops.push(
		{ id: 'routeB', label: 'Routing table of node B', kind: 'routing', place: 'node-b' },
		{ id: 'vethB', label: 'veth of pod B', kind: 'veth', place: 'node-b' },
		{ id: 'podB', label: `Pod B ${podB}`, kind: 'pod', place: 'node-b' }
	);

	const packet = inner(podA, podB);
	const outer = wrapper
		? `outer ${inner(nodeA, nodeB)} · ${wrapper.name}, ${wrapper.transport} (+${wrapper.overheadBytes?.ipv4} B)`
		: packet;
	const steps: Step[] = hops.slice(1).map((hop, i) => {
		const from = hops[i]!;
		// Wrapped from the tunnel device on node A until the one on node B.
		const wrapped =
			Boolean(how.tunnel) &&
			hops.findIndex((h) => h.id === 'tunA') <= i &&
			i < hops.findIndex((h) => h.id === 'tunB');
		return { from: from.id, to: hop.id, label: wrapped ? outer : packet, wrapped };
	});
	return {
		mode: modeId,
		scenario,
		title: scenarioTitles[scenario],
		applies: true,
		hops,
		steps,
		wrapper,
		routedBy: how.routedBy,
	};
}

/** The packet path of a mode in a scenario. */
export function packetPath(modeId: string, scenario: Scenario): PacketPath {
	const mode = getMode(modeId);
	if (scenario === 'same-node') return sameNodePath(modeId);
	const how = scenario === 'same-subnet' ? mode.sameSubnet : mode.otherSubnet;
	if ('notApplicable' in how) {
		return {
			mode: modeId,
			scenario,
			title: scenarioTitles[scenario],
			applies: false,
			reason: how.notApplicable,
			hops: [],
			steps: [],
			wrapper: null,
			routedBy: '',
		};
	}
	return crossNodePath(modeId, scenario, how);
}

/** The lines under a packet path's diagram: the wrapper and its cost, and who knows the route. */
export function pathNotes(path: PacketPath): string[] {
	const { wrapper } = path;
	const bytes = wrapper?.overheadBytes;
	return [
		wrapper
			? `Wrapper: ${wrapper.name}, ${wrapper.header}; ${bytes?.ipv4} bytes over IPv4${bytes?.ipv6 ? `, ${bytes.ipv6} over IPv6` : ''}.`
			: 'Wrapper: none; the packet crosses as it left the pod.',
		`Who knows the route: ${path.routedBy}.`,
	];
}

/** The scenario the recommender draws for a mode: between subnets where the mode has that path, else inside one subnet. */
export function resultScenario(modeId: string): Scenario {
	return packetPath(modeId, 'other-subnet').applies ? 'other-subnet' : 'same-subnet';
}

/** The address of the page that holds only a mode's drawing for the recommender (`resultScenario`), fetched when shown. */
export function pathDrawingPage(modeId: string): string {
	return `/paths/${modeId}/`;
}
