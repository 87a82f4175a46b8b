import type { EnvironmentId } from './environments';
import { facts } from '../facts';
import { byId } from '../input/by-id';

/** Question ids, as the recommender URL names them. */
export const questionIds = [
	'routable',
	'bgp',
	'l2',
	'managed',
	'ip-scarce',
	'cloud-neutral',
	'pod-limit',
	'ipip',
	'bgp-port',
	'src-dst-check',
	'pod-source',
	'windows',
	'ipv6',
	'wireguard',
	'ebpf',
	'control-plane',
	'eks-auto-mode',
	'fargate',
	'gke-dataplane-v2',
	'aks-cilium',
	'oke-virtual-nodes',
	'kubevirt',
	'lb-ips',
	'nftables',
] as const;

/** One of the recommender's questions. */
export type QuestionId = (typeof questionIds)[number];

/** Every answer a reader can give, "not sure" last; `unsure` is what a question left out of the URL means. */
export const answerValues = ['yes', 'no', 'unsure'] as const;

/** An answer to one of the recommender's questions. */
export type Answer = (typeof answerValues)[number];

/** The answers a recommender link carries (a question left out is "not sure"). */
export const firmAnswers = ['yes', 'no'] as const;

/** How an answer reads on screen, on paper and in summaries. */
export const answerWords: Readonly<Record<Answer, string>> = {
	yes: 'Yes',
	no: 'No',
	unsure: 'Not sure',
};

/** A reader's answers; a question not present is "not sure". */
export type Answers = Partial<Record<QuestionId, Answer>>;

/** Answers with every question of an environment filled in. */
export type CompleteAnswers = Record<QuestionId, Answer>;

/**
 * What a question is for: `preference` questions rank the options; `constraint` questions decide whether an
 * option can work at all (a firm answer can rule options out as "will not work here"); `setup` questions leave
 * the pick alone and shape the configuration the reader is handed for it.
 */
export type QuestionKind = 'preference' | 'constraint' | 'setup';

/** Every kind of question, in the order the recommender groups them. */
export const questionKinds: readonly QuestionKind[] = ['preference', 'constraint', 'setup'];

/** A question as the recommender asks it. */
export interface Question {
	id: QuestionId;
	kind: QuestionKind;
	/** The question in a reader's words. */
	text: string;
	/** The question in a few words, for diagrams. */
	short: string;
	/** A sentence on why it matters. */
	help: string;
	/** Short label of the answer "yes", for summaries ("Pod IPs routable"). */
	yesLabel: string;
	/** Short label of the answer "no". */
	noLabel: string;
	/** The page that explains what the question rests on (constraint questions), with its title. */
	page?: { href: string; title: string };
	/** True for a question about the provider's managed service itself, moot on a cluster you install yourself. */
	managedOnly?: true;
}

