import { toYaml } from '../operator/emit-yaml';
import { generateConfig } from '../config/generate';
import { environmentIds, type EnvironmentId } from '../catalog/environments';
import { calicoVersion, facts, factsChecked, longDate, sources as s, type Source } from '../facts';
import { moveIds, movePage, type MoveId } from './ids';
import type { OptionId } from '../catalog/options';

export { moveIds, movePage, type MoveId } from './ids';

/** What a move can disrupt, as a fixed vocabulary. */
export const disruptionKinds = [
	'pod-restarts',
	'new-pod-ips',
	'node-replacement',
	'inter-node-blip',
	'none',
] as const;

/** One kind of disruption a move causes. */
export type DisruptionKind = (typeof disruptionKinds)[number];

/** How readers see each kind of disruption. */
export const disruptionLabels: Record<DisruptionKind, string> = {
	'pod-restarts': 'Pod restarts',
	'new-pod-ips': 'New pod IP addresses',
	'node-replacement': 'Node replacement',
	'inter-node-blip': 'Brief loss of connectivity between nodes',
	none: 'None',
};

/** A snippet to copy: a resource to apply or a command to run. */
export interface Snippet {
	lang: 'yaml' | 'shell';
	code: string;
}

/** One step of a move, in order. */
export interface MoveStep {
	title: string;
	/** What to do. */
	action: string;
	/** What to apply or run for the action. */
	code: readonly Snippet[];
	/** How to tell the step worked. */
	verify: string;
	/** The command to check with. */
	verifyCode?: Snippet;
	/** How to undo the step, or why it cannot be undone. */
	rollback: string;
}

/** Where a move starts or ends: a mode in words, and the catalog options it covers (none when no option maps). */
export interface MoveEnd {
	mode: string;
	options: readonly OptionId[];
}

/** A move from one networking mode to another, with its steps. */
export interface Move {
	id: MoveId;
	title: string;
	/** One sentence on what changes. */
	summary: string;
	from: MoveEnd;
	to: MoveEnd;
	/** The environments where the move starts. */
	environments: readonly EnvironmentId[];
	reversible: boolean;
	/** How to go back, or why there is no way back. */
	reversal: string;
	disrupts: readonly { kind: DisruptionKind; why: string }[];
	steps: readonly MoveStep[];
	sources: readonly Source[];
}

const f = facts;
const block = f.blockSizeV4.value;
const shell = (...lines: string[]): Snippet => ({ lang: 'shell', code: `${lines.join('\n')}\n` });
const yaml = (resource: object): Snippet => ({ lang: 'yaml', code: toYaml(resource) });

/** An operator pool entry with every field the operator keeps, set to the quickstart’s values. */
function poolEntry(
	encapsulation: string,
	name = 'default-ipv4-ippool',
	cidr = f.defaultPoolV4.value
): Record<string, unknown> {
	return {
		name,
		cidr,
		encapsulation,
		natOutgoing: 'Enabled',
		blockSize: block.default,
		nodeSelector: 'all()',
	};
}

const poolChanges = f.installationPoolChanges.value;

/** Why an Installation snippet is an excerpt to edit into the live resource, not a file to apply. */
const excerptNote = [
	'# How the Installation reads after this step, shown with the quickstart’s pool.',
	'# Edit yours to match (kubectl edit installation default, or the patch below), keeping your own',
	`# ${poolChanges.identity}, ${poolChanges.fixed}, natOutgoing and nodeSelector: a new ${poolChanges.fixed} is refused, and a new ${poolChanges.identity} makes a new pool.`,
	'# Do not kubectl apply it as it stands: apply replaces the whole ipPools list, and the operator deletes any pool left out.',
].join('\n');

/** The operator’s `Installation` as it reads after a step, every pool entry in full, marked as an excerpt to edit in. */
function installationPools(pools: Record<string, unknown>[], network: object = {}): Snippet {
	const resource = toYaml({
		apiVersion: 'operator.tigera.io/v1',
		kind: 'Installation',
		metadata: { name: 'default' },
		spec: { calicoNetwork: { ...network, ipPools: pools } },
	});
	return { lang: 'yaml', code: `${excerptNote}\n${resource}` };
}

