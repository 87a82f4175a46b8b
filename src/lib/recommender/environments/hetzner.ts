import { facts } from '../../facts';
import { hetznerNetworkRouteLimit, hetznerPrivateMtu } from '../../facts/platforms';
import { defineEnvironment, type EnvironmentPage } from './define';
import { layer3Only, type Rule } from './types';

const mtu = hetznerPrivateMtu.value;

/** Hetzner Cloud servers: plain VXLAN over the private network, which routes at layer 3 and knows no pod addresses. */
const decide: Rule = (a) => {
	const tradeoffs: string[] = [
		`Private network interfaces have an MTU of ${mtu}; VXLAN takes ${facts.vxlanOverheadV4.value}, so pods get ${mtu - facts.vxlanOverheadV4.value}. Felix finds it by itself.`,
	];
	if (a.routable === 'yes')
		tradeoffs.push(
			`You need routable pod IPs, but nothing on a Hetzner network routes Calico’s pod blocks: Hetzner’s cloud controller adds a network route per node for the node’s pod CIDR (at most ${hetznerNetworkRouteLimit.value} routes a network) for CNIs that route natively per node, and Calico’s IPAM blocks are not those CIDRs. Pods stay reachable only through services or ingress (a Hetzner Load Balancer among them).`
		);
	return {
		pick: 'calico-vxlan',
		alternatives: ['calico-ipip'],
		excluded: {
			'calico-vxlan-cross-subnet': `${layer3Only('A Hetzner Cloud network')} Hetzner documents its cloud subnets as routed at layer 3 through the network’s gateway.`,
		},
		reasons: [
			'A Hetzner Cloud network routes every packet through its gateway and knows only the servers’ own addresses, so pod packets between nodes must be wrapped.',
			`VXLAN needs UDP port ${facts.vxlanPort.value} between the servers’ private addresses, and Hetzner’s Cloud Firewalls do not filter private networks.`,
		],
		tradeoffs,
	};
};

/** Hetzner Cloud: how the guide decides. */
export const hetzner = defineEnvironment({ id: 'hetzner', decide });

/** Hetzner Cloud: what the underlay is like, and the options its page lists (apart from the decision, so the recommender does not ship them). */
export const hetznerPage: EnvironmentPage<'hetzner'> = {
	id: 'hetzner',
	underlay: `Private networks routed at layer 3 through a gateway, with an MTU of ${mtu}, that carry only the servers’ own addresses unless a network route says otherwise.`,
	listings: [
		{
			option: 'calico-vxlan',
			mark: 'recommended',
			when: 'Kubernetes on Hetzner Cloud servers joined by a private network (k3s, kubeadm, Talos or a Terraform module).',
			answers: {},
		},
		{
			option: 'calico-ipip',
			mark: 'alternative',
			when: `The private network carries IP protocol ${facts.ipipProtocol.value} (Hetzner does not say) and IPv4 is enough: a smaller header than VXLAN’s.`,
			answers: { ipip: 'yes' },
		},
	],
};
