import type { EnvironmentId } from '../catalog/environments';
import { facts, has, type FactId, type Release } from '../facts';
import { needsBgpBetweenNodes } from '../catalog/bgp-need';
import { carriesLiveMigration } from '../catalog/live-migration';
import type { NetworkingOption } from '../catalog/option-types';
import type { QuestionId } from '../catalog/questions';
import { aksCiliumWithoutCalico, dataplaneV2WithoutCalico } from '../catalog/platform-notes';

/** Why an option cannot work, whatever the reader prefers: a firm answer to a constraint question, and a sourced fact. */
export interface BlockerRule {
	id: string;
	/** The constraint question whose answer blocks. */
	question: QuestionId;
	/** The answer that blocks. */
	answer: 'yes' | 'no';
	/** Only in these environments (all when absent). */
	envs?: readonly EnvironmentId[];
	/** Other answers the block needs, e.g. `managed: 'yes'` for a limit of the managed service. */
	when?: Partial<Record<QuestionId, 'yes' | 'no'>>;
	/** True for the options it blocks in a Calico release. */
	blocks: (option: NetworkingOption, release: Release) => boolean;
	/** The reason, to follow "Will not work here, because". */
	reason: string;
	/** The blocking answer as a condition, for when the reader was not sure: "any node runs Windows". */
	ifUnsure: string;
	/**
	 * True when the answer is a wish rather than a property of the network. When nothing that can be installed
	 * meets a wish, the pick stands and the wish is reported as a conflict instead of blocking everything.
	 */
	wish?: boolean;
	/** For a wish: what to tell the reader when nothing installable meets it, given the pick's name and the release (by default: run Kubernetes yourself). */
	unmet?: (pickName: string, release: Release) => string;
	/** The facts the rule rests on; their sources are the rule's sources. */
	facts: readonly FactId[];
}

const wraps = (option: NetworkingOption, wrapper: 'ipip' | 'vxlan') =>
	option.encapsulation.wrapper === wrapper && option.encapsulation.by === 'Calico';
const calicoCni = (option: NetworkingOption) => option.operator?.cni === 'Calico';
/** True for Calico CNI options whose packets between nodes of a subnet leave the node with a pod address as their source. */
const sendsPodAddresses = (option: NetworkingOption) =>
	option.routes !== 'cloud' && option.encapsulation.scope !== 'always' && calicoCni(option);
const iam = facts.srcDstCheckIam.value.join(' and ');
const listed = (items: readonly string[]) =>
	items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? '');
const windowsCalicoCni = listed(facts.windowsCalicoCniPlatforms.value);
const dataplaneV2 = dataplaneV2WithoutCalico;
const aksCilium = aksCiliumWithoutCalico;
const okeVirtualNodes =
	'Oracle runs Calico on OKE’s managed node pools only, not on virtual node pools';
const autoMode =
	'EKS Auto Mode takes no CNI or network policy plugin but AWS’s own, so no part of Calico runs on its nodes, not even network policy';