/** Every question, in the order the recommender asks them. */
export const questions: readonly Question[] = [
	{
		id: 'routable',
		kind: 'preference',
		short: 'Pod IPs routable outside?',
		text: 'Must pod IPs be reachable from outside the cluster without NAT?',
		help: 'Say yes when firewalls, audit logs or other systems must see real pod addresses, or must open connections to pods directly.',
		yesLabel: 'pod IPs must be routable',
		noLabel: 'pod IPs need not be routable',
	},
	{
		id: 'bgp',
		kind: 'preference',
		short: 'Routers peer BGP?',
		text: 'Can your physical network (for example top-of-rack routers) peer BGP with the nodes?',
		help: 'Routers that learn pod routes over BGP make pods reachable from the rest of the network with no overlay.',
		yesLabel: 'the network can peer BGP',
		noLabel: 'the network cannot peer BGP',
	},
	{
		id: 'l2',
		kind: 'preference',
		short: 'One layer-2 network?',
		text: 'Do all nodes sit in one layer-2 network (one subnet, no router between them)?',
		help: 'Nodes on one segment can reach each other’s pods with plain routes and no wrapper.',
		yesLabel: 'all nodes share one layer-2 network',
		noLabel: 'nodes span several subnets',
	},
	{
		id: 'managed',
		kind: 'preference',
		short: 'Managed Kubernetes?',
		text: 'Will you use the provider’s managed Kubernetes (EKS, AKS, GKE, IKS or OKE)?',
		help: 'Some options only exist on the managed service; others only on clusters you run yourself.',
		yesLabel: 'managed Kubernetes',
		noLabel: 'self-managed Kubernetes',
	},
	{
		id: 'ip-scarce',
		kind: 'preference',
		short: 'Short of cloud addresses?',
		text: 'Is the cloud network short of addresses, so that it cannot give every pod one?',
		help: 'Options that take pod addresses from the VPC or VNET can exhaust it at scale or when many clusters share it.',
		yesLabel: 'cloud addresses are scarce',
		noLabel: 'cloud addresses are plentiful',
	},
	{
		id: 'cloud-neutral',
		kind: 'preference',
		short: 'Avoid cloud networking?',
		text: 'Do you want to avoid depending on the cloud provider’s networking?',
		help: 'A Calico overlay behaves the same on every cloud and on-premises; cloud-native options tie you to one provider.',
		yesLabel: 'avoid cloud-specific networking',
		noLabel: 'cloud-specific networking is fine',
	},
	{
		id: 'pod-limit',
		kind: 'preference',
		short: 'VPC CNI pod limit too low?',
		text: 'Is the Amazon VPC CNI’s pods-per-node limit for your instance type too low?',
		help: 'With the VPC CNI, the number of network interfaces and addresses per interface caps pods per node.',
		yesLabel: 'the VPC CNI pod limit is too low',
		noLabel: 'the VPC CNI pod limit is enough',
	},
	{
		id: 'ipip',
		kind: 'constraint',
		page: { href: '/concepts/overlay-networks/', title: 'Overlay networks' },
		short: 'Network carries IP-in-IP?',
		text: `Does the network between nodes carry IP-in-IP packets (IP protocol ${facts.ipipProtocol.value})?`,
		help: 'Some fabrics, firewalls and clouds pass only TCP, UDP and ICMP; IP-in-IP is a protocol of its own and is then dropped.',
		yesLabel: 'the network carries IP-in-IP',
		noLabel: 'the network drops IP-in-IP',
	},
	{
		id: 'bgp-port',
		kind: 'constraint',
		page: { href: '/concepts/bgp/', title: 'BGP' },
		short: 'Nodes can open BGP sessions?',
		text: `Can the nodes open BGP sessions with each other (TCP port ${facts.bgpPort.value})?`,
		help: `A node-to-node BGP mesh needs it in every release, and IP-in-IP before Calico ${facts.ipipWithoutBgpSince.value}; from ${facts.ipipWithoutBgpSince.value}, Felix programs the IP-in-IP routes itself and IP-in-IP no longer does.`,
		yesLabel: 'nodes can open BGP sessions with each other',
		noLabel: 'BGP between nodes is blocked',
	},
	{
		id: 'src-dst-check',
		kind: 'constraint',
		page: { href: '/environments/aws/', title: 'Calico on AWS' },
		short: 'Can turn off source/destination check?',
		text: 'Can the EC2 source/destination check be turned off on the nodes, with Calico given the IAM permissions to do it?',
		help: 'EC2 drops a packet whose addresses are not the instance’s own, which is what an unwrapped pod packet is; only plain VXLAN and the VPC CNI work with the check on.',
		yesLabel: 'the source/destination check can be turned off',
		noLabel: 'the source/destination check stays on',
	},
	{
		id: 'pod-source',
		kind: 'constraint',
		page: { href: '/environments/openstack/#port-security', title: 'Calico on OpenStack' },
		short: 'VM ports pass pod addresses?',
		text: 'Will the VMs’ virtual ports pass packets from pod addresses (the pod range as an allowed address pair on OpenStack, no IP filter or SpoofGuard on the VM’s network card)?',
		help: 'Virtual networks drop a packet whose source is not the VM’s own address unless told otherwise, and an unwrapped pod packet is exactly that; overlays that wrap every packet carry only node addresses.',
		yesLabel: 'VM ports pass pod addresses',
		noLabel: 'VM ports drop foreign source addresses',
	},
	{
		id: 'windows',
		kind: 'constraint',
		page: { href: '/concepts/windows-nodes/', title: 'Windows nodes' },
		short: 'Windows nodes?',
		text: 'Will any nodes run Windows?',
		help: 'Calico on Windows supports fewer modes than on Linux, so one Windows node pool narrows the choice for the whole cluster.',
		yesLabel: 'some nodes run Windows',
		noLabel: 'every node runs Linux',
	},
	{
		id: 'ipv6',
		kind: 'constraint',
		page: { href: '/concepts/ipv6-dual-stack/', title: 'IPv6 and dual-stack pods' },
		short: 'IPv6 pods?',
		text: 'Will pods need IPv6 addresses (IPv6 only, or dual-stack)?',
		help: 'Not every way of wrapping packets exists for IPv6, and IPv6 headers are larger, which costs MTU.',
		yesLabel: 'pods need IPv6',
		noLabel: 'pods are IPv4 only',
	},
	{
		id: 'wireguard',
		kind: 'constraint',
		page: { href: '/concepts/wireguard-encryption/', title: 'WireGuard encryption' },
		short: 'WireGuard encryption?',
		text: 'Do you want Calico to encrypt pod traffic between nodes with WireGuard?',
		help: 'WireGuard adds its own header to every packet between nodes, needs a UDP port open, and is not available everywhere.',
		yesLabel: 'WireGuard encryption wanted',
		noLabel: 'no WireGuard encryption',
	},
	{
		id: 'ebpf',
		kind: 'constraint',
		page: { href: '/concepts/ebpf-dataplane/', title: 'The eBPF dataplane' },
		short: 'eBPF dataplane?',
		text: 'Do you want Calico’s eBPF dataplane instead of iptables or nftables?',
		help: 'The eBPF dataplane replaces kube-proxy and makes its own demands on the network, and it does not run everywhere.',
		yesLabel: 'eBPF dataplane wanted',
		noLabel: 'standard Linux dataplane',
	},
	{
		id: 'control-plane',
		kind: 'constraint',
		managedOnly: true,
		page: { href: '/environments/aws/', title: 'Calico on AWS' },
		short: 'Control plane must reach pods?',
		text: 'Must the managed control plane reach pods directly (admission webhooks, metrics-server or API services that cannot run on the host network)?',
		help: 'The EKS control plane runs in AWS’s own network: it reaches pods that have VPC addresses, but not pods on an overlay.',
		yesLabel: 'the control plane must reach pods',
		noLabel: 'the control plane need not reach pods',
	},
	{
		id: 'eks-auto-mode',
		kind: 'constraint',
		managedOnly: true,
		page: { href: '/environments/aws/#eks-auto-mode-and-fargate', title: 'Calico on AWS' },
		short: 'EKS Auto Mode?',
		text: 'Will the cluster’s nodes run in EKS Auto Mode?',
		help: 'Auto Mode manages the nodes’ networking itself, with the VPC CNI and AWS’s own network policy, and takes no other CNI or policy plugin.',
		yesLabel: 'nodes run in EKS Auto Mode',
		noLabel: 'nodes run in node groups, not Auto Mode',
	},
	{
		id: 'fargate',
		kind: 'constraint',
		managedOnly: true,
		page: { href: '/environments/aws/#eks-auto-mode-and-fargate', title: 'Calico on AWS' },
		short: 'Pods on Fargate?',
		text: 'Will any pods run on AWS Fargate?',
		help: 'Fargate gives each pod a node of its own with the VPC CNI and nothing else, and runs no DaemonSets, so Calico’s node agent never runs there.',
		yesLabel: 'some pods run on Fargate',
		noLabel: 'no pods run on Fargate',
	},
	{
		id: 'gke-dataplane-v2',
		kind: 'constraint',
		managedOnly: true,
		page: {
			href: '/environments/google-cloud/#autopilot-and-dataplane-v2',
			title: 'Calico on Google Cloud',
		},
		short: 'GKE Dataplane V2?',
		text: 'Will the GKE cluster run GKE Dataplane V2 (every new Autopilot cluster does)?',
		help: 'Dataplane V2 enforces network policy itself, with Cilium; GKE then turns on no Calico at all.',
		yesLabel: 'the cluster runs GKE Dataplane V2',
		noLabel: 'the cluster runs GKE’s legacy dataplane',
	},
	{
		id: 'aks-cilium',
		kind: 'constraint',
		managedOnly: true,
		page: { href: '/environments/azure/#network-policy-on-aks', title: 'Calico on Azure' },
		short: 'Azure CNI Powered by Cilium?',
		text: 'Will the AKS cluster run Azure CNI Powered by Cilium (--network-dataplane cilium)?',
		help: 'With the Cilium dataplane, Cilium enforces network policy and AKS runs no Calico, managed or your own.',
		yesLabel: 'the cluster runs Azure CNI Powered by Cilium',
		noLabel: 'the cluster runs the Azure dataplane',
	},
	{
		id: 'oke-virtual-nodes',
		kind: 'constraint',
		managedOnly: true,
		page: { href: '/environments/oracle-cloud/#node-pools', title: 'Calico on Oracle Cloud' },
		short: 'OKE virtual nodes?',
		text: 'Will any pods run on OKE virtual nodes (a virtual node pool)?',
		help: 'Oracle runs Calico on managed node pools only, not on virtual node pools, so pods on virtual nodes get no Calico policy.',
		yesLabel: 'some pods run on virtual nodes',
		noLabel: 'every pod runs on managed nodes',
	},
	{
		id: 'kubevirt',
		kind: 'constraint',
		page: { href: '/concepts/kubevirt-vms/', title: 'KubeVirt VMs' },
		short: 'KubeVirt VMs live-migrate?',
		text: 'Will KubeVirt virtual machines live-migrate from node to node, keeping their IP address?',
		help: `Calico moves a VM’s address with it from Calico ${facts.kubevirtLiveMigrationSince.value}, but only on BGP-routed pools without an overlay, and not with WireGuard.`,
		yesLabel: 'KubeVirt VMs live-migrate',
		noLabel: 'no VMs live-migrate',
	},
	{
		id: 'lb-ips',
		kind: 'setup',
		page: { href: '/concepts/load-balancer-ips/', title: 'LoadBalancer addresses' },
		short: 'LoadBalancer IPs from the cluster?',
		text: 'Must the cluster hand out the external addresses of Services of type LoadBalancer itself (no cloud or hardware load balancer)?',
		help: 'Calico can assign those addresses from a pool of its own; what makes the rest of the network reach them is BGP to your routers or, on one layer-2 segment, answering ARP.',
		yesLabel: 'the cluster hands out LoadBalancer addresses',
		noLabel: 'something else provides LoadBalancer addresses',
	},
	{
		id: 'nftables',
		kind: 'setup',
		page: { href: '/concepts/nftables-dataplane/', title: 'The nftables dataplane' },
		short: 'kube-proxy in nftables mode?',
		text: 'Does kube-proxy run in nftables mode, or will it?',
		help: 'Calico and kube-proxy should program the same kernel tables; with the operator, the Installation decides whether Calico follows kube-proxy into nftables.',
		yesLabel: 'kube-proxy runs in nftables mode',
		noLabel: 'kube-proxy runs in iptables or IPVS mode',
	},
];

