import { overheadBytes, wrapperNames, type Wrapper } from '../catalog/encapsulation';
import type { OptionId } from '../catalog/options';
import { modeName, type ModeId, type ModeName } from './mode-names';
import { facts } from '../facts';
import { byId } from '../input/by-id';

export { modePage } from './mode-names';

/** How a mode carries pod traffic between two nodes, in one kind of scenario. */
export interface CrossNode {
	/** Tunnel device that wraps and unwraps, when the packet is wrapped. */
	tunnel?: { device: string; wrapper: Wrapper | 'flannel-vxlan' };
	/** The network between the nodes, as hops in order. */
	network: string[];
	routedBy: string;
}

/** A networking mode whose packet path the guide draws. */
export interface Mode extends ModeName {
	/** Network interface name on the nodes. */
	nic: string;
	sameSubnet: CrossNode | { notApplicable: string };
	otherSubnet: CrossNode | { notApplicable: string };
	/** A sentence on what is special about the mode's path. */
	summary: string;
}

/** The name entry of a mode this file draws, its id checked as the file is compiled. */
const named = (id: ModeId): ModeName => modeName(id);

const switchHop = 'Layer-2 switch';
const felixRoutes = 'Calico (Felix programs a route per remote block)';
const bgpRoutes = 'BGP between the nodes (BIRD learns each remote block)';
// From 3.33 Felix programs IP-in-IP routes by default; the label keeps the older way in view.
const ipipRoutes = `Felix programs a route per remote block (BIRD over BGP before Calico ${facts.ipipWithoutBgpSince.value})`;
const vxlanTunnel = { device: 'vxlan.calico', wrapper: 'vxlan' } as const;
const ipipTunnel = { device: 'tunl0', wrapper: 'ipip' } as const;

