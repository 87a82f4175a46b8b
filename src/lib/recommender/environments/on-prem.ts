import { overheadBytes } from '../../catalog/encapsulation';
import { facts } from '../../facts';
import type { OptionId } from '../../catalog/options';
import { defineEnvironment, type EnvironmentPage } from './define';
import type { Rule, Verdict } from './types';

const meshLimit = `A full node-to-node BGP mesh suits up to about ${facts.bgpMeshNodeLimit.value} nodes; past that, add BGP route reflectors.`;

/** On-premises: BGP peering with the network when it can, a node mesh on one layer-2 network, else VXLAN cross-subnet. */
const decide: Rule = ({ routable, bgp, l2 }) => {
	const excluded: Verdict['excluded'] = {};
	if (bgp === 'no')
		excluded['calico-bgp-peering'] =
			'You said your network cannot peer BGP with the nodes, and this option needs routers that learn pod routes over BGP.';
	if (l2 === 'no')
		excluded['calico-bgp-mesh'] =
			'You said the nodes span several subnets; without an overlay or peering routers, pods on different subnets could not reach each other.';

	const unsureLater: OptionId[] = [];
	if (l2 === 'unsure') unsureLater.push('calico-bgp-mesh');
	if (bgp === 'unsure') unsureLater.push('calico-bgp-peering');

	if (bgp === 'yes' || (routable === 'yes' && bgp === 'unsure')) {
		const reasons =
			bgp === 'yes'
				? [
						'Your routers can peer BGP with the nodes, so they learn where every pod lives and no overlay is needed.',
					]
				: [
						'You need routable pod IPs, and on-premises only BGP peering with your routers gives pods addresses the rest of the network can reach.',
					];
		const tradeoffs = [
			'The pod range must not overlap any other network or cluster, and the routers need BGP configured for every node (or for route reflectors).',
		];
		if (bgp === 'unsure')
			tradeoffs.unshift(
				'This works only if your routers can peer BGP with the nodes; check that first.'
			);
		if (routable === 'yes')
			reasons.push('Pods become reachable from outside the cluster without NAT, as you need.');
		if (routable === 'no')
			tradeoffs.push(
				'Pod IPs become routable although you do not need it; filter the advertised routes at the routers if you want to keep them inside.'
			);
		const alternatives: OptionId[] = l2 === 'no' ? [] : ['calico-bgp-mesh'];
		alternatives.push('calico-vxlan-cross-subnet', 'calico-ipip-cross-subnet', 'calico-vxlan');
		return { pick: 'calico-bgp-peering', alternatives, excluded, reasons, tradeoffs };
	}

	const tradeoffs: string[] = [];
	if (routable === 'yes') {
		tradeoffs.push(
			'You need routable pod IPs, but without BGP peering the rest of your network has no route to pods; they stay reachable only through services or ingress. Routers that can peer BGP would change this.'
		);
	}

	if (l2 === 'yes') {
		const reasons = [
			'All your nodes share one layer-2 network, so they can send pod traffic to each other unwrapped, with routes exchanged over a BGP mesh among the nodes themselves.',
		];
		if (bgp === 'no')
			reasons.push(
				'Your network cannot peer BGP, so the routes stay inside the cluster and nothing outside needs configuring.'
			);
		return {
			pick: 'calico-bgp-mesh',
			alternatives: [
				'calico-vxlan-cross-subnet',
				'calico-ipip-cross-subnet',
				'calico-vxlan',
				...unsureLater.filter((id) => id !== 'calico-bgp-mesh'),
			],
			excluded,
			reasons,
			tradeoffs: [
				...tradeoffs,
				meshLimit,
				'Every node must stay on that one segment; a node added in another subnet would be cut off from pods.',
			],
		};
	}

	const reasons =
		l2 === 'no'
			? [
					'Your nodes span several subnets, so traffic between subnets must be wrapped; cross-subnet mode wraps only that traffic and leaves traffic inside a subnet at full speed.',
				]
			: [
					'You were not sure how the nodes are laid out; VXLAN in cross-subnet mode works whether they share a subnet or not.',
				];
	reasons.push(
		`VXLAN needs no BGP and nothing from the network except UDP port ${facts.vxlanPort.value} between nodes.`
	);
	if (bgp === 'no')
		reasons.push(
			'Your network cannot peer BGP, which rules out making pod IPs routable with Calico alone.'
		);
	return {
		pick: 'calico-vxlan-cross-subnet',
		// Plain VXLAN before options that hang on a "not sure": it works whatever the layout and the routers.
		alternatives: ['calico-ipip-cross-subnet', 'calico-vxlan', ...unsureLater],
		excluded,
		reasons,
		tradeoffs: [
			...tradeoffs,
			`Traffic between subnets carries a ${overheadBytes.vxlan[4]}-byte VXLAN header (${overheadBytes.vxlan[6]} over IPv6), which lowers the pod MTU.`,
		],
	};
};

/** On-premises: how the guide decides. */
export const onPrem = defineEnvironment({ id: 'on-prem', decide });

/** On-premises: what the underlay is like, and the options its page lists (apart from the decision, so the recommender does not ship them). */
export const onPremPage: EnvironmentPage<'on-prem'> = {
	id: 'on-prem',
	underlay:
		'Your own switches and routers: whether they can peer BGP with the nodes, and whether the nodes share one layer-2 segment, decide the options.',
	listings: [
		{
			option: 'calico-bgp-peering',
			when: 'Your top-of-rack routers can peer BGP with the nodes, and you want pods reachable from the rest of the network.',
			answers: { bgp: 'yes' },
		},
		{
			option: 'calico-bgp-mesh',
			when: 'Your routers cannot peer BGP, but every node sits in one layer-2 network.',
			answers: { bgp: 'no', l2: 'yes' },
		},
		{
			option: 'calico-vxlan-cross-subnet',
			mark: 'recommended',
			when: 'Neither of the above: nodes span subnets and the routers will not peer.',
			answers: { bgp: 'no', l2: 'no' },
		},
		{
			option: 'calico-ipip-cross-subnet',
			mark: 'alternative',
			when: `As above, when you prefer IP-in-IP’s smaller header and the network passes IP protocol ${facts.ipipProtocol.value} (before Calico ${facts.ipipWithoutBgpSince.value}, BGP between nodes too).`,
			answers: { bgp: 'no', l2: 'no' },
		},
	],
};
