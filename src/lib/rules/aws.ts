import type { OptionId } from '../options';
import type { CompleteAnswers } from '../questions';
import type { Rule } from './types';

/** The reader's reasons, in their own terms, for leaving the VPC CNI. */
function wishesAgainstVpcCni(a: CompleteAnswers): string[] {
	const wishes: string[] = [];
	if (a['cloud-neutral'] === 'yes') wishes.push('want to avoid depending on AWS networking');
	if (a['ip-scarce'] === 'yes') wishes.push('cannot spare a VPC address for every pod');
	if (a['pod-limit'] === 'yes') wishes.push('need more pods per node than the VPC CNI allows on your instance type');
	return wishes;
}

/** AWS: the Amazon VPC CNI for routable pods or on EKS by default; a Calico VXLAN overlay when the VPC CNI does not fit. */
export const awsRule: Rule = (a) => {
	const wishes = wishesAgainstVpcCni(a);
	// Calico's EKS guide uses plain VXLAN; self-managed clusters get cross-subnet, as the upstream page advises.
	const overlay: OptionId = a.managed === 'yes' ? 'calico-vxlan' : 'calico-vxlan-cross-subnet';
	const otherOverlay: OptionId = overlay === 'calico-vxlan' ? 'calico-vxlan-cross-subnet' : 'calico-vxlan';

	if (a.routable === 'yes') {
		const tradeoffs: string[] = [];
		if (a['cloud-neutral'] === 'yes') tradeoffs.push('Pod networking depends on AWS, which you wanted to avoid; a Calico overlay would not, but its pod IPs are not routable.');
		if (a['ip-scarce'] === 'yes') tradeoffs.push('Every pod takes a VPC address, which you said are scarce: size the subnets for pods, or add a secondary CIDR to the VPC. A Calico overlay spends none, but its pod IPs are not routable.');
		if (a['pod-limit'] === 'yes') {
			tradeoffs.push(
				'To raise the pods-per-node cap, turn on prefix delegation (VPC CNI 1.9 or later, Nitro instances): each address slot then holds a /28, taking an m5.large from 29 to 110 pods. If that is still too few, a Calico overlay has no such cap, but its pod IPs are not routable.',
			);
		}
		return {
			pick: 'aws-vpc-cni',
			alternatives: [overlay, otherOverlay],
			excluded: {},
			reasons: ['You need routable pod IPs, and on AWS only the Amazon VPC CNI gives pods addresses from the VPC itself.'],
			tradeoffs,
		};
	}

	if (wishes.length > 0) {
		const reasons = [
			`You ${wishes.join(', and ')}: a Calico overlay takes pod addresses from its own pool, caps pods per node only where Kubernetes does, and works the same on any cloud.`,
		];
		reasons.push(
			overlay === 'calico-vxlan'
				? 'On EKS, Calico’s own guide uses plain VXLAN, which needs no change to the EC2 source/destination check.'
				: 'Cross-subnet mode wraps only traffic between subnets (and so between availability zones); traffic inside a subnet runs unwrapped.',
		);
		return { pick: overlay, alternatives: [otherOverlay, 'aws-vpc-cni'], excluded: {}, reasons, tradeoffs: [] };
	}

	if (a.managed === 'no') {
		return {
			pick: 'calico-vxlan-cross-subnet',
			alternatives: ['aws-vpc-cni', 'calico-vxlan'],
			excluded: {},
			reasons: [
				'You run Kubernetes yourself on EC2, and you need neither routable pod IPs nor anything from the VPC CNI: Calico’s own VXLAN spares you installing and operating it.',
			],
			tradeoffs: [],
		};
	}

	const reasons = [
		a.managed === 'yes'
			? 'On EKS the Amazon VPC CNI is the default: nothing extra to install, and pods talk to each other with no overlay.'
			: 'The Amazon VPC CNI is what EKS uses by default, and pods talk to each other with no overlay.',
	];
	const tradeoffs = ['Each pod takes a VPC address, and the instance type caps pods per node.'];
	if (a.routable === 'no') tradeoffs.push('Pod IPs are routable in the VPC although you do not need it; security groups and network policy still decide what reaches them.');
	return { pick: 'aws-vpc-cni', alternatives: [overlay, otherOverlay], excluded: {}, reasons, tradeoffs };
};
