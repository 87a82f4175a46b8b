import { testRule } from '../rule-tester';

/** A Kubernetes Node with the address Calico annotated it with. */
const k8sNode = (name: string, address: string) => `---
apiVersion: v1
kind: Node
metadata:
  name: ${name}
  annotations:
    projectcalico.org/IPv4Address: ${address}
status: {nodeInfo: {kubeletVersion: v1.33.0}}
`;
/** A Calico Node, as calicoctl or the Calico API server prints it. */
const calicoNode = (name: string, address: string) =>
	`---\napiVersion: projectcalico.org/v3\nkind: Node\nmetadata: {name: ${name}}\nspec: {bgp: {ipv4Address: ${address}}}\n`;

testRule('node-addresses', {
	valid: [
		{
			name: 'each node with its own address',
			input: { text: k8sNode('a', '10.0.1.5/24') + k8sNode('b', '10.0.1.6/24') },
		},
		{
			name: 'addresses inside the node network given',
			input: {
				text: calicoNode('a', '10.0.1.5/24') + calicoNode('b', '10.0.2.6/24'),
				nodeCidr: '10.0.0.0/16',
			},
		},
	],
	invalid: [
		{
			name: 'three Kubernetes Nodes that Calico gave the Docker bridge address',
			input: {
				text:
					k8sNode('a', '172.17.0.1/16') +
					k8sNode('b', '172.17.0.1/16') +
					k8sNode('c', '172.17.0.1/16'),
			},
			severity: 'error',
			message:
				/3 nodes have the same IPv4 address as Calico detected it, 172\.17\.0\.1: a, b and c/,
			fix: /nodeAddressAutodetectionV4:\n\s+kubernetes: NodeInternalIP/,
		},
		{
			name: 'a Calico Node with an address outside the node network',
			input: {
				text: calicoNode('a', '10.0.1.5/24') + calicoNode('b', '192.168.122.1/24'),
				nodeCidr: '10.0.0.0/16',
			},
			severity: 'warning',
			message: /outside the node network 10\.0\.0\.0\/16 for one node: b/,
		},
	],
});
