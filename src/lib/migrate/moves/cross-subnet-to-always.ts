import { environmentIds } from '../../catalog/environments';
import { sources as s } from '../../facts';
import {
	f,
	poolEntry,
	installationPools,
	patchFirstPool,
	showPools,
	editInstallation,
	noChange,
} from '../snippets';
import type { Move } from '../types';

export const crossSubnetToAlways: Move = {
	id: 'cross-subnet-to-always',
	title: 'Cross-subnet to always wrapped',
	summary:
		'Wraps every packet between nodes again, for networks that drop unwrapped pod traffic even inside a subnet, Azure’s among them.',
	from: {
		mode: 'VXLAN or IP-in-IP between subnets only',
		options: ['calico-vxlan-cross-subnet', 'calico-ipip-cross-subnet'],
	},
	to: { mode: 'VXLAN or IP-in-IP on every packet', options: ['calico-vxlan', 'calico-ipip'] },
	// Wherever the checker finds cross-subnet it can fire (Azure and Google Cloud route at layer 3; Windows cannot use it).
	environments: environmentIds,
	reversible: true,
	reversal:
		'Set the cross-subnet value back in the Installation, once the network carries unwrapped pod traffic inside a subnet.',
	disrupts: [
		{
			kind: 'inter-node-blip',
			why: 'Routes between nodes of one subnet move onto the tunnel device, which can drop a few packets as each node switches.',
		},
	],
	steps: [
		{
			title: 'Check the tunnel can pass between every pair of nodes',
			action: `Same-subnet traffic will now be wrapped too, so the tunnel must pass between all nodes: UDP port ${f.vxlanPort.value} for VXLAN, IP protocol ${f.ipipProtocol.value} for IP-in-IP. On Azure choose VXLAN, since Azure’s network drops IP-in-IP.`,
			code: [],
			verify:
				'Firewall rules or security groups list the port for every node, not only across subnets.',
			rollback: noChange,
		},
		{
			title: 'Switch the pool to always wrap',
			action: `${editInstallation} Replace VXLANCrossSubnet with VXLAN, or IPIPCrossSubnet with IPIP.`,
			code: [installationPools([poolEntry('VXLAN')]), patchFirstPool('encapsulation', 'VXLAN')],
			verify:
				'The pool shows Always, and on a node ip route sends every other node’s pod block through the tunnel device. Pods on two nodes of one subnet reach each other.',
			verifyCode: showPools,
			rollback: 'Put the cross-subnet value back in the same pool entry.',
		},
	],
	sources: [
		s.ipPoolPage,
		s.installationApiPage,
		s.azurePage,
		s.azureCrossSubnetIssue,
		s.vnetFaq,
		s.operatorPoolController,
		s.kubectlPatch,
	],
};
