import { facts } from '../../facts';
import { defineEnvironment, type EnvironmentPage } from './define';
import type { Rule } from './types';

const pool = facts.quickstartPool.value;

/** A laptop or CI runner: the quickstart's VXLAN cross-subnet pool, which wraps nothing on one host bridge. */
const decide: Rule = (a) => {
	const tradeoffs: string[] = [
		'What you learn here about the network carries over only in part: every node shares one bridge, so nothing between them filters, wraps or routes, which a real network may do.',
	];
	if (a.routable === 'yes')
		tradeoffs.push(
			'You need routable pod IPs, but nothing beyond this machine has a route to the pods: they stay reachable only through services or ingress (a NodePort, or kubectl port-forward). Routable pod addresses need a real network that learns pod routes.'
		);
	return {
		pick: 'calico-vxlan-cross-subnet',
		alternatives: ['calico-vxlan', 'calico-ipip-cross-subnet'],
		excluded: {},
		reasons: [
			`It is the pool of Calico’s own quickstart (${pool.cidr}, encapsulation ${pool.encapsulation}), which its kind and minikube guides apply as well, so what you try here is what most clusters start from.`,
			'All nodes sit on one bridge of one machine, so cross-subnet mode wraps nothing: pod traffic travels unwrapped between the nodes and the VXLAN path only comes into play when the cluster later spans subnets.',
		],
		tradeoffs,
	};
};

/** A laptop or CI runner: how the guide decides. */
export const laptop = defineEnvironment({ id: 'laptop', decide });

/** A laptop or CI runner: what the underlay is like, and the options its page lists (apart from the decision, so the recommender does not ship them). */
export const laptopPage: EnvironmentPage<'laptop'> = {
	id: 'laptop',
	underlay:
		'Nodes that are containers or virtual machines on one bridge of one machine (kind, minikube, a single kubeadm node): one layer-2 segment that filters nothing.',
	listings: [
		{
			option: 'calico-vxlan-cross-subnet',
			when: 'You try Calico on kind or minikube, or test configuration in CI: the quickstart’s pool, unwrapped on one bridge.',
			answers: {},
		},
		{
			option: 'calico-vxlan',
			when: 'You want to see the wrapped path a cloud that routes at layer 3 would need, on your own machine.',
			answers: {},
			mark: 'alternative',
		},
	],
};
