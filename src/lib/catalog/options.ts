import type { EnvironmentId } from './environments';
import {
	facts,
	has,
	hostLocalPodsPerRange,
	longDate,
	newestRelease,
	sources as s,
	type Release,
} from '../facts';
import { okeCalicoDoc, okeMaxPodsPerNode, okeVcnNativeCniDoc } from '../facts/oracle';
import { bgpSettingIn } from './bgp-need';
import type { NetworkingOption, OptionSpec, OptionTuple, OperatorSettings } from './option-types';
import { byId } from '../input/by-id';

export type * from './option-types';

const f = facts;
const blockV4 = f.blockSizeV4.value.default;
const vxlanPort = `UDP port ${f.vxlanPort.value}`;
const ipipAndBgp = {
	text: `IP protocol ${f.ipipProtocol.value} (IP-in-IP) allowed between nodes, and TCP port ${f.bgpPort.value} (BGP) too on Calico before ${f.ipipWithoutBgpSince.value}, whose IP-in-IP routes travel over BGP.`,
	inRelease: (release: Release) =>
		has(release, 'ipipRoutesByFelixDefault')
			? `IP protocol ${f.ipipProtocol.value} (IP-in-IP) allowed between nodes; no BGP session, since Felix programs the IP-in-IP routes in Calico ${release.minor}.`
			: `IP protocol ${f.ipipProtocol.value} (IP-in-IP) and TCP port ${f.bgpPort.value} (BGP) allowed between nodes: in Calico ${release.minor}, BIRD shares the IP-in-IP routes over BGP.`,
};
const ipv4Only = 'IPv4 only: Calico has no IP-in-IP for IPv6 pools.';
const srcDstIam = f.srcDstCheckIam.value.join(' and ');
const eksCap = f.eksMaxPodsCap.value;

const calicoBlocks = {
	ipam: 'calico-blocks',
	consumesUnderlayAddresses: false,
	summary: `Calico IPAM hands each node small blocks (/${blockV4} by default) as it needs them, so little address space sits idle.`,
} as const;

const calicoBlocksRoutable = {
	...calicoBlocks,
	summary: `${calicoBlocks.summary} The pod range must be unique across the whole network, so every cluster needs its own.`,
} as const;

const routingWords = {
	BGP: 'BGP',
	Calico: 'Calico',
	cloud: 'VPC Native',
	Flannel: 'Flannel',
} as const;
const wrapperWords = { vxlan: 'VXLAN', ipip: 'IPIP' } as const;
const poolEncapsulation = { vxlan: 'VXLAN', ipip: 'IPIP' } as const;

function tupleOf(spec: OptionSpec): OptionTuple {
	const { scope, wrapper } = spec.encapsulation;
	const base = { Policy: 'Calico', IPAM: spec.upstream.IPAM, CNI: spec.upstream.CNI } as const;
	const routing = { Routing: routingWords[spec.routes] } as const;
	if (scope === 'never' || !wrapper || wrapper === 'wireguard')
		return { ...base, Overlay: spec.upstream.overlay ?? 'No', ...routing };
	if (scope === 'cross-subnet')
		return { ...base, 'Cross-subnet': wrapperWords[wrapper], ...routing };
	return { ...base, Overlay: wrapperWords[wrapper], ...routing };
}

function operatorOf(spec: OptionSpec, bgp: OperatorSettings['bgp']): OperatorSettings | null {
	if (!spec.operator) return null;
	const settings: OperatorSettings = { ...spec.operator, bgp };
	if (spec.operator.cni !== 'Calico') return settings;
	const { scope, wrapper } = spec.encapsulation;
	if (scope === 'never' || !wrapper || wrapper === 'wireguard')
		return { ...settings, encapsulation: 'None' };
	return {
		...settings,
		encapsulation: `${poolEncapsulation[wrapper]}${scope === 'cross-subnet' ? 'CrossSubnet' : ''}`,
	};
}

