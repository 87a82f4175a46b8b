import type { EnvironmentId } from './environments';
import type { NetworkingOption, OptionTuple } from './option-types';

export type * from './option-types';

const calicoBlocks = {
	ipam: 'calico-blocks',
	consumesUnderlayAddresses: false,
	summary: 'Calico IPAM hands each node small blocks (/26 by default) as it needs them, so little address space sits idle.',
} as const;

const calicoBlocksRoutable = {
	...calicoBlocks,
	summary: `${calicoBlocks.summary} The pod range must be unique across the whole network, so every cluster needs its own.`,
} as const;

const catalog = [
	{
		id: 'calico-bgp-peering',
		name: 'Calico, no overlay, BGP peering with the network',
		summary: 'Nodes announce their pod routes to the top-of-rack routers, so the whole network can reach pods directly.',
		tuple: { Policy: 'Calico', IPAM: 'Calico', CNI: 'Calico', Overlay: 'No', Routing: 'BGP' },
		environments: ['on-prem'],
		recommendable: true,
		routable: true,
		reach: 'the whole network that learns the routes',
		encapsulation: { scope: 'never' },
		needsBgp: true,
		routes: 'BGP',
		underlay: [
			{ text: 'Routers (usually top-of-rack) that accept BGP sessions from the nodes on TCP port 179.' },
			{ text: 'A pod range that no other network or cluster uses.' },
		],
		cloudDependency: null,
		addresses: calicoBlocksRoutable,
		podDensity: null,
		operator: { cni: 'Calico', ipam: 'Calico', bgp: 'Enabled', encapsulation: 'None' },
		notes: [
			'Can also advertise Kubernetes service IPs (cluster and external IPs) to the network.',
			'IP pools can be scoped to nodes, namespaces or pods to fit an existing address plan.',
		],
	},
	{
		id: 'calico-bgp-mesh',
		name: 'Calico, no overlay, BGP between nodes in one layer-2 network',
		summary: 'Nodes share one layer-2 segment and tell each other their pod routes over a BGP mesh; no router is involved.',
		tuple: { Policy: 'Calico', IPAM: 'Calico', CNI: 'Calico', Overlay: 'No', Routing: 'BGP' },
		environments: ['on-prem'],
		recommendable: true,
		routable: false,
		reach: 'the nodes of the cluster only',
		encapsulation: { scope: 'never' },
		needsBgp: true,
		routes: 'BGP',
		underlay: [
			{ text: 'Every node in the same layer-2 network (one subnet, no router between nodes).' },
			{ text: 'TCP port 179 open between nodes.' },
		],
		cloudDependency: null,
		addresses: calicoBlocks,
		podDensity: null,
		operator: { cni: 'Calico', ipam: 'Calico', bgp: 'Enabled', encapsulation: 'None' },
		notes: [
			'A full node-to-node mesh suits up to about 100 nodes; beyond that, use BGP route reflectors.',
			'Pod traffic leaving the cluster is source-NATed to the node address, because the rest of the network has no route to pods.',
		],
	},
	{
		id: 'calico-vxlan-cross-subnet',
		name: 'Calico VXLAN, cross-subnet',
		summary: 'Unwrapped within a subnet, VXLAN between subnets: overlay reach with native speed where the network allows it.',
		tuple: { Policy: 'Calico', IPAM: 'Calico', CNI: 'Calico', 'Cross-subnet': 'VXLAN', Routing: 'Calico' },
		environments: ['on-prem', 'aws', 'azure', 'other'],
		recommendable: true,
		routable: false,
		reach: 'the nodes of the cluster only',
		encapsulation: { scope: 'cross-subnet', wrapper: 'vxlan', by: 'Calico' },
		needsBgp: false,
		routes: 'Calico',
		underlay: [
			{ text: 'UDP port 4789 open between nodes in different subnets.' },
			{ text: 'Within a subnet, the network must deliver packets whose source is a pod address.' },
			{
				env: 'aws',
				text: 'The EC2 source/destination check disabled on every node (FelixConfiguration awsSrcDstCheck: Disable, with IAM permission ec2:ModifyNetworkInterfaceAttribute), because traffic inside a subnet is not wrapped.',
			},
		],
		cloudDependency: null,
		addresses: calicoBlocks,
		podDensity: null,
		operator: { cni: 'Calico', ipam: 'Calico', bgp: 'Disabled', encapsulation: 'VXLANCrossSubnet' },
		notes: ['This is what the Tigera operator quickstart installs: pool 192.168.0.0/16, VXLANCrossSubnet, /26 blocks.'],
	},
	{
		id: 'calico-ipip-cross-subnet',
		name: 'Calico IP-in-IP, cross-subnet',
		summary: 'Unwrapped within a subnet, IP-in-IP between subnets, with routes shared over BGP.',
		tuple: { Policy: 'Calico', IPAM: 'Calico', CNI: 'Calico', 'Cross-subnet': 'IPIP', Routing: 'BGP' },
		environments: ['on-prem', 'ibm-cloud'],
		recommendable: true,
		routable: false,
		reach: 'the nodes of the cluster only',
		encapsulation: { scope: 'cross-subnet', wrapper: 'ipip', by: 'Calico' },
		needsBgp: true,
		routes: 'BGP',
		underlay: [
			{ text: 'IP protocol 4 (IP-in-IP) and TCP port 179 (BGP) allowed between nodes.' },
			{ text: 'IPv4 only: Calico has no IP-in-IP for IPv6 pools.' },
		],
		cloudDependency: null,
		addresses: calicoBlocks,
		podDensity: null,
		operator: { cni: 'Calico', ipam: 'Calico', bgp: 'Enabled', encapsulation: 'IPIPCrossSubnet' },
		notes: ['IKS on IBM Cloud ships with this mode built in and also uses Calico policy to protect the nodes themselves.'],
	},
	{
		id: 'calico-vxlan',
		name: 'Calico VXLAN overlay',
		summary: 'Every packet between nodes is wrapped in VXLAN, so the network underneath only ever sees node addresses.',
		tuple: { Policy: 'Calico', IPAM: 'Calico', CNI: 'Calico', Overlay: 'VXLAN', Routing: 'Calico' },
		environments: ['google-cloud', 'aws', 'azure', 'other'],
		recommendable: true,
		routable: false,
		reach: 'the nodes of the cluster only',
		encapsulation: { scope: 'always', wrapper: 'vxlan', by: 'Calico' },
		needsBgp: false,
		routes: 'Calico',
		underlay: [{ text: 'UDP port 4789 open between all nodes.' }],
		cloudDependency: null,
		addresses: calicoBlocks,
		podDensity: null,
		operator: { cni: 'Calico', ipam: 'Calico', bgp: 'Disabled', encapsulation: 'VXLAN' },
		notes: [
			'Needs no BGP and no change to the network, which is why it runs nearly anywhere.',
			'On EKS, Calico’s own guide uses this mode with pool 172.16.0.0/16; it needs no source/destination-check change.',
			'On AKS it is the “bring your own CNI” setup (network plugin none) with BGP disabled.',
		],
	},
	{
		id: 'calico-ipip',
		name: 'Calico IP-in-IP overlay',
		summary: 'Every packet between nodes is wrapped in IP-in-IP, the lightest header Calico offers, with routes shared over BGP.',
		tuple: { Policy: 'Calico', IPAM: 'Calico', CNI: 'Calico', Overlay: 'IPIP', Routing: 'BGP' },
		environments: ['google-cloud'],
		recommendable: true,
		routable: false,
		reach: 'the nodes of the cluster only',
		encapsulation: { scope: 'always', wrapper: 'ipip', by: 'Calico' },
		needsBgp: true,
		routes: 'BGP',
		underlay: [
			{ text: 'IP protocol 4 (IP-in-IP) and TCP port 179 (BGP) allowed between nodes.' },
			{ text: 'IPv4 only: Calico has no IP-in-IP for IPv6 pools.' },
		],
		cloudDependency: null,
		addresses: calicoBlocks,
		podDensity: null,
		operator: { cni: 'Calico', ipam: 'Calico', bgp: 'Enabled', encapsulation: 'IPIP' },
		notes: ['Adds 20 bytes per packet against VXLAN’s 50, but its routes are shared over BGP (from Calico 3.32, Felix can program them instead with clusterRoutingMode: Felix).'],
	},
	{
		id: 'aws-vpc-cni',
		name: 'Amazon VPC CNI with Calico policy',
		summary: 'Pods take addresses from the VPC through the nodes’ network interfaces; Calico enforces network policy.',
		tuple: { Policy: 'Calico', IPAM: 'AWS', CNI: 'AWS', Overlay: 'No', Routing: 'VPC Native' },
		environments: ['aws'],
		recommendable: true,
		routable: true,
		reach: 'the VPC and every network routed to it',
		encapsulation: { scope: 'never' },
		needsBgp: false,
		routes: 'cloud',
		underlay: [{ text: 'Enough free addresses in the VPC subnets for every pod as well as every node.' }],
		cloudDependency: 'The Amazon VPC CNI and the VPC’s address space.',
		addresses: {
			ipam: 'cloud-network',
			consumesUnderlayAddresses: true,
			summary: 'Every pod takes a VPC address, assigned through the node’s elastic network interfaces (ENIs).',
		},
		podDensity:
			'Pods per node are capped by the instance type: ENIs × (IPv4 addresses per ENI − 1) + 2; prefix delegation raises the cap on Nitro instances.',
		operator: { cni: 'AmazonVPC', ipam: 'AmazonVPC', bgp: 'Disabled', provider: 'EKS' },
		notes: ['The default networking of EKS.'],
	},
	{
		id: 'azure-cni',
		name: 'Azure CNI with Calico policy',
		summary: 'Pods take addresses from the VNET; Calico enforces network policy.',
		tuple: { Policy: 'Calico', IPAM: 'Azure', CNI: 'Azure', Overlay: 'No', Routing: 'VPC Native' },
		environments: ['azure'],
		recommendable: true,
		routable: true,
		reach: 'the VNET and every network routed to it',
		encapsulation: { scope: 'never' },
		needsBgp: false,
		routes: 'cloud',
		underlay: [{ text: 'Enough free VNET addresses for every pod as well as every node.' }],
		cloudDependency: 'The Azure CNI and the VNET’s address space.',
		addresses: {
			ipam: 'cloud-network',
			consumesUnderlayAddresses: true,
			summary: 'Every pod takes a VNET address.',
		},
		podDensity: null,
		operator: { cni: 'AzureVNET', ipam: 'AzureVNET', bgp: 'Disabled', provider: 'AKS' },
		notes: ['Offered by AKS with Calico for network policy.'],
	},
	{
		id: 'azure-cni-overlay',
		name: 'Azure CNI overlay with Calico policy',
		summary: 'The Azure CNI gives pods addresses from a private range outside the VNET; Azure carries them; Calico enforces policy.',
		tuple: { Policy: 'Calico', IPAM: 'Azure', CNI: 'Azure', Overlay: 'Yes', Routing: 'VPC Native' },
		environments: ['azure'],
		recommendable: true,
		routable: false,
		reach: 'the cluster only; traffic leaving it is source-NATed to the node',
		encapsulation: { scope: 'always', by: 'the cloud network' },
		needsBgp: false,
		routes: 'cloud',
		underlay: [{ text: 'An AKS cluster created with the Azure CNI in overlay mode.' }],
		cloudDependency: 'The Azure CNI and AKS.',
		requiresManaged: 'AKS',
		addresses: {
			ipam: 'cloud-network',
			consumesUnderlayAddresses: false,
			summary: 'Pods draw from a private range that is not part of the VNET, so the VNET only spends addresses on nodes.',
		},
		podDensity: null,
		operator: { cni: 'AzureVNET', ipam: 'AzureVNET', bgp: 'Disabled', provider: 'AKS' },
		notes: ['Newer than the original guide (added to Calico’s docs in 2023).', 'Calico adds no header of its own; Azure handles the overlay.'],
	},
	{
		id: 'azure-host-local',
		name: 'Calico CNI with the Azure cloud provider (host-local IPAM)',
		summary: 'Each node gets a /24 from host-local IPAM and the Azure cloud provider writes a VNET route for it.',
		tuple: { Policy: 'Calico', IPAM: 'Host Local', CNI: 'Calico', Overlay: 'No', Routing: 'VPC Native' },
		environments: ['azure'],
		recommendable: true,
		routable: false,
		reach: 'the cluster’s own VNET subnet',
		encapsulation: { scope: 'never' },
		needsBgp: false,
		routes: 'cloud',
		underlay: [{ text: 'AKS, whose cloud provider programs a route per node /24 in the cluster subnet’s route table.' }],
		cloudDependency: 'AKS and its Azure cloud provider integration.',
		requiresManaged: 'AKS',
		addresses: {
			ipam: 'host-local-24',
			consumesUnderlayAddresses: false,
			summary: 'A fixed /24 per node from a range outside the VNET; the same range can be reused by every cluster.',
		},
		podDensity: 'At most 253 pods per node: a /24 has 256 addresses, of which host-local never assigns 3.',
		operator: { cni: 'Calico', ipam: 'HostLocal', bgp: 'Disabled', encapsulation: 'None', provider: 'AKS' },
		notes: ['Some AKS documents call this “kubenet + Calico”; the kubenet plugin itself is not used.'],
	},
	{
		id: 'gke-alias-ip',
		name: 'Google cloud provider (alias IPs) with Calico policy',
		summary: 'Each node gets a pod range as alias IPs in the VPC, so Google’s network routes pods natively.',
		tuple: { Policy: 'Calico', IPAM: 'Host Local', CNI: 'Calico', Overlay: 'No', Routing: 'VPC Native' },
		environments: ['google-cloud'],
		recommendable: true,
		routable: true,
		reach: 'the VPC and every network routed to it',
		encapsulation: { scope: 'never' },
		needsBgp: false,
		routes: 'cloud',
		underlay: [{ text: 'A VPC-native cluster: a secondary range in the subnet for pod alias IPs.' }],
		cloudDependency: 'The Google cloud provider integration and the VPC’s address space.',
		addresses: {
			ipam: 'host-local-24',
			consumesUnderlayAddresses: true,
			summary: 'Pod ranges come from the VPC (as alias IP ranges of the nodes), with host-local handing out addresses on each node.',
		},
		podDensity: null,
		operator: { cni: 'GKE', ipam: 'HostLocal', bgp: 'Disabled', provider: 'GKE' },
		notes: ['The default on GKE, with Calico for network policy.'],
	},
	{
		id: 'canal',
		name: 'Flannel VXLAN with Calico policy (Canal)',
		summary: 'Flannel carries pod traffic in VXLAN between per-node /24s from host-local IPAM; Calico adds network policy.',
		tuple: { Policy: 'Calico', IPAM: 'Host Local', CNI: 'Calico', Overlay: 'VXLAN', Routing: 'Flannel' },
		environments: ['on-prem', 'aws', 'azure', 'google-cloud', 'ibm-cloud', 'other'],
		recommendable: false,
		whyNotRecommended: 'Calico now has VXLAN of its own, which does the same job with one component fewer, so the guide describes Canal but never recommends it.',
		routable: false,
		reach: 'the nodes of the cluster only',
		encapsulation: { scope: 'always', wrapper: 'vxlan', by: 'Flannel' },
		needsBgp: false,
		routes: 'Flannel',
		underlay: [{ text: 'UDP port 8472 (Flannel’s VXLAN default, the Linux kernel’s) open between all nodes.' }],
		cloudDependency: null,
		addresses: {
			ipam: 'host-local-24',
			consumesUnderlayAddresses: false,
			summary: 'A fixed /24 per node from host-local IPAM.',
		},
		podDensity: 'At most 253 pods per node from its /24.',
		operator: null,
		notes: ['Existing Canal clusters keep working; new clusters are better served by Calico VXLAN.'],
	},
] as const satisfies readonly NetworkingOption[];

