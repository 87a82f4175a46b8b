import { facts, longDate } from '../../facts';
import type { OptionId } from '../../catalog/options';
import { defineEnvironment, type EnvironmentPage } from './define';
import { layer3Only, type Rule, type Verdict } from './types';

const ipipDropped = `Azure’s network drops IP-in-IP (IP protocol ${facts.ipipProtocol.value}) between nodes, so Calico must use VXLAN there.`;
const crossSubnetPrice = `${layer3Only('Azure')} Cross-subnet VXLAN would need a route-table entry for each node’s pod range and IP forwarding on every node’s NIC; plain VXLAN needs neither.`;
const hostLocalRetiring = `The Azure cloud provider setup with host-local IPAM (“kubenet + Calico”) rests on kubenet, which AKS retires on ${longDate(facts.aksKubenetRetirement.value)}, and its route table caps the cluster at ${facts.udrRouteLimit.value} nodes.`;

/** Azure: the Azure CNI for routable pods, Azure CNI Overlay on AKS when VNET addresses are scarce, otherwise plain Calico VXLAN. */
const decide: Rule = (answers) => {
	const excluded: Verdict['excluded'] = {
		'calico-ipip': ipipDropped,
		'calico-ipip-cross-subnet': ipipDropped,
	};
	const aksOptions: OptionId[] = ['azure-cni-overlay', 'azure-host-local'];
	const overlays: OptionId[] = ['calico-vxlan', 'calico-vxlan-cross-subnet'];
	const aksCaveat = answers.managed === 'unsure' ? ['This option needs AKS.'] : [];

	if (answers.routable === 'yes') {
		const tradeoffs: string[] = [];
		if (answers['ip-scarce'] === 'yes')
			tradeoffs.push(
				'Every pod takes a VNET address, which you said are scarce: plan the VNET for pods as well as nodes. Options that keep pods off the VNET exist, but their pod IPs are not routable.'
			);
		if (answers['cloud-neutral'] === 'yes')
			tradeoffs.push(
				'Pod networking depends on Azure, which you wanted to avoid; a Calico overlay would not, but its pod IPs are not routable.'
			);
		const reasons = [
			'You need routable pod IPs, and on Azure only the Azure CNI gives pods addresses from the VNET itself.',
		];
		if (answers.managed === 'no')
			reasons.push(
				'Outside AKS you install the Azure CNI yourself; the Tigera operator accepts it with no Kubernetes provider set.'
			);
		return {
			pick: 'azure-cni',
			alternatives: [...aksOptions, ...overlays],
			excluded,
			reasons,
			tradeoffs,
		};
	}

	if (answers.managed === 'no' || answers['cloud-neutral'] === 'yes') {
		const reasons =
			answers.managed === 'no'
				? [
						`You run Kubernetes yourself on Azure virtual machines: plain Calico VXLAN wraps every packet between nodes, so Azure only ever sees node addresses and needs nothing but UDP port ${facts.vxlanPort.value}.`,
					]
				: [
						'You want to avoid depending on Azure networking: a Calico VXLAN overlay behaves the same on any cloud, and VXLAN is the one wrapper Azure carries.',
					];
		if (answers.managed === 'yes')
			reasons.push(
				'On AKS this is the “bring your own CNI” setup: the cluster is created with network plugin none and Calico installs plain VXLAN with BGP disabled.'
			);
		if (answers['ip-scarce'] === 'yes')
			reasons.push(
				'Pods take addresses from Calico’s own pool, so the VNET only spends addresses on nodes.'
			);
		reasons.push(crossSubnetPrice);
		return {
			pick: 'calico-vxlan',
			alternatives: ['calico-vxlan-cross-subnet', 'azure-cni', ...aksOptions],
			excluded,
			reasons,
			tradeoffs: [],
		};
	}

	if (answers['ip-scarce'] === 'yes') {
		return {
			pick: 'azure-cni-overlay',
			alternatives: ['azure-host-local', 'calico-vxlan', 'azure-cni', 'calico-vxlan-cross-subnet'],
			excluded,
			reasons: [
				'You cannot spare a VNET address for every pod: in overlay mode the Azure CNI gives pods addresses from a private range outside the VNET, and Azure routes that range between nodes with no tunnel header.',
				'It is what Microsoft recommends in place of kubenet, and Calico enforces network policy on it.',
			],
			tradeoffs: [
				...aksCaveat,
				`AKS allows at most ${facts.aksMaxPodsPerNode.value} pods per node.`,
				hostLocalRetiring,
			],
		};
	}

	return {
		pick: 'azure-cni',
		alternatives: [...aksOptions, ...overlays],
		excluded,
		reasons: [
			'On AKS, the Azure CNI with Calico policy is the usual choice: pods get VNET addresses and talk to each other with no overlay.',
		],
		tradeoffs: [
			...aksCaveat,
			`Each pod takes a VNET address, and traditional Azure CNI reserves each node’s max-pods worth of addresses up front (${facts.azureCniDefaultMaxPods.value} by default), so size the VNET for pods as well as nodes.`,
		],
	};
};

/** Azure: how the guide decides. */
export const azure = defineEnvironment({ id: 'azure', decide });

/** Azure: what the underlay is like, and the options its page lists (apart from the decision, so the recommender does not ship them). */
export const azurePage: EnvironmentPage<'azure'> = {
	id: 'azure',
	underlay: `A VNET: routed by Azure at layer 3 only, even inside a subnet, and it does not carry IP-in-IP (IP protocol ${facts.ipipProtocol.value}) between nodes.`,
	listings: [
		{
			option: 'azure-cni',
			when: 'Pod IPs must be routable outside the cluster.',
			answers: { routable: 'yes' },
		},
		{
			option: 'azure-host-local',
			mark: 'alternative',
			when: 'You use AKS and the VNET cannot spare an address per pod, and you accept a setup that is being retired.',
			answers: { managed: 'yes', 'ip-scarce': 'yes' },
		},
		{
			option: 'calico-vxlan-cross-subnet',
			mark: 'alternative',
			when: 'You run Kubernetes yourself on Azure virtual machines and will give each node’s pod range a route-table entry and turn on IP forwarding.',
			answers: { managed: 'no', 'cloud-neutral': 'yes' },
		},
		{
			option: 'azure-cni-overlay',
			mark: 'recommended',
			when: 'You use AKS and the VNET cannot spare an address per pod.',
			answers: { managed: 'yes', 'ip-scarce': 'yes' },
			newer: true,
		},
		{
			option: 'calico-vxlan',
			mark: 'recommended',
			when: 'You run Kubernetes yourself on Azure virtual machines, or use AKS but want Calico’s own networking (bring your own CNI).',
			answers: { managed: 'no', 'cloud-neutral': 'yes' },
			newer: true,
		},
	],
};
