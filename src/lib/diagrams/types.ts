/** Where a packet starts and ends: on one node, on two nodes of one subnet, or on nodes in different subnets. */
export type Scenario = 'same-node' | 'same-subnet' | 'other-subnet';

/** Traffic between a pod and something outside the cluster. */
export type ExternalFlow = 'egress-snat' | 'egress-direct' | 'ingress-service' | 'ingress-direct';

/** Every scenario, in the order pages show them. */
export const scenarios: readonly Scenario[] = ['same-node', 'same-subnet', 'other-subnet'];

/** Headings readers see for each scenario. */
export const scenarioTitles: Readonly<Record<Scenario, string>> = {
	'same-node': 'Pod to pod on the same node',
	'same-subnet': 'Pod to pod on another node in the same subnet',
	'other-subnet': 'Pod to pod on a node in another subnet',
};

/** What a hop is, which decides its shape in a diagram. */
export type HopKind =
	'pod' | 'veth' | 'routing' | 'tunnel' | 'nic' | 'network' | 'nat' | 'service' | 'client';

/** Which box a hop sits in. */
export type Place = 'node-a' | 'node-b' | 'network' | 'outside';

/** One device or table the packet passes. */
export interface Hop {
	id: string;
	label: string;
	kind: HopKind;
	place: Place;
}

/** The packet moving from one hop to the next, with the headers it carries there. */
export interface Step {
	from: string;
	to: string;
	/** The packet as it looks on this step, e.g. `192.168.1.5 → 192.168.2.7`. */
	label: string;
	/** True while the packet is inside an outer header. */
	wrapped: boolean;
}

/** The outer header a mode adds between nodes. */
export interface WrapperInfo {
	name: string;
	/** The outer header, e.g. `outer IP + UDP 4789 + VXLAN`. */
	header: string;
	/** What the underlay sees the outer packet as, e.g. `UDP 4789` or `IP protocol 4`. */
	transport: string;
	overheadBytes: { ipv4: number; ipv6: number | null } | null;
}

/** The packet path of one mode in one scenario. */
export interface PacketPath {
	mode: string;
	scenario: Scenario | ExternalFlow;
	title: string;
	/** False when the scenario cannot happen in this mode; `reason` says why. */
	applies: boolean;
	reason?: string;
	hops: Hop[];
	steps: Step[];
	/** The wrapper on this path, or null when the packet crosses unwrapped. */
	wrapper: WrapperInfo | null;
	/** Who knows the route to the destination pod. */
	routedBy: string;
}
