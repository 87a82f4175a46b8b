import { facts } from '../../facts';
import { proxmoxVxlanZoneMtu } from '../../facts/platforms';
import { defineEnvironment, type EnvironmentPage } from './define';
import { onPrem } from './on-prem';
import type { Rule } from './types';

/** vSphere or Proxmox VMs: the on-premises decision, since the VMs sit on your own network, plus what the virtual switch adds. */
const decide: Rule = (answers) => {
	const verdict = onPrem.decide(answers);
	return {
		...verdict,
		tradeoffs: [
			...verdict.tradeoffs,
			`The virtual switch is a second network to check: an NSX distributed firewall or the Proxmox firewall may drop IP protocol ${facts.ipipProtocol.value}, and SpoofGuard or a Proxmox IP filter drops unwrapped pod packets, while a Proxmox SDN VXLAN zone leaves the VMs ${proxmoxVxlanZoneMtu.value} bytes of MTU.`,
		],
	};
};

/** vSphere or Proxmox VMs: how the guide decides. */
export const vsphere = defineEnvironment({ id: 'vsphere', decide });

/** vSphere or Proxmox VMs: what the underlay is like, and the options its page lists (apart from the decision, so the recommender does not ship them). */
export const vspherePage: EnvironmentPage<'vsphere'> = {
	id: 'vsphere',
	underlay:
		'VMs on a virtual switch (a vSphere port group, NSX segment or Proxmox bridge) in front of your own routers: the physical network decides the options, the virtual switch’s firewall and address filters can veto them.',
	listings: [
		{
			option: 'calico-bgp-peering',
			when: 'Your routers can peer BGP with the VMs and you want pods reachable from the rest of the network.',
			answers: { bgp: 'yes' },
		},
		{
			option: 'calico-bgp-mesh',
			when: 'Every VM sits on one port group or bridge (one VLAN) and the routers will not peer: the common layout for a cluster on one hypervisor cluster.',
			answers: { bgp: 'no', l2: 'yes' },
		},
		{
			option: 'calico-vxlan-cross-subnet',
			mark: 'recommended',
			when: 'The VMs span VLANs or subnets and the routers will not peer.',
			answers: { bgp: 'no', l2: 'no' },
		},
		{
			option: 'calico-vxlan',
			when: 'SpoofGuard, a Proxmox IP filter or port security you cannot change drops packets from pod addresses: every packet is wrapped and carries VM addresses only.',
			answers: { bgp: 'no', 'pod-source': 'no' },
		},
	],
};