/** Every mode the Packet paths section draws, in the order the guide presents them. */
export const modes: readonly Mode[] = [
	{
		...named('bgp-mesh'),
		nic: 'eth0',
		sameSubnet: { network: [switchHop], routedBy: bgpRoutes },
		otherSubnet: {
			notApplicable:
				'A node mesh with no overlay needs every node in one layer-2 network; a router between subnets would have no route to pods.',
		},
		summary:
			'Packets cross unwrapped; each node learns the others’ pod blocks over a BGP mesh among the nodes.',
	},
	{
		...named('bgp-peering'),
		nic: 'eth0',
		sameSubnet: {
			network: [switchHop],
			routedBy: 'BGP: the nodes and the top-of-rack routers exchange pod routes',
		},
		otherSubnet: {
			network: ['Top-of-rack router A', 'Top-of-rack router B'],
			routedBy: 'BGP: the top-of-rack routers learned node B’s pod block from node B',
		},
		summary:
			'Packets cross unwrapped, even between subnets, because the routers learn every pod block over BGP.',
	},
	{
		...named('vxlan'),
		nic: 'eth0',
		sameSubnet: { tunnel: vxlanTunnel, network: ['Underlay network'], routedBy: felixRoutes },
		otherSubnet: { tunnel: vxlanTunnel, network: ['Underlay network'], routedBy: felixRoutes },
		summary:
			'Every packet between nodes is wrapped in VXLAN; the network underneath only sees node addresses.',
	},
	{
		...named('vxlan-cross-subnet'),
		nic: 'eth0',
		sameSubnet: { network: [switchHop], routedBy: felixRoutes },
		otherSubnet: {
			tunnel: vxlanTunnel,
			network: ['Router between subnets'],
			routedBy: felixRoutes,
		},
		summary:
			'Unwrapped inside a subnet, wrapped in VXLAN only when the packet must cross a router.',
	},
	{
		...named('ipip'),
		nic: 'eth0',
		sameSubnet: { tunnel: ipipTunnel, network: ['Underlay network'], routedBy: ipipRoutes },
		otherSubnet: { tunnel: ipipTunnel, network: ['Underlay network'], routedBy: ipipRoutes },
		summary: `Every packet between nodes gets a second IPv4 header; Felix programs the routes to remote blocks from Calico ${facts.ipipWithoutBgpSince.value}, BGP shared them before.`,
	},
	{
		...named('ipip-cross-subnet'),
		nic: 'eth0',
		sameSubnet: { network: [switchHop], routedBy: ipipRoutes },
		otherSubnet: { tunnel: ipipTunnel, network: ['Router between subnets'], routedBy: ipipRoutes },
		summary: `Unwrapped inside a subnet, wrapped in IP-in-IP only between subnets; Felix programs the routes from Calico ${facts.ipipWithoutBgpSince.value}, BGP shared them before.`,
	},
	{
		...named('vpc-native'),
		nic: 'ENI / NIC',
		sameSubnet: {
			network: ['Cloud network (knows every pod address)'],
			routedBy:
				'The cloud network: pod addresses are the VPC’s or VNET’s own (secondary IPs or alias IP ranges)',
		},
		otherSubnet: {
			network: ['Cloud network (knows every pod address)'],
			routedBy:
				'The cloud network: pod addresses are the VPC’s or VNET’s own (secondary IPs or alias IP ranges)',
		},
		summary:
			'Pods hold cloud-network addresses, so the cloud routes them like any VM and nothing is wrapped.',
	},
	{
		...named('azure-cni-overlay'),
		nic: 'NIC',
		sameSubnet: {
			network: ['Azure network (carries the overlay range)'],
			routedBy: 'Azure: the platform routes the cluster’s private pod range between nodes',
		},
		otherSubnet: {
			network: ['Azure network (carries the overlay range)'],
			routedBy: 'Azure: the platform routes the cluster’s private pod range between nodes',
		},
		summary:
			'Pods draw from a private range outside the VNET; Azure carries it between nodes, and Calico adds no header.',
	},
	{
		...named('host-local-cloud-routes'),
		nic: 'NIC',
		sameSubnet: {
			network: ['VNET route table (a route per node /24)'],
			routedBy:
				'The Azure cloud provider, which writes a route for each node’s /24 into the subnet’s route table',
		},
		otherSubnet: {
			notApplicable:
				'The routes live in the cluster subnet’s route table, so pod addresses reach only that subnet; all nodes sit in it.',
		},
		summary:
			'Each node’s /24 has a route in the subnet’s route table, so Azure delivers pod packets unwrapped.',
	},
	{
		...named('flannel-vxlan'),
		nic: 'eth0',
		sameSubnet: {
			tunnel: { device: 'flannel.1', wrapper: 'flannel-vxlan' },
			network: ['Underlay network'],
			routedBy: 'Flannel (a static route per node /24)',
		},
		otherSubnet: {
			tunnel: { device: 'flannel.1', wrapper: 'flannel-vxlan' },
			network: ['Underlay network'],
			routedBy: 'Flannel (a static route per node /24)',
		},
		summary: 'Flannel wraps every packet between nodes in VXLAN; Calico only enforces policy.',
	},
];

const modeById = byId(modes, 'packet-path mode');

/** The mode with this id; pages pass the id from their address or props, so any text is looked up. */
export function getMode(id: string): Mode {
	return modeById(id as ModeId); // byId names the known modes when `id` is none of them.
}

/** Name, outer header, transport and overhead of a wrapper, as diagrams and hop lists name them. */
export function describeWrapper(wrapper: Wrapper | 'flannel-vxlan') {
	if (wrapper === 'flannel-vxlan') {
		// Flannel leaves the port to the kernel default, 8472, rather than the IANA port Calico uses.
		return {
			name: 'VXLAN (Flannel)',
			transport: 'UDP 8472',
			header: 'outer IP + UDP 8472 + VXLAN',
			overheadBytes: { ipv4: overheadBytes.vxlan[4] as number, ipv6: overheadBytes.vxlan[6] },
		};
	}
	const transport =
		wrapper === 'vxlan'
			? `UDP ${facts.vxlanPort.value}`
			: `IP protocol ${facts.ipipProtocol.value}`;
	const header =
		wrapper === 'vxlan' ? `outer IP + ${transport} + VXLAN` : `outer IPv4 header, ${transport}`;
	return {
		name: wrapperNames[wrapper],
		transport,
		header,
		overheadBytes: { ipv4: overheadBytes[wrapper][4] as number, ipv6: overheadBytes[wrapper][6] },
	};
}

/** The mode an option runs in (one, for every option in the catalog). */
export function modeOfOption(option: OptionId): Mode {
	const found = modes.find((mode) => mode.options.includes(option));
	if (!found) throw new Error(`No packet-path mode draws option "${option}".`);
	return found;
}
