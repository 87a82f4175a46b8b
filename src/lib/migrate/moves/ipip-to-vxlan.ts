import { environmentIds } from '../../catalog/environments';
import { releaseOf, since, sources as s } from '../../facts';
import {
	f,
	shell,
	poolEntry,
	poolChanges,
	installationPools,
	patchNetwork,
	patchFirstPool,
	poolsAndStatus,
	editInstallation,
	mtuGap,
} from '../snippets';
import type { Move } from '../types';

export const ipipToVxlan: Move = {
	id: 'ipip-to-vxlan',
	title: 'IP-in-IP to VXLAN',
	summary:
		'Swaps the wrapper on an existing pool, IP-in-IP for VXLAN, keeping every pod address and, if you wish, letting BGP go afterwards.',
	from: {
		mode: 'IP-in-IP, always or cross-subnet',
		options: ['calico-ipip', 'calico-ipip-cross-subnet'],
	},
	to: {
		mode: 'VXLAN, always or cross-subnet',
		options: ['calico-vxlan', 'calico-vxlan-cross-subnet'],
	},
	// Wherever the checker finds IP-in-IP it can fire (Azure drops it; IPv6 and Windows cannot use it).
	environments: environmentIds,
	reversible: true,
	reversal: `Set the pool’s encapsulation back to IPIP (or IPIPCrossSubnet) in the Installation. If BGP was turned off in the meantime, turn it back on first on Calico ${releaseOf('3.32').minor} and older, where the IP-in-IP routes travel over BGP unless clusterRoutingMode is Felix; from ${since('ipipRoutesByFelixDefault').minor}, Felix programs them and BGP may stay off (unless clusterRoutingMode is BIRD).`,
	disrupts: [
		{
			kind: 'inter-node-blip',
			why: 'Each node swaps its tunnel device and routes when it sees the new setting, so traffic between nodes can drop for a moment while nodes disagree.',
		},
		{
			kind: 'pod-restarts',
			why: `VXLAN’s header is ${mtuGap} bytes larger, and a new MTU reaches only pods started after the change, so running pods should be restarted.`,
		},
	],
	steps: [
		{
			title: 'Open the VXLAN port between nodes',
			action: `Allow UDP port ${f.vxlanPort.value} between every pair of nodes in firewalls and security groups, before anything else changes. IP-in-IP used IP protocol ${f.ipipProtocol.value} instead, so the old rules do not cover it.`,
			code: [],
			verify: `From one node, check that another accepts UDP on port ${f.vxlanPort.value}, or read the rule set that now lists it.`,
			rollback: 'Remove the new rule if you stop here.',
		},
		{
			title: 'Change the pool’s encapsulation in the Installation',
			action: `${editInstallation} Replace IPIP with VXLAN, or IPIPCrossSubnet with VXLANCrossSubnet, on the pool entry and change nothing else: the operator updates a pool’s ${poolChanges.inPlace} in place, but it knows pools by ${poolChanges.identity}, and Calico refuses a new ${poolChanges.fixed} (both take a new pool).`,
			code: [installationPools([poolEntry('VXLAN')]), patchFirstPool('encapsulation', 'VXLAN')],
			verify:
				'The operator passes the change to the pool: the VXLAN mode column reads Always (or CrossSubnet) and the IP-in-IP column Never. On a node, ip -d link show vxlan.calico lists the new device. If the pool does not change, the ippools status says why (the operator changes pools only while the Calico API server is available).',
			verifyCode: poolsAndStatus,
			rollback: 'Put the old encapsulation value back in the same pool entry.',
		},
		{
			title: 'Restart workloads for the new MTU',
			action:
				'Felix lowers the pod MTU for the bigger header, but only new pods get it. Restart workloads namespace by namespace so none keeps an MTU that VXLAN can no longer carry.',
			code: [shell('kubectl rollout restart deployment,statefulset,daemonset -n my-namespace')],
			verify: `Inside a restarted pod, the MTU of eth0 is the node’s MTU less ${f.vxlanOverheadV4.value} (less ${f.ipipOverheadV4.value} before).`,
			verifyCode: shell('kubectl exec -n my-namespace my-pod -- cat /sys/class/net/eth0/mtu'),
			rollback: 'Nothing to undo: restarted pods work under either wrapper.',
		},
		{
			title: 'Turn BGP off, only if nothing else needs it',
			action:
				'VXLAN routes do not need BGP. Set bgp to Disabled only when no BGPPeer peers with routers, no service addresses are advertised, and no other pool is IP-in-IP or unencapsulated; otherwise leave it on.',
			code: [
				installationPools([poolEntry('VXLAN')], { bgp: 'Disabled' }),
				patchNetwork({ bgp: 'Disabled' }),
			],
			verify:
				'The calico-node pods in calico-system stay Ready and pods on different nodes still reach each other.',
			verifyCode: shell('kubectl get bgppeers', 'kubectl get pods -n calico-system -o wide'),
			rollback: 'Set bgp back to Enabled in the Installation.',
		},
	],
	sources: [
		s.ipPoolPage,
		s.installationApiPage,
		s.mtuPage,
		s.requirementsPage,
		s.operatorRevertsPoolEdits,
		s.operatorPoolController,
		s.operatorPoolValidation,
		s.ipPoolClient,
		s.kubectlPatch,
	],
};
