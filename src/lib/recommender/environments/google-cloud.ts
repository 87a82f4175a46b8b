import { facts } from '../../facts';
import type { CompleteAnswers } from '../../catalog/questions';
import { defineEnvironment, type EnvironmentPage } from './define';
import { layer3Only, type Rule, type Verdict } from './types';

const gkeRemedies = `GKE’s own remedies: lower the max pods per node, which shrinks each node’s range (a /24 only at the default ${facts.gkeDefaultMaxPods.value}), or add discontiguous Pod ranges (multi-Pod CIDR).`;
const ownComputeEngine =
	'A Calico overlay is for Kubernetes you run yourself on Compute Engine: GKE runs Calico for network policy only.';

/** The reader's reasons, in their own terms, for keeping pods off the VPC. */
function wishesAgainstVpc(answers: CompleteAnswers): string[] {
	const wishes: string[] = [];
	if (answers['cloud-neutral'] === 'yes')
		wishes.push('want to avoid depending on Google Cloud networking');
	if (answers['ip-scarce'] === 'yes') wishes.push('cannot spare VPC addresses for every pod');
	return wishes;
}

/** What GKE's own networking costs against the reader's wishes, with GKE's remedies. */
function gkeTradeoffs(answers: CompleteAnswers): string[] {
	const tradeoffs: string[] = [];
	if (answers['ip-scarce'] === 'yes')
		tradeoffs.push(
			`Pod ranges come from the VPC, which you said is short of addresses. ${gkeRemedies}`
		);
	if (answers['cloud-neutral'] === 'yes')
		tradeoffs.push(
			`Pod networking depends on Google Cloud, which you wanted to avoid. ${ownComputeEngine}`
		);
	return tradeoffs;
}

/** Google Cloud: alias IPs for routable pods and always on GKE; otherwise a Calico VXLAN overlay on Compute Engine, never cross-subnet. */
const decide: Rule = (answers) => {
	const pureL3 = `${layer3Only('Google Cloud')} The upstream guide rules it out there.`;
	const excluded: Verdict['excluded'] = {
		'calico-vxlan-cross-subnet': pureL3,
		'calico-ipip-cross-subnet': pureL3,
	};
	const wishes = wishesAgainstVpc(answers);

	if (answers.routable === 'yes') {
		const tradeoffs = gkeTradeoffs(answers);
		if (answers.managed === 'no')
			tradeoffs.push(
				'Outside GKE you set up the Google cloud provider, alias IP ranges and host-local IPAM yourself.'
			);
		return {
			pick: 'gke-alias-ip',
			alternatives: ['calico-vxlan', 'calico-ipip'],
			excluded,
			reasons: [
				'You need routable pod IPs, and on Google Cloud that takes the Google cloud provider with alias IP ranges, so the VPC itself routes pods.',
			],
			tradeoffs,
		};
	}

	if (answers.managed === 'yes') {
		const reasons = [
			'On GKE only GKE’s own networking can be installed: VPC-native pods with alias IP ranges, routed by Google’s network with no overlay.',
		];
		if (wishes.length > 0)
			reasons.push(
				`You ${wishes.join(', and ')}; GKE cannot run a Calico overlay, so the trade-offs below say what GKE offers instead.`
			);
		const policy =
			'Calico enforces network policy only on GKE Standard clusters created with --enable-network-policy; Autopilot clusters use GKE Dataplane V2 instead.';
		// On Dataplane V2 the blocker's conflict says who enforces policy instead.
		const onDataplaneV2 = answers['gke-dataplane-v2'] === 'yes';
		return {
			pick: 'gke-alias-ip',
			alternatives: ['calico-vxlan', 'calico-ipip'],
			excluded,
			reasons,
			tradeoffs: [...gkeTradeoffs(answers), ...(onDataplaneV2 ? [] : [policy])],
		};
	}

	if (wishes.length > 0 || answers.managed === 'no') {
		const reasons =
			wishes.length > 0
				? [
						`You ${wishes.join(', and ')}: a Calico VXLAN overlay draws pods from its own pool and needs nothing from the VPC beyond UDP port ${facts.vxlanPort.value} between nodes.`,
					]
				: [
						`You run Kubernetes yourself on Compute Engine: a Calico VXLAN overlay needs nothing from the VPC beyond UDP port ${facts.vxlanPort.value} between nodes.`,
					];
		reasons.push(
			'Google’s network drops unwrapped pod traffic it has no route for, so every packet between nodes is wrapped.'
		);
		const tradeoffs =
			answers.managed === 'unsure'
				? [
						`This needs Kubernetes you run yourself on Compute Engine; on GKE, Calico is network policy only. ${gkeRemedies}`,
					]
				: [];
		return {
			pick: 'calico-vxlan',
			alternatives: ['calico-ipip', 'gke-alias-ip'],
			excluded,
			reasons,
			tradeoffs,
		};
	}

	return {
		pick: 'gke-alias-ip',
		alternatives: ['calico-vxlan', 'calico-ipip'],
		excluded,
		reasons: [
			'VPC-native networking with alias IPs is GKE’s default: no overlay and nothing extra to run. Calico can enforce network policy on it.',
		],
		tradeoffs: [
			'Pod ranges come from the VPC, so plan its secondary ranges for pods as well as nodes.',
		],
	};
};

/** Google Cloud: how the guide decides. */
export const googleCloud = defineEnvironment({ id: 'google-cloud', decide });

/** Google Cloud: what the underlay is like, and the options its page lists (apart from the decision, so the recommender does not ship them). */
export const googleCloudPage: EnvironmentPage<'google-cloud'> = {
	id: 'google-cloud',
	underlay:
		'A VPC that is routed at layer 3 everywhere, even inside one subnet, and drops pod traffic it has no alias IP or route for.',
	listings: [
		{
			option: 'gke-alias-ip',
			when: 'Pod IPs must be routable outside the cluster, or you use GKE: it is GKE’s default and the only pod networking GKE runs.',
			answers: { routable: 'yes' },
		},
		{
			option: 'calico-vxlan',
			mark: 'recommended',
			when: 'You run Kubernetes yourself on Compute Engine and want no dependency on Google Cloud networking, or the VPC cannot spare addresses for pods.',
			answers: { managed: 'no', 'cloud-neutral': 'yes' },
		},
		{
			option: 'calico-ipip',
			mark: 'alternative',
			when: `As above, when you prefer IP-in-IP’s smaller header and the firewall passes IP protocol ${facts.ipipProtocol.value} (before Calico ${facts.ipipWithoutBgpSince.value}, BGP between nodes too).`,
			answers: { managed: 'no', 'cloud-neutral': 'yes' },
		},
	],
};
