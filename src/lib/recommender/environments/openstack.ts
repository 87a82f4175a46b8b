import { facts } from '../../facts';
import { neutronVxlanMtu } from '../../facts/platforms';
import { defineEnvironment, type EnvironmentPage } from './define';
import type { Rule } from './types';

const neutronMtu = neutronVxlanMtu.value;
const vxlanBytes = facts.vxlanOverheadV4.value;
const ipipBytes = facts.ipipOverheadV4.value;

/** OpenStack VMs: VXLAN cross-subnet, unwrapped inside a Neutron subnet once the ports pass pod addresses. */
const decide: Rule = (a) => {
	const tradeoffs: string[] = [
		`A Neutron VXLAN tenant network already leaves the VMs ${neutronMtu} bytes; Calico’s VXLAN takes ${vxlanBytes} more between subnets, so pods get ${neutronMtu - vxlanBytes}. Felix finds the smaller MTU by itself.`,
	];
	if (a.routable === 'yes')
		tradeoffs.push(
			'You need routable pod IPs, but a Neutron router learns no pod routes from the VMs: OpenStack has no BGP peering for tenant VMs, and a static route per node on the router (or cloud-provider-openstack’s route controller) suits per-node ranges that never change, which Calico’s blocks are not. Pods stay reachable only through services or ingress (Octavia load balancers among them).'
		);
	return {
		pick: 'calico-vxlan-cross-subnet',
		alternatives: ['calico-vxlan', 'calico-ipip-cross-subnet', 'calico-ipip', 'calico-bgp-mesh'],
		excluded: {},
		reasons: [
			'Nodes on one Neutron network exchange pod packets unwrapped, which saves a second header on top of Neutron’s own overlay; traffic between Neutron subnets, through a router that has no pod routes, is wrapped in VXLAN.',
			`Unwrapped pod packets need the pod range as an allowed address pair on every node port (or port security off): Neutron otherwise drops any packet whose source is not the port’s own address. Security groups must pass UDP port ${facts.vxlanPort.value} between the nodes.`,
		],
		tradeoffs,
	};
};

/** OpenStack VMs: how the guide decides. */
export const openstack = defineEnvironment({ id: 'openstack', decide });

/** OpenStack VMs: what the underlay is like, and the options its page lists (apart from the decision, so the recommender does not ship them). */
export const openstackPage: EnvironmentPage<'openstack'> = {
	id: 'openstack',
	underlay:
		'Neutron networks, usually a VXLAN overlay of their own, whose ports drop packets from addresses other than the VM’s unless the pod range is an allowed address pair, and whose security groups filter by protocol.',
	listings: [
		{
			option: 'calico-vxlan-cross-subnet',
			when: 'You can add the pod range to the node ports’ allowed address pairs: unwrapped inside a subnet, VXLAN between subnets.',
			answers: { 'pod-source': 'yes' },
		},
		{
			option: 'calico-vxlan',
			when: 'The ports keep port security without address pairs (a shared project, or ports you do not control): every packet is wrapped and carries node addresses only.',
			answers: { 'pod-source': 'no' },
		},
		{
			option: 'calico-ipip',
			mark: 'alternative',
			when: `As above, when the security groups pass IP protocol ${facts.ipipProtocol.value} and IPv4 is enough: a ${ipipBytes}-byte header instead of ${vxlanBytes}.`,
			answers: { 'pod-source': 'no' },
		},
	],
};
