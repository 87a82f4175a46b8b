import { environmentIds } from '../../catalog/environments';
import { sources as s } from '../../facts';
import { f, shell, yaml } from '../snippets';
import type { Move } from '../types';

const reflectorLabel = 'route-reflector';

export const meshToRouteReflectors: Move = {
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
