import { facts } from '../../facts';
import { defineEnvironment, type EnvironmentPage } from './define';
import type { Rule } from './types';

/** Anywhere else: VXLAN cross-subnet, which asks almost nothing of the network. */
const decide: Rule = (a) => {
	const tradeoffs: string[] = [];
	if (a.routable === 'yes') {
		tradeoffs.push(
			'You need routable pod IPs, which takes a network that learns pod routes: routers that peer BGP with the nodes (see the on-premises answers) or a cloud integration. Without one, pods stay reachable only through services or ingress.'
		);
	}
	return {
		pick: 'calico-vxlan-cross-subnet',
		alternatives: ['calico-vxlan', 'calico-ipip-cross-subnet', 'calico-bgp-peering'],
		excluded: {},
		reasons: [
			`Without knowing more of the network, VXLAN in cross-subnet mode is the safe start: it needs only UDP port ${facts.vxlanPort.value} between nodes and leaves traffic inside a subnet unwrapped.`,
			'If the network drops unwrapped pod traffic even inside a subnet (as layer-3-only clouds such as Azure and Google Cloud do), switch to plain VXLAN.',
		],
		tradeoffs,
	};
};

/** Anywhere else: how the guide decides. */
export const other = defineEnvironment({ id: 'other', decide });

/** Anywhere else: what the underlay is like, and the options its page lists (apart from the decision, so the recommender does not ship them). */
export const otherPage: EnvironmentPage<'other'> = {
	id: 'other',
	underlay: 'A network you know little about, or a provider this guide does not cover.',
	listings: [
		{
			option: 'calico-vxlan-cross-subnet',
			when: 'Your environment is not listed, or you want to start without studying the network first.',
			answers: {},
		},
	],
};
