import { testRule } from '../rule-tester';
import { installation, v3 } from '../yaml';

const peer = v3('BGPPeer', 'tor', '{peerIP: 10.0.0.1, asNumber: 64512}');
const manifest = (backend: string) => `---
kind: ConfigMap
apiVersion: v1
metadata: {name: calico-config, namespace: kube-system}
data: {calico_backend: ${backend}}
`;

testRule('bgp-peers-without-bgp', {
	valid: [
		{
			name: 'peers with BGP on',
			input: { text: installation('10.0.0.0/16 None', '    bgp: Enabled\n') + peer },
		},
		{ name: 'peers beside the manifest’s bird backend', input: { text: manifest('bird') + peer } },
		{
			name: 'BGP off and no peers',
			input: { text: installation('10.0.0.0/16 VXLAN', '    bgp: Disabled\n') },
		},
	],
	invalid: [
		{
			name: 'peers beside canal.yaml, whose pods flannel carries',
			input: {
				text:
					'---\nkind: ConfigMap\napiVersion: v1\nmetadata: {name: canal-config, namespace: kube-system}\ndata: {masquerade: "true"}\n' +
					peer,
			},
			severity: 'warning',
			message: /canal\.yaml runs calico-node with no networking backend/,
		},
		{
			name: 'peers in a cluster that turned BGP off',
			input: { text: installation('10.0.0.0/16 VXLAN', '    bgp: Disabled\n') + peer },
			severity: 'warning',
			message: /holds a BGPPeer, but the Installation sets calicoNetwork.bgp: Disabled/,
		},
		{
			name: 'peers beside the manifest’s vxlan backend',
			input: { text: manifest('vxlan') + peer + peer.replace('name: tor', 'name: tor-2') },
			severity: 'warning',
			message: /holds 2 BGPPeers, but calico-node’s CALICO_NETWORKING_BACKEND is vxlan/,
		},
	],
});