/** A merge patch of `spec.calicoNetwork` fields beside the pool list, which leaves the list as it is. */
function patchNetwork(fields: Record<string, string>): Snippet {
	const patch = JSON.stringify({ spec: { calicoNetwork: fields } });
	return shell(`kubectl patch installation default --type=merge -p '${patch}'`);
}

/** A JSON patch of the first IP pool entry of the `Installation` (index 0; use your pool's position). */
function patchFirstPool(
	field: string,
	value: string | boolean,
	op: 'replace' | 'add' = 'replace'
): Snippet {
	const patch = JSON.stringify([{ op, path: `/spec/calicoNetwork/ipPools/0/${field}`, value }]);
	return shell(
		'# Index 0 is the first pool in spec.calicoNetwork.ipPools; use the position of yours.',
		`kubectl patch installation default --type=json -p '${patch}'`
	);
}

/** A JSON patch that removes the first IP pool entry of the `Installation`. */
const removeFirstPool = shell(
	'# Index 0 is the first pool in spec.calicoNetwork.ipPools; use the position of the old one.',
	`kubectl patch installation default --type=json -p '${JSON.stringify([{ op: 'remove', path: '/spec/calicoNetwork/ipPools/0' }])}'`
);
const showPools = shell('calicoctl get ippools -o wide');
const poolsAndStatus = shell('calicoctl get ippools -o wide', 'kubectl get tigerastatus ippools');
const editInstallation =
	'Change it in the operator’s Installation (kubectl edit installation default), never in the IPPool resource: the operator owns that pool and puts back whatever is edited there directly.';
const noChange = 'Nothing has changed yet, so there is nothing to undo.';
const mtuGap = f.vxlanOverheadV4.value - f.ipipOverheadV4.value;
const srcDstIam = f.srcDstCheckIam.value.join(' and ');

