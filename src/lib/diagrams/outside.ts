import { exampleAddresses } from './packet-path';
import type { ExternalFlow, Hop, PacketPath, Step } from './types';

/** Headings readers see for each flow between a pod and the outside. */
export const externalFlowTitles: Readonly<Record<ExternalFlow, string>> = {
	'egress-snat': 'Pod to outside, source-NATed to the node',
	'egress-direct': 'Pod to outside with a routable pod IP (no SNAT)',
	'ingress-service': 'Outside to pod through a service or ingress',
	'ingress-direct': 'Outside to pod directly, with a routable pod IP',
};

/** Every flow between a pod and the outside, in the order the guide shows them. */
export const externalFlows: readonly ExternalFlow[] = [
	'egress-snat',
	'egress-direct',
	'ingress-service',
	'ingress-direct',
];

function chain(hops: Hop[], labels: string[]): Step[] {
	return hops
		.slice(1)
		.map((hop, i) => ({ from: hops[i]!.id, to: hop.id, label: labels[i]!, wrapped: false }));
}

/** The path of a flow between a pod and a host outside the cluster. */
export function externalPath(flow: ExternalFlow): PacketPath {
	const { podA, podB, nodeA, nodeBOtherSubnet: nodeB, outside } = exampleAddresses;
	const base = {
		mode: 'outside',
		scenario: flow,
		title: externalFlowTitles[flow],
		applies: true,
		wrapper: null,
	};
	if (flow === 'egress-snat' || flow === 'egress-direct') {
		const snat = flow === 'egress-snat';
		const hops: Hop[] = [
			{ id: 'podA', label: `Pod A ${podA}`, kind: 'pod', place: 'node-a' },
			{ id: 'vethA', label: 'veth of pod A', kind: 'veth', place: 'node-a' },
			{ id: 'routeA', label: 'Routing table of node A', kind: 'routing', place: 'node-a' },
			...(snat
				? [
						{
							id: 'nat',
							label: 'SNAT (natOutgoing): source becomes the node',
							kind: 'nat',
							place: 'node-a',
						} as Hop,
					]
				: []),
			{ id: 'nicA', label: `eth0 ${nodeA}`, kind: 'nic', place: 'node-a' },
			{
				id: 'net1',
				label: snat ? 'Network (knows only node addresses)' : 'Network (learned the pod block)',
				kind: 'network',
				place: 'network',
			},
			{ id: 'server', label: `Server ${outside}`, kind: 'client', place: 'outside' },
		];
		const before = `${podA} → ${outside}`;
		const after = snat ? `${nodeA} → ${outside}` : before;
		const labels = snat
			? [before, before, before, after, after, after]
			: [before, before, before, before, before];
		return {
			...base,
			hops,
			steps: chain(hops, labels),
			routedBy: snat
				? 'The node: replies come back to its address and are mapped back to the pod'
				: 'The network: BGP peering or the cloud network carries replies straight to the pod',
		};
	}
	const service = flow === 'ingress-service';
	const hops: Hop[] = [
		{ id: 'client', label: `Client ${outside}`, kind: 'client', place: 'outside' },
		...(service
			? [
					{
						id: 'lb',
						label: `NodePort on node A ${nodeA} (reached directly or through a load balancer)`,
						kind: 'service',
						place: 'node-a',
					} as Hop,
					{
						id: 'dnat',
						label:
							'kube-proxy: destination becomes pod B; source becomes node A, since pod B is on another node',
						kind: 'nat',
						place: 'node-a',
					} as Hop,
					{
						id: 'routeA',
						label: 'Routing table of node A',
						kind: 'routing',
						place: 'node-a',
					} as Hop,
					{
						id: 'net1',
						label: 'Pod network between nodes',
						kind: 'network',
						place: 'network',
					} as Hop,
				]
			: [
					{
						id: 'net1',
						label: 'Network (learned the pod block)',
						kind: 'network',
						place: 'network',
					} as Hop,
				]),
		{ id: 'nicB', label: `eth0 ${nodeB}`, kind: 'nic', place: 'node-b' },
		{ id: 'routeB', label: 'Routing table of node B', kind: 'routing', place: 'node-b' },
		{ id: 'vethB', label: 'veth of pod B', kind: 'veth', place: 'node-b' },
		{ id: 'podB', label: `Pod B ${podB}`, kind: 'pod', place: 'node-b' },
	];
	const toService = `${outside} → ${nodeA} (service)`;
	const toPod = `${outside} → ${podB}`;
	// With the default externalTrafficPolicy (Cluster), kube-proxy also source-NATs a packet it forwards to another node.
	const forwarded = `${nodeA} → ${podB}`;
	const labels = service
		? [toService, toService, forwarded, forwarded, forwarded, forwarded, forwarded, forwarded]
		: [toPod, toPod, toPod, toPod, toPod];
	return {
		...base,
		hops,
		steps: chain(hops, labels),
		routedBy: service
			? 'kube-proxy picks a pod and the pod network carries the packet to it; with externalTrafficPolicy: Local, node A would only send to pods of its own and the client address would survive'
			: 'The network: BGP peering or the cloud network routes the pod address',
	};
}
