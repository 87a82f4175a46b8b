import { toYaml } from '../operator/emit-yaml';
import { facts } from '../facts';
import type { ExtraStep } from './extra-step';
import type { BgpConfiguration, BgpPeer } from '../operator/types';

const meshLimit = facts.bgpMeshNodeLimit.value;

/** Sessions a full node-to-node mesh of `nodes` nodes holds: one per pair. */
export function meshSessions(nodes: number): number {
	return (nodes * (nodes - 1)) / 2;
}

/**
 * The BGPPeer template and the BGPConfiguration for peering with top-of-rack routers: the routers learn pod routes
 * from the nodes and pass them on, so the node-to-node mesh (which grows with the square of the nodes) is turned off.
 */
export function bgpPeeringStep(loadBalancers = false): ExtraStep {
	const peer: BgpPeer = {
		apiVersion: 'projectcalico.org/v3',
		kind: 'BGPPeer',
		metadata: { name: 'tor-router-1' },
		spec: { peerIP: '<router address>', asNumber: '<router AS number>' },
	};
	const config: BgpConfiguration = {
		apiVersion: 'projectcalico.org/v3',
		kind: 'BGPConfiguration',
		metadata: { name: 'default' },
		spec: {
			nodeToNodeMeshEnabled: false,
			asNumber: facts.defaultAsNumber.value,
			...(loadBalancers ? { serviceLoadBalancerIPs: [{ cidr: facts.lbPoolExample.value }] } : {}),
		},
	};
	return {
		id: 'bgp-peering',
		title:
			'BGPPeer for each top-of-rack router, and a BGPConfiguration that turns the node mesh off',
		language: 'yaml',
		text: [
			'# One BGPPeer per router: fill in its address and AS number. To peer each rack with its own router,',
			"# add nodeSelector: rack == 'rack-1' (a label you put on that rack's nodes) to its peer.",
			toYaml(peer).trimEnd(),
			'---',
			`# The nodes' own AS (Calico's default ${facts.defaultAsNumber.value}) and no node-to-node mesh: the routers carry the routes.`,
			...(loadBalancers
				? ['# serviceLoadBalancerIPs: the LoadBalancer pool’s range, which every node advertises.']
				: []),
			toYaml(config),
		].join('\n'),
		why: `With routers that peer, every node announces its pod routes to them and learns the others’ routes back, so the full node-to-node mesh is not needed; it holds one session per pair of nodes (${meshSessions(3 * meshLimit).toLocaleString('en')} for ${3 * meshLimit} nodes) and suits about ${meshLimit} nodes at most. Apply the peers first and the BGPConfiguration second, with calicoctl apply or kubectl apply where Calico’s API is served, so routes never go missing; the routers must accept the nodes’ AS and pass routes between nodes.`,
	};
}

/** What Windows nodes need besides the Installation's `windowsDataplane` and service range: strict IPAM affinity. */
export function windowsStep(): ExtraStep {
	return {
		id: 'windows-nodes',
		title: 'kubectl command that prepares Calico IPAM for Windows nodes',
		language: 'shell',
		text: [
			'# Linux nodes must not borrow addresses from Windows nodes’ blocks.',
			`kubectl patch ipamconfigurations default --type merge -p '{"spec":{"strictAffinity":true}}'`,
			'',
		].join('\n'),
		why: `The Installation above sets windowsDataplane: ${facts.windowsDataplaneField.value}, so the operator installs Calico on Windows nodes as well, and spec.serviceCIDRs: ${facts.serviceCidrExample.value}, kubeadm’s default service range, without which the operator refuses it: put your cluster’s own there (the API server’s --service-cluster-ip-range) before you apply. Calico for Windows also needs Calico IPAM with strict affinity, because a Windows node cannot use an address another node lent it. Windows nodes also need kube-proxy for Windows, which Calico does not install. Calico for Windows supports only ${facts.windowsEncapsulations.value.join(' and ')}, and no WireGuard, IPv6 or eBPF dataplane.`,
	};
}

/** The VPC CNI setting Calico policy relies on: pods annotated with their IPs, and the CNI's own policy left off. */
export function vpcCniAnnotateStep(): ExtraStep {
	return {
		id: 'vpc-cni-annotate-pod-ip',
		title: 'kubectl commands that have the Amazon VPC CNI annotate pods with their IPs',
		language: 'shell',
		text: [
			'# Let aws-node patch pods, then have it write each pod’s IP onto the pod.',
			`kubectl patch clusterrole aws-node --type json -p '[{"op":"add","path":"/rules/-","value":{"apiGroups":[""],"resources":["pods"],"verbs":["patch"]}}]'`,
			'kubectl set env daemonset aws-node -n kube-system ANNOTATE_POD_IP=true',
			'',
		].join('\n'),
		why: 'Calico learns a new pod’s address faster from the annotation than from the pod’s status, so policy applies from the pod’s first packet; aws-node needs the patch permission on pods to write it, which widens what the plugin may do. Leave the VPC CNI’s own network policy off (do not set enableNetworkPolicy on the add-on, nor turn on its network policy agent): it conflicts with Calico.',
	};
}