const ipipToVxlan: Move = {
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
	reversal:
		'Set the pool’s encapsulation back to IPIP (or IPIPCrossSubnet) in the Installation. If BGP was turned off in the meantime, turn it back on first, because IP-in-IP routes travel over BGP unless clusterRoutingMode is Felix.',
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

const alwaysToCrossSubnet: Move = {
	id: 'always-to-cross-subnet',
	title: 'Always wrapped to cross-subnet',
	summary:
		'Stops wrapping packets between nodes of the same subnet, so only traffic that crosses a subnet boundary pays for the tunnel.',
	from: { mode: 'VXLAN or IP-in-IP on every packet', options: ['calico-vxlan', 'calico-ipip'] },
	to: {
		mode: 'VXLAN or IP-in-IP between subnets only',
		options: ['calico-vxlan-cross-subnet', 'calico-ipip-cross-subnet'],
	},
	environments: ['on-prem', 'aws', 'other'],
	reversible: true,
	reversal:
		'Set the encapsulation back to VXLAN or IPIP in the Installation; every packet is wrapped again, which the network always carries.',
	disrupts: [
		{
			kind: 'inter-node-blip',
			why: 'Routes between nodes of one subnet move off the tunnel device; if the network drops unwrapped pod traffic, those nodes lose each other until you go back.',
		},
	],
	steps: [
		{
			title: 'Make sure the subnet carries unwrapped pod traffic',
			action: `Inside a subnet, packets will leave with pod addresses on the outside. On AWS that needs the EC2 source/destination check off on every node: set awsSrcDstCheck to Disable and give the nodes’ role ${srcDstIam}. On your own network, check that no firewall or anti-spoofing filter drops such packets.`,
			code: [
				yaml({
					apiVersion: 'projectcalico.org/v3',
					kind: 'FelixConfiguration',
					metadata: { name: 'default' },
					spec: { awsSrcDstCheck: 'Disable' },
				}),
			],
			verify: 'On AWS, every node instance reports SourceDestCheck false.',
			verifyCode: shell(
				"aws ec2 describe-instances --filters Name=tag:eks:cluster-name,Values=my-cluster --query 'Reservations[].Instances[].SourceDestCheck'"
			),
			rollback: 'Set awsSrcDstCheck to Enable to turn the check back on.',
		},
		{
			title: 'Switch the pool to its cross-subnet mode',
			action: `${editInstallation} Replace VXLAN with VXLANCrossSubnet, or IPIP with IPIPCrossSubnet.`,
			code: [
				installationPools([poolEntry('VXLANCrossSubnet')]),
				patchFirstPool('encapsulation', 'VXLANCrossSubnet'),
			],
			verify:
				'The pool shows CrossSubnet. On a node, ip route sends pod blocks of same-subnet nodes through the main interface and those of other subnets through the tunnel device.',
			verifyCode: showPools,
			rollback: 'Put VXLAN (or IPIP) back in the same pool entry.',
		},
		{
			title: 'Test both paths',
			action:
				'Run a pod on two nodes of one subnet and on a node of another, then reach each from the first.',
			code: [shell('kubectl get pods -o wide', 'kubectl exec my-pod -- ping -c 3 <pod IP>')],
			verify:
				'Both pings answer. If only the same-subnet one fails, the network still drops unwrapped pod packets: go back to the previous step.',
			rollback: 'If the same-subnet ping fails, restore the always-wrapped encapsulation.',
		},
	],
	sources: [
		s.ipPoolPage,
		s.installationApiPage,
		s.awsPage,
		s.felixConfigPage,
		s.felixAwsEc2,
		s.operatorPoolController,
		s.kubectlPatch,
	],
};

const crossSubnetToAlways: Move = {
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

const reflectorLabel = 'route-reflector';

const meshToRouteReflectors: Move = {
	id: 'mesh-to-route-reflectors',
	title: 'BGP full mesh to route reflectors',
	summary: `Replaces the session between every pair of nodes with sessions to a few reflector nodes, which a cluster past about ${f.bgpMeshNodeLimit.value} nodes needs.`,
	from: {
		mode: 'Full node-to-node BGP mesh',
		options: ['calico-bgp-mesh', 'calico-ipip', 'calico-ipip-cross-subnet'],
	},
	to: { mode: 'BGP route reflectors', options: [] },
	// A cluster with Calico CNI runs a BGP mesh by default wherever it is, and the checker flags a large one anywhere.
	environments: environmentIds,
	reversible: true,
	reversal:
		'Set nodeToNodeMeshEnabled back to true, wait for the mesh sessions to come up, then delete the BGPPeer and the reflector labels.',
	disrupts: [
		{
			kind: 'inter-node-blip',
			why: 'Done in this order the reflector sessions are up before the mesh goes, but a node whose reflector sessions failed loses its routes when the mesh is turned off.',
		},
	],
	steps: [
		{
			title: 'Pick and label the reflector nodes',
			action: `Choose at least two nodes, in different failure domains, to act as reflectors, and label them ${reflectorLabel}=true.`,
			code: [
				shell(
					`kubectl label node my-rr-1 ${reflectorLabel}=true`,
					`kubectl label node my-rr-2 ${reflectorLabel}=true`
				),
			],
			verify: 'The label selects exactly the nodes you chose.',
			verifyCode: shell(`kubectl get nodes -l ${reflectorLabel}=true`),
			rollback: `Remove the label: kubectl label node my-rr-1 ${reflectorLabel}-`,
		},
		{
			title: 'Give the reflectors a cluster ID',
			action:
				'Set spec.bgp.routeReflectorClusterID on each reflector’s Calico Node resource; that is what makes the node reflect routes. Patch the field rather than applying a whole Node, which would drop the node’s detected addresses.',
			code: [
				shell(
					`calicoctl patch node my-rr-1 -p '{"spec":{"bgp":{"routeReflectorClusterID":"244.0.0.1"}}}'`,
					`calicoctl patch node my-rr-2 -p '{"spec":{"bgp":{"routeReflectorClusterID":"244.0.0.1"}}}'`
				),
			],
			verify: 'Both Node resources carry the cluster ID under spec.bgp.',
			verifyCode: shell('calicoctl get node my-rr-1 -o yaml'),
			rollback: 'Patch routeReflectorClusterID to an empty string.',
		},
		{
			title: 'Peer every node with the reflectors',
			action:
				'Create a BGPPeer that selects every node and peers it with every labelled node. The reflectors peer with each other too, which keeps them in step.',
			code: [
				yaml({
					apiVersion: 'projectcalico.org/v3',
					kind: 'BGPPeer',
					metadata: { name: 'peer-with-route-reflectors' },
					spec: { nodeSelector: 'all()', peerSelector: `${reflectorLabel} == 'true'` },
				}),
			],
			verify: `On a node that is not a reflector, the status lists each reflector’s address with state up and Established, next to the mesh sessions still present. BGP uses TCP port ${f.bgpPort.value}.`,
			verifyCode: shell('sudo calicoctl node status'),
			rollback: 'calicoctl delete bgppeer peer-with-route-reflectors',
		},
		{
			title: 'Turn the full mesh off',
			action: `Set nodeToNodeMeshEnabled to false in the default BGPConfiguration. If that resource does not exist yet, create it with the cluster’s AS number (Calico’s default is ${f.defaultAsNumber.value}); if it does, patch the one field so the rest stays.`,
			code: [
				yaml({
					apiVersion: 'projectcalico.org/v3',
					kind: 'BGPConfiguration',
					metadata: { name: 'default' },
					spec: { nodeToNodeMeshEnabled: false, asNumber: f.defaultAsNumber.value },
				}),
				shell(
					`calicoctl patch bgpconfiguration default -p '{"spec":{"nodeToNodeMeshEnabled":false}}'`
				),
			],
			verify:
				'The node status shows only the reflector sessions, no node-to-node mesh rows, and pods on different nodes still reach each other.',
			verifyCode: shell('sudo calicoctl node status', 'ip route | grep -E "bird|vxlan|tunl0"'),
			rollback: 'Patch nodeToNodeMeshEnabled back to true.',
		},
	],
	sources: [s.bgpPage, s.bgpConfigPage, s.bgpPeerPage, s.nodeResourcePage],
};

const oldPool = poolEntry('VXLANCrossSubnet');
const newPool = poolEntry('VXLANCrossSubnet', 'new-ipv4-ippool', '10.244.0.0/16');
const drain = f.installationPoolDrainField.value;

const newPoolMove: Move = {
	id: 'new-pool',
	title: 'A new pool CIDR or block size',
	summary:
		'Moves pods onto a new IP pool, because an existing pool’s CIDR and block size are fixed once created.',
	from: { mode: 'An IP pool with the old CIDR or block size', options: [] },
	to: { mode: 'A new IP pool beside it, then alone', options: [] },
	environments: ['on-prem', 'aws', 'azure', 'google-cloud', 'ibm-cloud', 'other'],
	reversible: true,
	reversal:
		'Until the old pool is removed, allow allocations from it again, block them from the new one, and restart the pods. After removal, add the old entry back to the Installation and do the same.',
	disrupts: [
		{
			kind: 'pod-restarts',
			why: 'A pod takes an address only when it starts, so every pod must be recreated to leave the old pool.',
		},
		{
			kind: 'new-pod-ips',
			why: 'Pods come back with addresses from the new range; anything that allows or routes by the old range must learn the new one.',
		},
	],
	steps: [
		{
			title: 'Choose the new range',
			action: `Pick a CIDR that overlaps neither the old pool, the nodes’ network, nor anything pods must reach, and a block size from /${block.min} to /${block.max} (default /${block.default}). If the cluster’s pod CIDR (the controller manager’s --cluster-cidr) is enforced anywhere, widen it to cover the new range too.`,
			code: [],
			verify: 'The IP planning tool of this guide shows the range holding your nodes and pods.',
			rollback: noChange,
		},
		{
			title: 'Add the new pool to the Installation',
			action:
				'Add a second entry to spec.calicoNetwork.ipPools of the Installation; the operator creates the pool. Do not create or edit IPPool resources yourself, since the operator reconciles them from this list.',
			code: [
				installationPools([oldPool, newPool]),
				shell(
					`kubectl patch installation default --type=json -p '${JSON.stringify([{ op: 'add', path: '/spec/calicoNetwork/ipPools/-', value: newPool }])}'`
				),
			],
			verify: 'Both pools are listed, neither disabled.',
			verifyCode: showPools,
			rollback: 'Remove the new entry from the Installation’s ipPools.',
		},
		{
			title: 'Stop new addresses from the old pool',
			action: `Set ${drain}: true on the old entry, the operator’s name for the IP pool’s disabled field. Running pods keep their addresses; new pods draw from the new pool.`,
			code: [
				installationPools([{ ...oldPool, [drain]: true }, newPool]),
				// add sets the field whether or not the entry has it yet.
				patchFirstPool(drain, true, 'add'),
			],
			verify: 'The old pool shows DISABLED true; a new test pod gets an address in the new range.',
			verifyCode: showPools,
			rollback: `Set ${drain} back to false on the old entry.`,
		},
		{
			title: 'Recreate every pod',
			action:
				'Restart workloads namespace by namespace, then delete any bare pods so their owners recreate them. Pods on the host network have node addresses and are unaffected.',
			code: [shell('kubectl rollout restart deployment,statefulset,daemonset -n my-namespace')],
			verify:
				'The old pool’s in-use count falls to zero. If a node’s tunnel address is still in the old range, restart that node’s calico-node pod.',
			verifyCode: shell(
				'calicoctl ipam show',
				'kubectl get pods -A -o wide',
				'calicoctl get nodes -o yaml | grep -i tunnel'
			),
			rollback: 'Allow the old pool again, disable the new one, and restart the pods once more.',
		},
		{
			title: 'Remove the old pool',
			action: 'When nothing uses the old pool, delete its entry from the Installation’s ipPools.',
			code: [installationPools([newPool]), removeFirstPool],
			verify: 'Only the new pool is listed, and the IPAM check reports no problems.',
			verifyCode: shell('calicoctl get ippools -o wide', 'calicoctl ipam check'),
			rollback: 'Add the old entry back, as long as nothing else has taken its range.',
		},
	],
	sources: [
		s.migratePoolsPage,
		s.ipPoolPage,
		s.installationApiPage,
		s.operatorRevertsPoolEdits,
		s.calicoPoolEditsReverted,
		s.operatorInstallationTypes,
		s.operatorPoolController,
		s.ipPoolClient,
		s.ipPoolApi,
		s.kubectlPatch,
	],
};

const eksInstallation = generateConfig({ option: 'calico-vxlan', env: 'aws', managed: 'yes' });
const cluster = 'my-cluster';

const oldNodes = 'eks.amazonaws.com/nodegroup=my-old-nodegroup';

const vpcCniToCalicoCni: Move = {
	id: 'vpc-cni-to-calico-cni',
	title: 'Amazon VPC CNI to Calico CNI on EKS',
	summary:
		'Takes pods off VPC addresses and onto a Calico VXLAN overlay: best on a new cluster that workloads move to, or in place during a maintenance window by replacing every node group.',
	from: { mode: 'Amazon VPC CNI', options: ['aws-vpc-cni'] },
	to: { mode: 'Calico CNI with a VXLAN overlay', options: ['calico-vxlan'] },
	environments: ['aws'],
	reversible: false,
	reversal:
		'One-way in practice: going back means reinstalling the VPC CNI and replacing every node group again, a second migration rather than an undo. On the new-cluster route, the way back is to send traffic to the old cluster, kept until the new one has carried it for a while; in place, you can return only until the old node groups are deleted.',
	disrupts: [
		{
			kind: 'node-replacement',
			why: 'Pods move to new node groups created for Calico (or a new cluster), and the old groups are drained and deleted.',
		},
		{ kind: 'pod-restarts', why: 'Every pod is rescheduled when its node drains.' },
		{
			kind: 'new-pod-ips',
			why: 'Pods leave VPC addresses for the overlay’s; the VPC can no longer reach them directly, only through services and load balancers.',
		},
		{
			kind: 'inter-node-blip',
			why: 'In place, from the removal of aws-node until the old nodes are drained, no new pod can start on an old node, DaemonSet pods included, and no guide covers traffic between pods on old and new nodes.',
		},
	],
	steps: [
		{
			title: 'Choose a new cluster if you can',
			action: `Neither Calico nor AWS documents this switch on a running cluster: Calico’s EKS guide removes the VPC CNI only on a cluster created without nodes, and a Calico maintainer knows of no way to do it without disruption. The low-risk route is a second EKS cluster built with that guide (no node groups, remove aws-node, install Calico, then add node groups), workloads deployed to it, traffic moved over with DNS or load balancers, and the old cluster kept until the new one has proved itself. The steps below are the in-place route, for when a second cluster is not possible: the four steps from the removal of the VPC CNI to the drain belong in one maintenance window. Either way, AWS supports only the VPC CNI on EC2 nodes, so support for Calico networking comes from Tigera or your own team, and Fargate or EKS Auto Mode nodes cannot run it.`,
			code: [],
			verify:
				'You have decided on a route, and the cluster has no Fargate profiles or Auto Mode nodes that would have to keep the VPC CNI.',
			verifyCode: shell(
				`aws eks list-fargate-profiles --cluster-name ${cluster}`,
				`aws eks describe-cluster --name ${cluster} --query 'cluster.computeConfig'`
			),
			rollback: noChange,
		},
		{
			title: 'Plan the pool, the pods per node and the webhooks',
			action: `Check that the pool (${f.eksDefaultPool.value} by default on EKS) overlaps no VPC range. Plan the new node groups’ max pods: the EKS node image keeps the ENI-based cap whatever the CNI. And list what the control plane calls in pods (admission webhooks, metrics-server): it cannot reach overlay addresses.`,
			code: [
				shell(
					`aws ec2 describe-vpcs --query 'Vpcs[].CidrBlockAssociationSet[].CidrBlock'`,
					'kubectl get validatingwebhookconfigurations,mutatingwebhookconfigurations'
				),
			],
			verify: 'No VPC range overlaps the pool, and you know every webhook’s backing pods.',
			rollback: noChange,
		},
		{
			title: 'Move webhooks and metrics-server to the host network',
			action:
				'Set hostNetwork: true in the pod templates of the webhook servers and metrics-server, so the control plane reaches them at node addresses.',
			code: [],
			verify: 'Their pods show node addresses, and kubectl top nodes still answers.',
			verifyCode: shell(
				'kubectl get pods -A -o wide | grep -E "metrics-server|webhook"',
				'kubectl top nodes'
			),
			rollback: 'Remove hostNetwork from those pod templates.',
		},
		{
			title: 'Cordon the old nodes',
			action:
				'Mark every node of the old node groups unschedulable, so that new pods wait for the Calico nodes instead of landing where they will soon get no address. Running pods are untouched; DaemonSet pods ignore the cordon.',
			code: [shell(`kubectl cordon -l ${oldNodes}`)],
			verify: 'Every old node shows SchedulingDisabled.',
			verifyCode: shell(`kubectl get nodes -l ${oldNodes}`),
			rollback: `kubectl uncordon -l ${oldNodes}`,
		},
		{
			title: 'Remove the VPC CNI',
			action:
				'This opens the window. Delete the aws-node DaemonSet, or the vpc-cni add-on if EKS manages it, so that it does not come back and the new nodes start without it. Running pods keep their VPC addresses, but the VPC CNI’s address manager runs in aws-node: from now until the old nodes are drained, no pod can start on them.',
			code: [
				shell(
					'kubectl delete daemonset -n kube-system aws-node',
					`# or, for the managed add-on:\naws eks delete-addon --cluster-name ${cluster} --addon-name vpc-cni`
				),
			],
			verify: 'The DaemonSet is gone.',
			verifyCode: shell('kubectl get daemonset -n kube-system aws-node'),
			rollback: `aws eks create-addon --cluster-name ${cluster} --addon-name vpc-cni, then uncordon the old nodes.`,
		},
		{
			title: 'Install Calico CNI with the operator',
			action:
				'Apply this Installation. Calico’s EKS guide installs onto a cluster where Calico does not run yet; if the operator already runs here for policy (cni AmazonVPC), check its release notes before changing spec.cni.type in place, or take the new-cluster route instead.',
			code: eksInstallation.supported ? [{ lang: 'yaml', code: eksInstallation.yaml }] : [],
			verify:
				'The calico component reports Available and the pool exists; calico-node runs on the old nodes too, which are drained next.',
			verifyCode: shell('kubectl get tigerastatus', 'calicoctl get ippools -o wide'),
			rollback:
				'kubectl delete installation default, then reinstall the VPC CNI as in the previous step.',
		},
		{
			title: 'Create node groups for Calico',
			action: `Create new node groups with a max pods figure raised to suit the overlay (Calico’s guide uses ${f.calicoEksGuideMaxPods.value}), large enough to take every workload of the old ones.`,
			code: [
				shell(
					`eksctl create nodegroup --cluster ${cluster} --name calico-nodes --node-type m5.large --nodes 3 --max-pods-per-node ${f.calicoEksGuideMaxPods.value}`
				),
			],
			verify:
				'The new nodes are Ready and the pods that were waiting start on them with addresses from the pool.',
			verifyCode: shell(
				'kubectl get nodes -o wide',
				'kubectl get pods -A -o wide --field-selector=status.phase=Pending'
			),
			rollback: `eksctl delete nodegroup --cluster ${cluster} --name calico-nodes`,
		},
		{
			title: 'Drain and delete the old node groups',
			action:
				'Drain each old node so its pods reschedule onto the new nodes, then delete the old node groups. This closes the window.',
			code: [
				shell(
					'kubectl drain my-old-node --ignore-daemonsets --delete-emptydir-data',
					`eksctl delete nodegroup --cluster ${cluster} --name my-old-nodegroup`
				),
			],
			verify: 'Every pod not on the host network has an address from the pool.',
			verifyCode: shell('kubectl get pods -A -o wide'),
			rollback:
				'Before deletion, reinstall the VPC CNI and uncordon the old nodes. After deletion there is no undo; see the reversal note.',
		},
	],
	sources: [
		s.eksPage,
		s.eksWebhooksIssue,
		s.kubeletConfig,
		s.eniMaxPods,
		s.installationApiPage,
		s.eksAlternateCni,
		s.vpcCniProposal,
		s.vpcCniSwapIssue,
	],
};

const overlayNeeds = f.aksOverlayUpdateNeeds.value;

const kubenetToOverlay: Move = {
	id: 'kubenet-to-azure-cni-overlay',
	title: 'AKS kubenet to Azure CNI Overlay',
	summary: `Moves an AKS cluster off kubenet, which AKS retires on ${longDate(f.aksKubenetRetirement.value)}, with the in-place update Microsoft supports; afterwards Calico enforces network policy only, and Microsoft’s recommended policy engine is Cilium.`,
	from: { mode: 'AKS kubenet with Calico policy', options: ['azure-host-local'] },
	to: { mode: 'Azure CNI Overlay with Calico policy', options: ['azure-cni-overlay'] },
	environments: ['azure'],
	reversible: false,
	reversal:
		'One-way: Microsoft offers no path from Azure CNI Overlay back to kubenet, and kubenet itself is being retired. A way back would be a new cluster.',
	disrupts: [
		{
			kind: 'node-replacement',
			why: 'AKS reimages the nodes of every node pool at once as part of the update; it cannot be done one pool at a time.',
		},
		{ kind: 'pod-restarts', why: 'Pods restart when their node is reimaged.' },
		{
			kind: 'new-pod-ips',
			why: 'Restarted pods take addresses from the overlay’s pod range, handed out by the Azure CNI instead of host-local.',
		},
	],
	steps: [
		{
			title: 'Check the cluster and the prerequisites',
			action: `Confirm the cluster runs kubenet with Calico policy, and check what AKS needs for the update: ${overlayNeeds.join('; ')}. If the cluster sets a custom azure-ip-masq-agent configuration, the update can cut pods off from the ranges it lists; delete a leftover azure-ip-masq-agent-config ConfigMap that nobody put there on purpose. Microsoft’s pages disagree on one point: the update page asks for a cluster without network policy, while the network policy page describes kubenet with Calico moving to the overlay with Calico. Try the update on a test cluster built the same way first. A kubenet cluster cannot pass ${f.udrRouteLimit.value} nodes; the overlay has no route table limit of that kind.`,
			code: [
				shell(
					'az aks show --resource-group my-rg --name my-cluster --query "{network:networkProfile,identity:identity.type,version:kubernetesVersion}"',
					'kubectl get configmap -n kube-system | grep azure-ip-masq-agent'
				),
			],
			verify:
				'networkPlugin is kubenet, networkPolicy is calico, the identity is UserAssigned, and only the reconciled masquerade ConfigMap is there unless you set one on purpose.',
			rollback: noChange,
		},
		{
			title: 'Run the update',
			action:
				'Switch the network plugin to Azure in overlay mode, in a maintenance window: every node pool is reimaged at once, and kubenet’s route table is removed (its pod routes are deleted). Pass --pod-cidr only to choose a different pod range; without it the current one is kept.',
			code: [
				shell(
					'az aks update --resource-group my-rg --name my-cluster \\',
					'  --network-plugin azure --network-plugin-mode overlay'
				),
			],
			verify: 'The network profile reads azure, overlay and calico.',
			verifyCode: shell(
				'az aks show --resource-group my-rg --name my-cluster --query "networkProfile.{plugin:networkPlugin,mode:networkPluginMode,policy:networkPolicy}"'
			),
			rollback: 'None: the update is one-way.',
		},
		{
			title: 'Check pods and policy',
			action:
				'Make sure every node is back and Calico still enforces network policy. Calico is now the policy engine only, no longer the CNI, and a new pod can wait a moment before Calico lets its traffic out: give startup code that calls out at once a retry. Microsoft recommends Azure CNI Powered by Cilium for policy; moving there is a separate update that replaces Calico, so plan it on its own if you want it.',
			code: [
				shell(
					'kubectl get nodes -o wide',
					'kubectl get pods -n calico-system',
					'kubectl get pods -A -o wide'
				),
			],
			verify:
				'All nodes Ready, calico-node running on each, pod addresses from the pod range, and a deny-all policy in a test namespace still blocks traffic.',
			rollback:
				'None at cluster level; fix workloads or policies that relied on the old addresses.',
		},
	],
	sources: [
		s.aksCniOverlay,
		s.aksKubenet,
		s.aksKubenetRetirement,
		s.aksPage,
		s.aksUpdateCni,
		s.aksNetworkPolicies,
	],
};

/** Every move of the migration guide, in the order of `moveIds`. */
export const moves: readonly Move[] = [
	ipipToVxlan,
	alwaysToCrossSubnet,
	crossSubnetToAlways,
	meshToRouteReflectors,
	newPoolMove,
	vpcCniToCalicoCni,
	kubenetToOverlay,
];

/** The move with this id. */
export function getMove(id: MoveId): Move {
	const found = moves.find((move) => move.id === id);
	if (!found) throw new Error(`Unknown move "${id}". Known moves: ${moveIds.join(', ')}.`);
	return found;
}

/** The moves that start in an environment, in guide order. */
export function movesFrom(env: EnvironmentId): Move[] {
	return moves.filter((move) => move.environments.includes(env));
}

/** Version of the migrations export format; bump it when a field changes meaning or goes away. */
export const migrationsExportVersion = 1;

/** The body of `/api/migrations.json`: every move with its steps, the Calico version and the facts' date. */
export function migrationsExport() {
	return {
		version: migrationsExportVersion,
		calicoVersion,
		factsChecked,
		disruptions: disruptionLabels,
		moves: moves.map((move) => ({ ...move, page: movePage(move.id) })),
	};
}