/** Every blocker rule, in the order the recommender asks the questions. */
export const blockerRules: readonly BlockerRule[] = [
	{
		id: 'ipip-dropped',
		question: 'ipip',
		answer: 'no',
		blocks: (option) => wraps(option, 'ipip'),
		reason: `it wraps pod traffic in IP-in-IP (IP protocol ${facts.ipipProtocol.value}), which your network drops.`,
		ifUnsure: `your network drops IP protocol ${facts.ipipProtocol.value}`,
		facts: ['ipipProtocol'],
	},
	{
		id: 'bgp-port-blocked',
		question: 'bgp-port',
		answer: 'no',
		blocks: needsBgpBetweenNodes,
		reason: `its routes travel between the nodes over BGP (TCP port ${facts.bgpPort.value}), which your network blocks. For IP-in-IP that holds before Calico ${facts.ipipWithoutBgpSince.value} only: from ${facts.ipipWithoutBgpSince.value}, Felix programs its routes and no BGP session is needed.`,
		ifUnsure: `your network blocks TCP port ${facts.bgpPort.value} between nodes`,
		facts: ['bgpPort', 'ipipWithoutBgpSince'],
	},
	{
		id: 'aws-src-dst-check',
		question: 'src-dst-check',
		answer: 'no',
		envs: ['aws'],
		blocks: sendsPodAddresses,
		reason: `it sends pod packets between nodes of a subnet unwrapped, and EC2 drops them while the source/destination check is on (Felix turns it off with awsSrcDstCheck: Disable, given IAM ${iam}).`,
		ifUnsure: 'the EC2 source/destination check must stay on',
		facts: ['awsSrcDstCheck', 'srcDstCheckIam'],
	},
	{
		id: 'eks-control-plane',
		question: 'control-plane',
		answer: 'yes',
		envs: ['aws'],
		when: { managed: 'yes' },
		blocks: (option) => calicoCni(option),
		reason:
			'the EKS control plane cannot reach pod IPs on a Calico overlay; only pods on the host network are reachable, and you said some must be reached directly.',
		ifUnsure: 'the control plane must reach pods directly',
		facts: ['eksWebhooksNeedHostNetwork'],
	},
	{
		id: 'eks-auto-mode',
		question: 'eks-auto-mode',
		answer: 'yes',
		envs: ['aws'],
		when: { managed: 'yes' },
		blocks: () => true,
		reason: `${autoMode}.`,
		ifUnsure: 'the nodes run in EKS Auto Mode',
		wish: true,
		unmet: (pick) =>
			`${autoMode}. On Auto Mode nodes, use the network policy of AWS’s VPC CNI (turned on with a ConfigMap and the node class). To run ${pick}, put the nodes in managed or self-managed node groups instead; one cluster can have both.`,
		facts: ['eksAutoModeNoPlugins'],
	},
	{
		id: 'eks-fargate',
		question: 'fargate',
		answer: 'yes',
		envs: ['aws'],
		when: { managed: 'yes' },
		blocks: (option) => calicoCni(option),
		reason:
			'Fargate runs the Amazon VPC CNI and no other, so pods there take VPC addresses while pods on a Calico overlay take addresses the VPC cannot route: Fargate pods could not reach the overlay’s pods.',
		ifUnsure: 'some pods run on Fargate',
		facts: ['fargateVpcCniOnly'],
	},
	{
		id: 'vm-pod-source',
		question: 'pod-source',
		answer: 'no',
		envs: ['openstack', 'vsphere'],
		blocks: sendsPodAddresses,
		reason:
			'it sends pod packets between nodes of a subnet unwrapped, with a pod address as the source, and the VMs’ ports drop every packet whose source is not the VM’s own address.',
		ifUnsure: 'the VMs’ ports drop foreign source addresses',
		facts: ['neutronPortSecurity', 'proxmoxIpFilter'],
	},
	{
		id: 'gke-dataplane-v2',
		question: 'gke-dataplane-v2',
		answer: 'yes',
		envs: ['google-cloud'],
		when: { managed: 'yes' },
		blocks: () => true,
		reason: `${dataplaneV2}.`,
		ifUnsure: 'the cluster runs GKE Dataplane V2 (as every Autopilot cluster does)',
		wish: true,
		unmet: (pick) =>
			`${dataplaneV2}: ${pick} stays the pod network, and Kubernetes NetworkPolicy is enforced by Dataplane V2, not Calico, so Calico’s own policy resources do nothing there. For Calico policy, create a Standard cluster on the legacy dataplane with --enable-network-policy; an existing Standard cluster that moves to Dataplane V2 must turn Calico network policy off first.`,
		facts: ['gkeDataplaneV2NoCalico', 'gkeDataplaneV2MigrationCalicoOff'],
	},
	{
		id: 'aks-cilium',
		question: 'aks-cilium',
		answer: 'yes',
		envs: ['azure'],
		when: { managed: 'yes' },
		blocks: () => true,
		reason: `${aksCilium}.`,
		ifUnsure: 'the cluster runs Azure CNI Powered by Cilium',
		wish: true,
		unmet: (pick) =>
			`On AKS ${aksCilium}: nothing Calico configures applies. For ${pick} with Calico, create the cluster with the Azure dataplane (the default) and --network-policy calico or none; moving a cluster to the Cilium dataplane later uninstalls Azure-managed Calico.`,
		facts: ['aksCiliumDataplaneNoCalico'],
	},
	{
		id: 'oke-virtual-nodes',
		question: 'oke-virtual-nodes',
		answer: 'yes',
		envs: ['oracle-cloud'],
		when: { managed: 'yes' },
		blocks: () => true,
		reason: `${okeVirtualNodes}.`,
		ifUnsure: 'some pods run on OKE virtual nodes',
		wish: true,
		unmet: (pick) =>
			`${okeVirtualNodes}: pods there get no Calico network policy. Run ${pick} on managed node pools and put the pods that need policy there; one cluster can have both kinds of pool.`,
		facts: ['okeVirtualNodesNoCalico'],
	},
	{
		id: 'windows-encapsulation',
		question: 'windows',
		answer: 'yes',
		blocks: (option) =>
			wraps(option, 'ipip') ||
			(wraps(option, 'vxlan') && option.encapsulation.scope === 'cross-subnet'),
		reason: `Calico on Windows nodes supports only ${facts.windowsEncapsulations.value.join(' and ')}: no IP-in-IP and no cross-subnet VXLAN.`,
		ifUnsure: 'any node runs Windows',
		facts: ['windowsEncapsulations'],
	},
	{
		id: 'eks-windows',
		question: 'windows',
		answer: 'yes',
		envs: ['aws'],
		when: { managed: 'yes' },
		blocks: (option) => calicoCni(option),
		reason: `on EKS, Windows nodes get their pod network from the Amazon VPC CNI only: Calico for Windows brings its own CNI only to ${windowsCalicoCni}.`,
		ifUnsure: 'any node runs Windows',
		facts: ['windowsCalicoCniPlatforms'],
	},
	{
		id: 'aks-windows',
		question: 'windows',
		answer: 'yes',
		envs: ['azure'],
		when: { managed: 'yes' },
		blocks: (option) => calicoCni(option),
		reason:
			'on AKS, Windows nodes get their pod network from the Azure CNI only: Calico’s AKS guide lists the Windows dataplane as unsupported when you install Calico networking yourself.',
		ifUnsure: 'any node runs Windows',
		facts: ['windowsCalicoCniPlatforms', 'aksSelfManagedNoWindows'],
	},
	{
		id: 'ipv6-ipip',
		question: 'ipv6',
		answer: 'yes',
		blocks: (option) => wraps(option, 'ipip'),
		reason:
			'IP-in-IP carries IPv4 only, and an IPv6 pool with IP-in-IP is rejected, so IPv6 pods could not be wrapped.',
		ifUnsure: 'pods need IPv6',
		facts: ['ipipIpv4Only'],
	},
	{
		id: 'kubevirt-live-migration',
		question: 'kubevirt',
		answer: 'yes',
		blocks: (option, release) => !carriesLiveMigration(option, release),
		reason: `Calico live-migrates KubeVirt VMs only from Calico ${facts.kubevirtLiveMigrationSince.value} and only on BGP-routed pools with no wrapper: VXLAN and IP-in-IP pools cannot carry a VM’s address to its new node yet.`,
		ifUnsure: 'KubeVirt VMs live-migrate between nodes',
		wish: true,
		unmet: (pick, release) =>
			has(release, 'kubevirtLiveMigration')
				? `None of the options your answers leave open live-migrates KubeVirt VMs: Calico needs BGP-routed pools with no wrapper for it. ${pick} is the best fit; stop and start VMs to move them, or give the nodes a network that routes pods unwrapped.`
				: `Calico ${release.minor} cannot live-migrate KubeVirt VMs with their addresses: that came in Calico ${facts.kubevirtLiveMigrationSince.value}, on BGP-routed pools with no wrapper. ${pick} is the best fit for ${release.minor}; choose a newer Calico version to see the option that carries live migration.`,
		facts: ['kubevirtLiveMigrationSince', 'kubevirtNeedsBgpUnwrapped'],
	},
	{
		id: 'gke-wireguard',
		question: 'wireguard',
		answer: 'yes',
		envs: ['google-cloud'],
		when: { managed: 'yes' },
		blocks: () => true,
		reason: 'Calico’s WireGuard encryption is not supported on GKE.',
		ifUnsure: 'you want WireGuard',
		wish: true,
		facts: ['wireguardNotOnGke'],
	},
	{
		id: 'gke-ebpf',
		question: 'ebpf',
		answer: 'yes',
		envs: ['google-cloud'],
		when: { managed: 'yes' },
		blocks: () => true,
		reason: 'Calico’s eBPF dataplane does not run on GKE.',
		ifUnsure: 'you want the eBPF dataplane',
		wish: true,
		facts: ['ebpfNotOnGke'],
	},
];
