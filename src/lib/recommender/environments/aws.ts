import { raiseMaxPods, eksHostNetwork, eksHostNetworkIfEks } from '../../catalog/aws-notes';
import { awsMaxPods, instanceTypes } from '../../calc/aws-pods';
import { facts } from '../../facts';
import type { OptionId } from '../../catalog/options';
import type { CompleteAnswers } from '../../catalog/questions';
import { defineEnvironment, type EnvironmentPage } from './define';
import type { Rule } from './types';

const example = instanceTypes.find((i) => i.type === 'm5.large') ?? instanceTypes[0]!;
const withPrefixes = awsMaxPods({
	enis: example.enis,
	ipv4PerEni: example.ipv4PerEni,
	prefixDelegation: true,
	vcpus: example.vcpus,
});

/** AWS's own answers to a VPC short of addresses, for readers who keep the VPC CNI. */
const awsRemedies = `AWS’s own remedies keep the VPC CNI: custom networking puts pods in subnets of a secondary VPC CIDR (AWS suggests ${facts.vpcCniCustomNetworkingRange.value}), an IPv6 cluster (chosen at creation) gives pods IPv6 addresses instead, and prefix delegation packs addresses into /28 prefixes, which needs free contiguous /28s in the subnet (it fails with ${facts.prefixDelegationNeedsContiguous.value} on a fragmented one).`;

/** The reader's reasons, in their own terms, for leaving the VPC CNI. */
function wishesAgainstVpcCni(answers: CompleteAnswers): string[] {
	const wishes: string[] = [];
	if (answers['cloud-neutral'] === 'yes') wishes.push('want to avoid depending on AWS networking');
	if (answers['ip-scarce'] === 'yes') wishes.push('cannot spare a VPC address for every pod');
	if (answers['pod-limit'] === 'yes')
		wishes.push('need more pods per node than the VPC CNI allows on your instance type');
	return wishes;
}

/** AWS: the Amazon VPC CNI for routable pods or on EKS by default; a Calico VXLAN overlay when the VPC CNI does not fit. */
const decide: Rule = (answers) => {
	const wishes = wishesAgainstVpcCni(answers);
	// Calico's EKS guide installs plain VXLAN; self-managed clusters get cross-subnet, as the upstream page advises.
	const overlay: OptionId =
		answers.managed === 'yes' ? 'calico-vxlan' : 'calico-vxlan-cross-subnet';
	const otherOverlay: OptionId =
		overlay === 'calico-vxlan' ? 'calico-vxlan-cross-subnet' : 'calico-vxlan';
	const onEks =
		answers.managed === 'yes'
			? [eksHostNetwork]
			: answers.managed === 'unsure'
				? [eksHostNetworkIfEks]
				: [];

	if (answers.routable === 'yes') {
		const tradeoffs: string[] = [];
		if (answers['cloud-neutral'] === 'yes')
			tradeoffs.push(
				'Pod networking depends on AWS, which you wanted to avoid; a Calico overlay would not, but its pod IPs are not routable.'
			);
		if (answers['ip-scarce'] === 'yes')
			tradeoffs.push(
				`Every pod takes a VPC address, which you said are scarce. ${awsRemedies} A Calico overlay spends none, but its pod IPs are not routable.`
			);
		if (answers['pod-limit'] === 'yes') {
			tradeoffs.push(
				`To raise the pods-per-node cap, turn on prefix delegation (VPC CNI ${facts.prefixDelegationCniVersion.value} or later, Nitro instances): each address slot then holds a /28, taking an ${example.type} from ${example.maxPods} to ${withPrefixes.maxPods} pods. EKS caps max pods at ${facts.eksMaxPodsCap.value.lowCpu} up to ${facts.eksMaxPodsCap.value.vcpuThreshold} vCPUs and ${facts.eksMaxPodsCap.value.highCpu} above, on managed node groups with or without prefix delegation. A Calico overlay lifts the cap only with a higher kubelet max pods, and its pod IPs are not routable.`
			);
		}
		return {
			pick: 'aws-vpc-cni',
			alternatives: [overlay, otherOverlay],
			excluded: {},
			reasons: [
				'You need routable pod IPs, and on AWS only the Amazon VPC CNI gives pods addresses from the VPC itself.',
			],
			tradeoffs,
		};
	}

	if (wishes.length > 0) {
		const reasons = [
			`You ${wishes.join(', and ')}: a Calico overlay takes pod addresses from its own pool, needs no VPC address per pod, and works the same on any cloud.`,
		];
		if (answers['pod-limit'] === 'yes') reasons.push(raiseMaxPods);
		reasons.push(
			overlay === 'calico-vxlan'
				? 'Calico’s EKS guide installs plain VXLAN, which wraps every packet and so works with the EC2 source/destination check left on.'
				: 'Cross-subnet mode wraps only traffic between subnets (and so between availability zones); traffic inside a subnet runs unwrapped.'
		);
		return {
			pick: overlay,
			alternatives: [otherOverlay, 'aws-vpc-cni'],
			excluded: {},
			reasons,
			tradeoffs: answers['ip-scarce'] === 'yes' ? [...onEks, awsRemedies] : onEks,
		};
	}

	if (answers.managed === 'no') {
		return {
			pick: 'calico-vxlan-cross-subnet',
			alternatives: ['calico-vxlan', 'aws-vpc-cni'],
			excluded: {},
			reasons: [
				'You run Kubernetes yourself on EC2, and you need neither routable pod IPs nor anything from the VPC CNI: Calico’s own VXLAN spares you installing and operating it.',
			],
			tradeoffs: [],
		};
	}

	const reasons = [
		answers.managed === 'yes'
			? 'On EKS the Amazon VPC CNI is the default: nothing extra to install, and pods talk to each other with no overlay.'
			: 'The Amazon VPC CNI is what EKS uses by default, and pods talk to each other with no overlay.',
	];
	const tradeoffs = ['Each pod takes a VPC address, and the instance type caps pods per node.'];
	if (answers.routable === 'no')
		tradeoffs.push(
			'Pod IPs are routable in the VPC although you do not need it; security groups and network policy still decide what reaches them.'
		);
	return {
		pick: 'aws-vpc-cni',
		alternatives: [overlay, otherOverlay],
		excluded: {},
		reasons,
		tradeoffs,
	};
};

/** AWS: how the guide decides. */
export const aws = defineEnvironment({ id: 'aws', decide });

/** AWS: what the underlay is like, and the options its page lists (apart from the decision, so the recommender does not ship them). */
export const awsPage: EnvironmentPage<'aws'> = {
	id: 'aws',
	underlay:
		'A VPC: subnets are routed by AWS, which drops traffic from addresses it did not assign unless the EC2 source/destination check is off.',
	listings: [
		{
			option: 'aws-vpc-cni',
			when: 'Pod IPs must be routable outside the cluster; this is EKS’s default.',
			answers: { routable: 'yes' },
		},
		{
			option: 'calico-vxlan-cross-subnet',
			when: 'You want no dependency on AWS networking, the VPC cannot spare an address per pod, or the VPC CNI’s pods-per-node limit is too low.',
			answers: { 'cloud-neutral': 'yes' },
		},
		{
			option: 'calico-vxlan',
			when: 'The same reasons, on EKS: Calico’s EKS guide installs plain VXLAN.',
			answers: { managed: 'yes', 'cloud-neutral': 'yes' },
			newer: true,
		},
	],
};