/** Completes a catalog entry with what follows from it: the tuple, whether it needs BGP, and the operator's BGP (in the newest release) and pool settings. */
export function defineOption<const Id extends string>(spec: OptionSpec<Id>): NetworkingOption<Id> {
	const needsBgp = spec.routes === 'BGP';
	const { managed, selfManaged } = spec.installable;
	const option = {
		...spec,
		tuple: tupleOf(spec),
		needsBgp,
		...(!selfManaged && managed[0] ? { requiresManaged: managed[0] } : {}),
		operator: null,
	};
	return { ...option, operator: operatorOf(spec, bgpSettingIn(option, newestRelease)) };
}

const catalog = [
	defineOption({
		id: 'calico-bgp-peering',
		name: 'Calico, no overlay, BGP peering with the network',
		summary:
			'Nodes announce their pod routes to the top-of-rack routers, so the whole network can reach pods directly.',
		upstream: { IPAM: 'Calico', CNI: 'Calico' },
		environments: ['on-prem', 'vsphere'],
		recommendable: true,
		routable: true,
		reach: 'the whole network that learns the routes',
		encapsulation: { scope: 'never' },
		routes: 'BGP',
		underlay: [
			{
				text: `Routers (usually top-of-rack) that accept BGP sessions from the nodes on TCP port ${f.bgpPort.value}.`,
			},
			{ text: 'A pod range that no other network or cluster uses.' },
		],
		cloudDependency: null,
		installable: { managed: [], selfManaged: true },
		addresses: calicoBlocksRoutable,
		podDensity: null,
		operator: { cni: 'Calico', ipam: 'Calico' },
		sources: [s.upstreamPage, s.bgpPage],
	}),
	defineOption({
		id: 'calico-bgp-mesh',
		name: 'Calico, no overlay, BGP between nodes in one layer-2 network',
		summary:
			'Nodes share one layer-2 segment and tell each other their pod routes over a BGP mesh; no router is involved.',
		upstream: { IPAM: 'Calico', CNI: 'Calico' },
		environments: ['on-prem', 'openstack', 'vsphere'],
		recommendable: true,
		routable: false,
		reach: 'the nodes of the cluster only',
		encapsulation: { scope: 'never' },
		routes: 'BGP',
		underlay: [
			{ text: 'Every node in the same layer-2 network (one subnet, no router between nodes).' },
			{ text: `TCP port ${f.bgpPort.value} open between nodes.` },
		],
		cloudDependency: null,
		installable: { managed: [], selfManaged: true },
		addresses: calicoBlocks,
		podDensity: null,
		operator: { cni: 'Calico', ipam: 'Calico' },
		sources: [s.upstreamPage, s.bgpPage],
	}),
	defineOption({
		id: 'calico-vxlan-cross-subnet',
		name: 'Calico VXLAN, cross-subnet',
		summary:
			'Unwrapped within a subnet, VXLAN between subnets: overlay reach with native speed where the network allows it.',
		upstream: { IPAM: 'Calico', CNI: 'Calico' },
		environments: ['on-prem', 'aws', 'azure', 'openstack', 'vsphere', 'laptop', 'other'],
		recommendable: true,
		routable: false,
		reach: 'the nodes of the cluster only',
		encapsulation: { scope: 'cross-subnet', wrapper: 'vxlan', by: 'Calico' },
		routes: 'Calico',
		underlay: [
			{ text: `${vxlanPort} open between nodes in different subnets.` },
			{ text: 'Within a subnet, the network must deliver packets whose source is a pod address.' },
			{
				env: 'aws',
				text: `The EC2 source/destination check disabled on every node (FelixConfiguration awsSrcDstCheck: Disable, with IAM permissions ${srcDstIam}), because traffic inside a subnet is not wrapped.`,
			},
			{
				env: 'azure',
				text: 'A route-table (UDR) entry for each node’s pod range and IP forwarding on each node’s NIC: Azure VNETs are layer 3 only and drop unwrapped pod traffic inside a subnet without them.',
			},
		],
		cloudDependency: null,
		installable: { managed: ['EKS', 'AKS'], selfManaged: true },
		addresses: calicoBlocks,
		podDensity: null,
		operator: { cni: 'Calico', ipam: 'Calico' },
		sources: [s.upstreamPage, s.quickstartResources, s.awsPage, s.azurePage],
	}),
	defineOption({
		id: 'calico-ipip-cross-subnet',
		name: 'Calico IP-in-IP, cross-subnet',
		summary: `Unwrapped within a subnet, IP-in-IP between subnets; Felix programs the routes from Calico ${f.ipipWithoutBgpSince.value}, BGP shared them before.`,
		upstream: { IPAM: 'Calico', CNI: 'Calico' },
		environments: ['on-prem', 'ibm-cloud', 'openstack', 'vsphere'],
		recommendable: true,
		routable: false,
		reach: 'the nodes of the cluster only',
		encapsulation: { scope: 'cross-subnet', wrapper: 'ipip', by: 'Calico' },
		routes: 'BGP',
		underlay: [ipipAndBgp, { text: ipv4Only }],
		cloudDependency: null,
		installable: { managed: ['IKS'], selfManaged: true },
		addresses: calicoBlocks,
		podDensity: null,
		operator: { cni: 'Calico', ipam: 'Calico' },
		sources: [s.upstreamPage],
	}),
	defineOption({
		id: 'calico-vxlan',
		name: 'Calico VXLAN overlay',
		summary:
			'Every packet between nodes is wrapped in VXLAN, so the network underneath only ever sees node addresses.',
		upstream: { IPAM: 'Calico', CNI: 'Calico' },
		environments: [
			'on-prem',
			'google-cloud',
			'aws',
			'azure',
			'oracle-cloud',
			'openstack',
			'vsphere',
			'laptop',
			'other',
			'digitalocean',
			'hetzner',
		],
		recommendable: true,
		routable: false,
		reach: 'the nodes of the cluster only',
		encapsulation: { scope: 'always', wrapper: 'vxlan', by: 'Calico' },
		routes: 'Calico',
		underlay: [
			{ text: `${vxlanPort} open between all nodes.` },
			{
				env: 'oracle-cloud',
				text: 'On OKE, a cluster created with the flannel overlay whose flannel add-on is turned off before node pools are added: Calico then replaces flannel as the CNI, since OKE supports no Calico beside flannel.',
			},
		],
		cloudDependency: null,
		installable: { managed: ['EKS', 'AKS', 'OKE'], selfManaged: true },
		addresses: calicoBlocks,
		podDensity: null,
		operator: { cni: 'Calico', ipam: 'Calico' },
		sources: [s.upstreamPage, s.eksPage, s.aksPage, okeCalicoDoc],
	}),
	defineOption({
		id: 'calico-ipip',
		name: 'Calico IP-in-IP overlay',
		summary: `Every packet between nodes is wrapped in IP-in-IP, the lightest header Calico offers; Felix programs the routes from Calico ${f.ipipWithoutBgpSince.value}, BGP shared them before.`,
		upstream: { IPAM: 'Calico', CNI: 'Calico' },
		environments: [
			'google-cloud',
			'oracle-cloud',
			'openstack',
			'vsphere',
			'digitalocean',
			'hetzner',
		],
		recommendable: true,
		routable: false,
		reach: 'the nodes of the cluster only',
		encapsulation: { scope: 'always', wrapper: 'ipip', by: 'Calico' },
		routes: 'BGP',
		underlay: [ipipAndBgp, { text: ipv4Only }],
		cloudDependency: null,
		installable: { managed: ['OKE'], selfManaged: true },
		addresses: calicoBlocks,
		podDensity: null,
		operator: { cni: 'Calico', ipam: 'Calico' },
		sources: [s.upstreamPage, s.felixConfigParams331, okeCalicoDoc],
	}),
	defineOption({
		id: 'aws-vpc-cni',
		name: 'Amazon VPC CNI with Calico policy',
		summary:
			'Pods take addresses from the VPC through the nodes’ network interfaces; Calico enforces network policy.',
		upstream: { IPAM: 'AWS', CNI: 'AWS' },
		environments: ['aws'],
		recommendable: true,
		routable: true,
		reach: 'the VPC and every network routed to it',
		encapsulation: { scope: 'never' },
		routes: 'cloud',
		underlay: [
			{ text: 'Enough free addresses in the VPC subnets for every pod as well as every node.' },
			{
				text: 'The VPC CNI set to annotate pods with their IPs (ANNOTATE_POD_IP=true on aws-node, whose ClusterRole then needs patch on pods), and its own network policy left off: it conflicts with Calico’s.',
			},
		],
		cloudDependency: 'The Amazon VPC CNI and the VPC’s address space.',
		installable: { managed: ['EKS'], selfManaged: true },
		addresses: {
			ipam: 'cloud-network',
			consumesUnderlayAddresses: true,
			summary:
				'Every pod takes a VPC address, assigned through the node’s elastic network interfaces (ENIs).',
		},
		podDensity: `Pods per node are capped by the instance type: ENIs × (IPv4 addresses per ENI − 1) + 2 on self-managed nodes; EKS managed node groups also cap it at ${eksCap.lowCpu} (up to ${eksCap.vcpuThreshold} vCPUs) or ${eksCap.highCpu}. Prefix delegation raises the ENI figure on Nitro instances.`,
		operator: { cni: 'AmazonVPC', ipam: 'AmazonVPC', provider: 'EKS' },
		sources: [s.upstreamPage, s.eniMaxPods, s.eksMorePods],
	}),
	defineOption({
		id: 'azure-cni',
		name: 'Azure CNI with Calico policy',
		summary: 'Pods take addresses from the VNET; Calico enforces network policy.',
		upstream: { IPAM: 'Azure', CNI: 'Azure' },
		environments: ['azure'],
		recommendable: true,
		routable: true,
		reach: 'the VNET and every network routed to it',
		encapsulation: { scope: 'never' },
		routes: 'cloud',
		underlay: [
			{ text: 'Enough free VNET addresses for every pod as well as every node.' },
			{
				env: 'azure',
				text: 'On AKS, a cluster created with --network-plugin azure and either --network-policy calico (Azure installs and runs Calico) or --network-policy none (you install Calico with the operator).',
			},
		],
		cloudDependency: 'The Azure CNI and the VNET’s address space.',
		installable: { managed: ['AKS'], selfManaged: true },
		addresses: {
			ipam: 'cloud-network',
			consumesUnderlayAddresses: true,
			summary: `Every pod takes a VNET address; traditional Azure CNI reserves each node’s max-pods worth of addresses up front (${f.azureCniDefaultMaxPods.value} by default).`,
		},
		podDensity: `On AKS, at most ${f.aksMaxPodsPerNode.value} pods per node (${f.azureCniDefaultMaxPods.value} by default with traditional Azure CNI).`,
		operator: { cni: 'AzureVNET', ipam: 'AzureVNET', provider: 'AKS' },
		sources: [s.upstreamPage, s.aksIpPlanning],
	}),
	defineOption({
		id: 'azure-cni-overlay',
		name: 'Azure CNI overlay with Calico policy',
		summary:
			'The Azure CNI gives pods addresses from a private range outside the VNET; Azure routes them between nodes with no tunnel header; Calico enforces policy.',
		upstream: { IPAM: 'Azure', CNI: 'Azure', overlay: 'Yes' },
		environments: ['azure'],
		recommendable: true,
		routable: false,
		reach: 'the cluster only; traffic leaving the VNET is source-NATed to the node',
		encapsulation: { scope: 'never' },
		routes: 'cloud',
		underlay: [
			{
				text: 'An AKS cluster created with the Azure CNI in overlay mode (--network-plugin azure --network-plugin-mode overlay) and either --network-policy calico (Azure installs and runs Calico) or --network-policy none (you install Calico with the operator).',
			},
		],
		cloudDependency: 'The Azure CNI and AKS.',
		installable: { managed: ['AKS'], selfManaged: false },
		addresses: {
			ipam: 'cloud-network',
			consumesUnderlayAddresses: false,
			summary:
				'Pods draw from a private range that is not part of the VNET, so the VNET only spends addresses on nodes.',
		},
		podDensity: `At most ${f.aksMaxPodsPerNode.value} pods per node, the AKS limit.`,
		operator: { cni: 'AzureVNET', ipam: 'AzureVNET', provider: 'AKS' },
		sources: [s.upstreamPage, s.aksCniOverlay, s.aksPage],
	}),
	defineOption({
		id: 'azure-host-local',
		name: 'Calico CNI with the Azure cloud provider (host-local IPAM)',
		summary: `Each node gets a /${f.hostLocalRangePrefix.value} from host-local IPAM and the Azure cloud provider writes a VNET route for it.`,
		upstream: { IPAM: 'Host Local', CNI: 'Calico' },
		environments: ['azure'],
		recommendable: true,
		routable: false,
		reach: 'the cluster’s own VNET subnet',
		encapsulation: { scope: 'never' },
		routes: 'cloud',
		underlay: [
			{
				text: `AKS, whose cloud provider programs a route per node /${f.hostLocalRangePrefix.value} in the cluster subnet’s route table.`,
			},
			{
				text: 'A cluster created with --network-plugin kubenet --network-policy calico: only Azure installs Calico here, as CNI and policy engine, on Linux node pools only.',
			},
			{
				text: `A route table (UDR) holds at most ${f.udrRouteLimit.value} routes, so the cluster cannot grow past ${f.udrRouteLimit.value} nodes.`,
			},
		],
		cloudDependency: 'AKS and its Azure cloud provider integration.',
		installable: { managed: ['AKS'], selfManaged: false },
		addresses: {
			ipam: 'host-local-24',
			consumesUnderlayAddresses: false,
			summary: `A fixed /${f.hostLocalRangePrefix.value} per node from a range outside the VNET; the same range can be reused by every cluster.`,
		},
		podDensity: `At most ${f.aksMaxPodsPerNode.value} pods per node, the AKS limit (${f.aksKubenetDefaultMaxPods.value} by default), though host-local’s /${f.hostLocalRangePrefix.value} would hold ${hostLocalPodsPerRange}.`,
		operator: { cni: 'Calico', ipam: 'HostLocal', provider: 'AKS' },
		retiring: {
			date: f.aksKubenetRetirement.value,
			note: `AKS retires kubenet, on which this setup rests, on ${longDate(f.aksKubenetRetirement.value)}; Microsoft recommends Azure CNI Overlay instead, and Calico’s current AKS guide no longer offers this setup.`,
		},
		sources: [s.upstreamPage, s.aksKubenet, s.aksKubenetRetirement],
	}),
	defineOption({
		id: 'gke-alias-ip',
		name: 'Google cloud provider (alias IPs) with Calico policy',
		summary:
			'Each node gets a pod range as alias IPs in the VPC, so Google’s network routes pods natively.',
		upstream: { IPAM: 'Host Local', CNI: 'Calico' },
		environments: ['google-cloud'],
		recommendable: true,
		routable: true,
		reach: 'the VPC and every network routed to it',
		encapsulation: { scope: 'never' },
		routes: 'cloud',
		underlay: [
			{ text: 'A VPC-native cluster: a secondary range in the subnet for pod alias IPs.' },
		],
		cloudDependency: 'The Google cloud provider integration and the VPC’s address space.',
		installable: { managed: ['GKE'], selfManaged: true },
		addresses: {
			ipam: 'host-local-24',
			consumesUnderlayAddresses: true,
			summary: `Pod ranges come from the VPC (as alias IP ranges of the nodes), with host-local handing out addresses on each node; a node’s range follows its max pods (a /24 at GKE’s default of ${f.gkeDefaultMaxPods.value}).`,
		},
		podDensity: null,
		operator: { cni: 'GKE', ipam: 'HostLocal', provider: 'GKE' },
		sources: [s.upstreamPage, s.gkePage, s.gkeFlexiblePodCidr, s.gkeDataplaneV2],
	}),
	defineOption({
		id: 'oke-vcn-native',
		name: 'OCI VCN-native pod networking with Calico policy',
		summary:
			'Pods take addresses from a pod subnet of the VCN through the nodes’ secondary VNICs; Calico enforces network policy beside Oracle’s CNI.',
		upstream: { IPAM: 'OCI', CNI: 'OCI' },
		environments: ['oracle-cloud'],
		recommendable: true,
		routable: true,
		reach: 'the VCN and every network peered or routed to it',
		encapsulation: { scope: 'never' },
		routes: 'cloud',
		underlay: [
			{
				text: 'An OKE cluster created with VCN-native pod networking: the network type is fixed when the cluster is created.',
			},
			{
				text: 'A private pod subnet with enough free addresses for every pod, and node shapes with enough VNICs for the pods they run.',
			},
		],
		cloudDependency:
			'The OCI VCN-Native Pod Networking CNI plugin, OKE and the VCN’s address space.',
		installable: { managed: ['OKE'], selfManaged: false },
		addresses: {
			ipam: 'cloud-network',
			consumesUnderlayAddresses: true,
			summary:
				'Every pod takes an address from the VCN’s pod subnet, through secondary VNICs attached to the node.',
		},
		podDensity: `Pods per node are capped by the shape’s VNICs and the addresses they carry, at most ${okeMaxPodsPerNode.value}.`,
		operator: null,
		sources: [okeVcnNativeCniDoc, okeCalicoDoc],
	}),
	defineOption({
		id: 'canal',
		name: 'Flannel VXLAN with Calico policy (Canal)',
		summary: `Flannel carries pod traffic in VXLAN between per-node /${f.hostLocalRangePrefix.value}s from host-local IPAM; Calico adds network policy.`,
		upstream: { IPAM: 'Host Local', CNI: 'Calico' },
		environments: [
			'on-prem',
			'aws',
			'azure',
			'google-cloud',
			'ibm-cloud',
			'oracle-cloud',
			'openstack',
			'vsphere',
			'laptop',
			'other',
			'digitalocean',
			'hetzner',
		],
		recommendable: false,
		whyNotRecommended:
			'Calico now has VXLAN of its own, which does the same job with one component fewer, so the guide describes Canal but never recommends it.',
		routable: false,
		reach: 'the nodes of the cluster only',
		encapsulation: { scope: 'always', wrapper: 'vxlan', by: 'Flannel' },
		routes: 'Flannel',
		underlay: [
			{
				text: `UDP port ${f.flannelVxlanPort.value} (Flannel’s VXLAN default, the Linux kernel’s) open between all nodes.`,
			},
		],
		cloudDependency: null,
		installable: { managed: [], selfManaged: true },
		addresses: {
			ipam: 'host-local-24',
			consumesUnderlayAddresses: false,
			summary: `A fixed /${f.hostLocalRangePrefix.value} per node from host-local IPAM.`,
		},
		podDensity: `At most ${hostLocalPodsPerRange} pods per node from its /${f.hostLocalRangePrefix.value}.`,
		operator: null,
		sources: [s.flannelBackends, s.hostLocalRange],
	}),
] as const;

