import { facts } from '../../facts';
import { ociVcnMtu } from '../../facts/oracle';
import type { CompleteAnswers } from '../../catalog/questions';
import { defineEnvironment, type EnvironmentPage } from './define';
import type { Rule, Verdict } from './types';

const vxlanPort = facts.vxlanPort.value;
const flannelReplaced =
	'On OKE a Calico overlay needs a cluster created with the flannel overlay, whose flannel add-on is turned off before node pools are added: Calico then replaces flannel as the CNI, and only nodes created afterwards get it, so Oracle advises against the change on a cluster that already has workers.';
const testedOnly =
	'Oracle supports only the Calico versions it has tested on OKE; the OKE page lists them.';
const noRoutesForBlocks =
	'You need routable pod IPs, but nothing on a VCN routes Calico’s pod blocks: a route rule can send a range to a node’s private IP (with its source/destination check skipped), yet one rule per block is yours to keep as blocks move. Pods stay reachable only through services or ingress (an OCI load balancer among them); routable pods on OCI are what OKE’s VCN-native pod networking gives.';

/** The reader's reasons, in their own terms, for keeping pods off the VCN. */
function wishesAgainstVcn(answers: CompleteAnswers): string[] {
	const wishes: string[] = [];
	if (answers['cloud-neutral'] === 'yes') wishes.push('want to avoid depending on OCI networking');
	if (answers['ip-scarce'] === 'yes') wishes.push('cannot spare VCN addresses for every pod');
	return wishes;
}

/** A Calico VXLAN overlay on OCI: on OKE in place of flannel, or on OCI Compute. */
function overlay(answers: CompleteAnswers, wishes: string[]): Verdict {
	const reasons = [
		wishes.length > 0
			? `You ${wishes.join(', and ')}: a Calico VXLAN pool draws pods from its own range and needs nothing from the VCN beyond UDP port ${vxlanPort} between nodes in its security rules.`
			: `You run Kubernetes yourself on OCI Compute: a Calico VXLAN overlay needs nothing from the VCN beyond UDP port ${vxlanPort} between nodes in its security rules.`,
		'A VCN delivers a packet to a VNIC only for the addresses that VNIC owns or a route rule sends it, so pod packets between nodes are wrapped.',
		`Inside a VCN the MTU is ${ociVcnMtu.value}; VXLAN takes ${facts.vxlanOverheadV4.value} of it, which Felix finds by itself.`,
	];
	const tradeoffs: string[] = [];
	if (answers.managed === 'yes') tradeoffs.push(flannelReplaced, testedOnly);
	if (answers.managed === 'unsure')
		tradeoffs.push(`This is for Kubernetes you run on OCI Compute. ${flannelReplaced}`);
	if (answers.routable === 'yes') tradeoffs.push(noRoutesForBlocks);
	return {
		pick: 'calico-vxlan',
		alternatives: ['calico-ipip', 'oke-vcn-native'],
		excluded: {},
		reasons,
		tradeoffs,
	};
}

/** OKE's VCN-native pod networking with Calico policy. */
function vcnNative(answers: CompleteAnswers, wishes: string[]): Verdict {
	const reasons = [
		'On OKE, VCN-native pod networking gives each pod an address from a pod subnet of the VCN, which routes it natively with no overlay; Calico runs beside Oracle’s CNI and enforces network policy.',
	];
	if (answers.routable === 'yes')
		reasons.push(
			'You need routable pod IPs, and VCN-native pods are reachable from peered VCNs and networks routed to the VCN.'
		);
	if (wishes.length > 0)
		reasons.push(
			`You ${wishes.join(', and ')}; routable pods need the VCN’s addresses, so the trade-offs below say what that costs.`
		);
	const tradeoffs = [
		'Pods take addresses from the pod subnet, so size it for every pod as well as the nodes, and pick shapes with VNICs enough for the pods per node you want.',
		testedOnly,
	];
	if (answers.managed === 'unsure')
		tradeoffs.push(
			'VCN-native pod networking exists only on OKE; on Kubernetes you run yourself on OCI Compute, the pick is a Calico VXLAN overlay.'
		);
	return {
		pick: 'oke-vcn-native',
		alternatives: ['calico-vxlan', 'calico-ipip'],
		excluded: {},
		reasons,
		tradeoffs,
	};
}

/** Oracle Cloud: VCN-native pods with Calico policy on OKE, unless the reader keeps pods off the VCN; a Calico VXLAN overlay on OCI Compute. */
const decide: Rule = (answers) => {
	const wishes = wishesAgainstVcn(answers);
	if (answers.managed === 'no') return overlay(answers, wishes);
	if (answers.routable === 'yes' || wishes.length === 0) return vcnNative(answers, wishes);
	return overlay(answers, wishes);
};

/** Oracle Cloud: how the guide decides. */
export const oracleCloud = defineEnvironment({ id: 'oracle-cloud', decide });

/** Oracle Cloud: what the underlay is like, and the options its page lists (apart from the decision, so the recommender does not ship them). */
export const oracleCloudPage: EnvironmentPage<'oracle-cloud'> = {
	id: 'oracle-cloud',
	underlay: `A VCN with an MTU of ${ociVcnMtu.value} whose VNICs drop packets from or to addresses they do not own, unless their source/destination check is skipped.`,
	listings: [
		{
			option: 'oke-vcn-native',
			mark: 'recommended',
			when: 'You use OKE: pods get VCN addresses, routable across the VCN, and Calico adds network policy.',
			answers: { managed: 'yes' },
			newer: true,
		},
		{
			option: 'calico-vxlan',
			mark: 'recommended',
			when: 'You run Kubernetes yourself on OCI Compute, or on OKE you keep pods off the VCN (a flannel-overlay cluster on which Calico replaces flannel).',
			answers: { managed: 'no' },
			newer: true,
		},
		{
			option: 'calico-ipip',
			mark: 'alternative',
			when: `As above, with IP-in-IP’s smaller header: the security rules must allow IP protocol ${facts.ipipProtocol.value} between nodes, and the pods are IPv4 only.`,
			answers: { managed: 'no' },
			newer: true,
		},
	],
};
