import { getOption, type OptionId } from '../catalog/options';
import type { Answers } from '../catalog/questions';
import { facts, has, type Release } from '../facts';
import { toYaml } from '../operator/emit-yaml';
import type { LoadBalancerIpPool } from '../operator/types';
import type { ExtraStep } from './extra-step';

/**
 * How the rest of the network reaches the LoadBalancer addresses Calico hands out: `bgp` when the nodes peer with
 * the routers, `l2` when every node shares one layer-2 segment and the release's Felix answers ARP for them, `none`
 * when nothing in Calico announces them.
 */
export type LoadBalancerWay = 'bgp' | 'l2' | 'none';

/** The way LoadBalancer addresses are announced for a pick, or null when the reader did not ask the cluster to hand them out. */
export function loadBalancerWay(
	option: OptionId,
	answers: Answers,
	release: Release
): LoadBalancerWay | null {
	if (answers['lb-ips'] !== 'yes' || getOption(option).operator?.cni !== 'Calico') return null;
	if (option === 'calico-bgp-peering') return 'bgp';
	if (answers.l2 === 'yes' && has(release, 'localSubnetL2Reachability')) return 'l2';
	return 'none';
}

const pool: LoadBalancerIpPool = {
	apiVersion: 'projectcalico.org/v3',
	kind: 'IPPool',
	metadata: { name: 'loadbalancer-ippool' },
	spec: {
		cidr: facts.lbPoolExample.value,
		ipipMode: 'Never',
		vxlanMode: 'Never',
		natOutgoing: false,
		allowedUses: ['LoadBalancer'],
	},
};

const assigns = `Calico’s kube-controllers give every Service of type LoadBalancer an address from this pool (pools with allowedUses: [LoadBalancer] are the only ones they take from).`;

/** The IPPool that LoadBalancer addresses come from, written for the way they are announced. */
export function loadBalancerPoolStep(way: Exclude<LoadBalancerWay, 'none'>): ExtraStep {
	const range =
		way === 'bgp'
			? '# Replace the range with one your routers may route to the cluster; it must not overlap the pod pool.'
			: '# Replace the range with a free part of the nodes’ own subnet: outside DHCP scopes, hosts and routers.';
	const why =
		way === 'bgp'
			? `${assigns} The BGPConfiguration in the BGP peering step lists the same range in ${facts.lbBgpField.value}, so every node advertises it to the routers.`
			: `${assigns} Felix then answers ARP (NDP for IPv6) for each address on the nodes’ segment, turned on by localSubnetL2Reachability: PodsAndLoadBalancers in the FelixConfiguration step; only pools without a wrapper qualify, and only addresses inside a node’s subnet. Before you rely on it: ${facts.l2ReachabilityLimits.value.join('; ')}.`;
	return {
		id: 'load-balancer-pool',
		title: 'IPPool that LoadBalancer Services take their addresses from',
		language: 'yaml',
		text: [range, toYaml(pool)].join('\n'),
		why,
	};
}

/** What the reader is told when nothing in Calico would announce the LoadBalancer addresses. */
export function loadBalancerUnannounced(release: Release): string {
	const l2 = has(release, 'localSubnetL2Reachability')
		? 'or, with every node on one layer-2 segment, answer that question “yes” so that Felix answers ARP for them'
		: `or, with every node on one layer-2 segment, Calico ${facts.l2ReachabilitySince.value}, whose Felix answers ARP for them`;
	return `Left out: LoadBalancer addresses. Calico could hand them out, but with these answers nothing would announce them to the rest of the network: that takes BGP peering with your routers (answer the BGP question “yes”), ${l2}. Otherwise run MetalLB in layer-2 mode with its own address pools and create no Calico pool with allowedUses: [LoadBalancer], so that only one of them assigns addresses.`;
}