/** Ids of every option in the catalog. */
export type OptionId = (typeof catalog)[number]['id'];

/** An option of the catalog, with its id narrowed to the catalog's ids. */
export type CatalogOption = NetworkingOption<OptionId>;

/** Every networking option the guide knows, in the order it presents them. */
export const options: readonly CatalogOption[] = catalog;

/** Every option id, in catalog order. */
export const optionIds: readonly OptionId[] = options.map((option) => option.id);

/** The option with this id. */
export const getOption: (id: OptionId) => CatalogOption = byId(options, 'option');

/** The upstream `details` string of a tuple, e.g. `Policy:Calico,IPAM:Calico,CNI:Calico,Cross-subnet:VXLAN,Routing:Calico`. */
export function formatDetails(tuple: OptionTuple): string {
	const overlay = tuple['Cross-subnet']
		? `Cross-subnet:${tuple['Cross-subnet']}`
		: `Overlay:${tuple.Overlay}`;
	return `Policy:${tuple.Policy},IPAM:${tuple.IPAM},CNI:${tuple.CNI},${overlay},Routing:${tuple.Routing}`;
}

/** The `Key:Value` parts of a tuple's details, in order, for layouts that may wrap only between parts. */
export function detailParts(tuple: OptionTuple): string[] {
	return formatDetails(tuple).split(',');
}

/** The upstream `details` string of an option. */
export function optionDetails(id: OptionId): string {
	return formatDetails(getOption(id).tuple);
}

/** The options the guide lists for an environment, in catalog order. */
export function optionsFor(env: EnvironmentId): CatalogOption[] {
	return options.filter((option) => option.environments.includes(env));
}

/** The underlay requirements of an option that apply in an environment, as a release states them when one is given. */
export function underlayFor(
	option: NetworkingOption,
	env?: EnvironmentId,
	release?: Release
): string[] {
	return option.underlay
		.filter((req) => !req.env || req.env === env)
		.map((req) => (release && req.inRelease?.(release)) || req.text);
}