/** The questions each environment asks, in order. */
export const questionsByEnvironment: Readonly<Record<EnvironmentId, readonly QuestionId[]>> = {
	'on-prem': [
		'routable',
		'bgp',
		'l2',
		'ipip',
		'bgp-port',
		'windows',
		'ipv6',
		'wireguard',
		'ebpf',
		'kubevirt',
		'lb-ips',
		'nftables',
	],
	aws: [
		'routable',
		'managed',
		'ip-scarce',
		'cloud-neutral',
		'pod-limit',
		'src-dst-check',
		'control-plane',
		'eks-auto-mode',
		'fargate',
		'windows',
		'wireguard',
		'ebpf',
	],
	azure: [
		'routable',
		'managed',
		'ip-scarce',
		'cloud-neutral',
		'aks-cilium',
		'windows',
		'wireguard',
	],
	'google-cloud': [
		'routable',
		'managed',
		'ip-scarce',
		'cloud-neutral',
		'gke-dataplane-v2',
		'ipip',
		'windows',
		'ipv6',
		'wireguard',
		'ebpf',
	],
	'ibm-cloud': ['routable', 'managed'],
	'oracle-cloud': [
		'routable',
		'managed',
		'ip-scarce',
		'cloud-neutral',
		'oke-virtual-nodes',
		'ipip',
		'nftables',
	],
	digitalocean: ['routable', 'ipip', 'wireguard', 'ebpf', 'nftables'],
	hetzner: ['routable', 'ipip', 'wireguard', 'ebpf', 'nftables'],
	openstack: [
		'routable',
		'pod-source',
		'ipip',
		'bgp-port',
		'windows',
		'ipv6',
		'wireguard',
		'ebpf',
		'nftables',
	],
	vsphere: [
		'routable',
		'bgp',
		'l2',
		'pod-source',
		'ipip',
		'bgp-port',
		'windows',
		'ipv6',
		'wireguard',
		'ebpf',
		'kubevirt',
		'lb-ips',
		'nftables',
	],
	laptop: ['routable', 'wireguard', 'nftables'],
	other: ['routable', 'windows', 'wireguard', 'nftables'],
};

/** The question with this id. */
export const getQuestion: (id: QuestionId) => Question = byId(questions, 'question');

/** True when `value` is a question id. */
export function isQuestionId(value: unknown): value is QuestionId {
	return typeof value === 'string' && (questionIds as readonly string[]).includes(value);
}

/** The questions of an environment of one kind, in the order it asks them. */
export function questionsOfKind(env: EnvironmentId, kind: QuestionKind): QuestionId[] {
	return questionsByEnvironment[env].filter((id) => getQuestion(id).kind === kind);
}

/** The environments that ask a question. */
export function environmentsAsking(id: QuestionId): EnvironmentId[] {
	return (Object.keys(questionsByEnvironment) as EnvironmentId[]).filter((env) =>
		questionsByEnvironment[env].includes(id)
	);
}

/** Fills in "not sure" for every question an environment asks, and drops the questions it does not ask. */
export function completeAnswers(env: EnvironmentId, answers: Answers): CompleteAnswers {
	const complete = Object.fromEntries(questionIds.map((id) => [id, 'unsure'])) as CompleteAnswers;
	for (const id of questionsByEnvironment[env]) complete[id] = answers[id] ?? 'unsure';
	return complete;
}