/** Ids of every option in the catalog. */
export type OptionId = (typeof catalog)[number]['id'];

/** An option of the catalog, with its id narrowed to the catalog's ids. */
export type CatalogOption = NetworkingOption & { id: OptionId };

/** Every networking option the guide knows, in the order it presents them. */
export const options: readonly CatalogOption[] = catalog;

/** Every option id, in catalog order. */
export const optionIds: readonly OptionId[] = options.map((option) => option.id);

/** The option with this id. */
export function getOption(id: OptionId): CatalogOption {
	const found = options.find((option) => option.id === id);
	if (!found) throw new Error(`Unknown option "${id}". Known options: ${optionIds.join(', ')}.`);
	return found;
}

/** True when `value` is the id of an option in the catalog. */
export function isOptionId(value: unknown): value is OptionId {
	return typeof value === 'string' && (optionIds as readonly string[]).includes(value);
}

/** The upstream `details` string of a tuple, e.g. `Policy:Calico,IPAM:Calico,CNI:Calico,Cross-subnet:VXLAN,Routing:Calico`. */
export function formatDetails(tuple: OptionTuple): string {
	const overlay = tuple['Cross-subnet'] ? `Cross-subnet:${tuple['Cross-subnet']}` : `Overlay:${tuple.Overlay}`;
	return `Policy:${tuple.Policy},IPAM:${tuple.IPAM},CNI:${tuple.CNI},${overlay},Routing:${tuple.Routing}`;
}

/** The upstream `details` string of an option. */
export function optionDetails(id: OptionId): string {
	return formatDetails(getOption(id).tuple);
}

/** The options the guide lists for an environment, in catalog order. */
export function optionsFor(env: EnvironmentId): CatalogOption[] {
	return options.filter((option) => option.environments.includes(env));
}

/** The underlay requirements of an option that apply in an environment. */
export function underlayFor(option: NetworkingOption, env?: EnvironmentId): string[] {
	return option.underlay.filter((req) => !req.env || req.env === env).map((req) => req.text);
}
