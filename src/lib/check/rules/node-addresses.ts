import { defineCheckRule } from '../define-rule';
import { cidrHolds, readAddress } from '../cidrs';
import { toYaml } from '../../operator/emit-yaml';
import { checkerSources } from '../../facts/checker-sources';
import type { CheckContext } from '../context';
import type { NodeRead } from '../parse/types';
import type { RuleHit } from '../types';

/** "a, b, c and 4 more": names of nodes for a sentence. */
function names(nodes: readonly NodeRead[], shown = 3): string {
	const listed = nodes.slice(0, shown).map((node) => node.name || `the node at line ${node.line}`);
	const more = nodes.length - listed.length;
	if (more > 0) return `${listed.join(', ')} and ${more} more`;
	return listed.length > 1 ? `${listed.slice(0, -1).join(', ')} and ${listed.at(-1)}` : listed[0]!;
}

/** How to make calico-node take each node's Kubernetes InternalIP: in the Installation, or in the manifest's env. */
function autodetectFix(c: CheckContext, family: 4 | 6): string {
	if (!c.installation && c.paste.manifest)
		return `kubectl set env daemonset/calico-node -n kube-system IP${family === 6 ? '6' : ''}_AUTODETECTION_METHOD=kubernetes-internal-ip\n`;
	return toYaml({
		apiVersion: 'operator.tigera.io/v1',
		kind: 'Installation',
		metadata: { name: 'default' },
		spec: {
			calicoNetwork: { [`nodeAddressAutodetectionV${family}`]: { kubernetes: 'NodeInternalIP' } },
		},
	});
}

/** Each node's address as Calico detected it is its own, and inside the node network the reader named. */
export const nodeAddresses = defineCheckRule({
	id: 'node-addresses',
	severity: 'error',
	checks:
		'No two nodes share the address Calico detected for them (Calico Nodes, or the annotations on Kubernetes Nodes), and each lies in the node network given.',
	facts: ['nodeAnnotations'],
	sources: [checkerSources.ipAutodetectionPage],
	run: (c) => {
		const hits: RuleHit[] = [];
		for (const family of [4, 6] as const) {
			const byAddress = new Map<string, NodeRead[]>();
			const outside: NodeRead[] = [];
			for (const node of c.paste.nodes) {
				const address = readAddress(family === 4 ? node.ipv4 : node.ipv6);
				if (!address || address.family !== family) continue;
				const sharing = byAddress.get(address.text);
				if (sharing) sharing.push(node);
				else byAddress.set(address.text, [node]);
				if (c.nodeCidr?.family === family && !cidrHolds(c.nodeCidr, address)) outside.push(node);
			}
			for (const [address, nodes] of byAddress)
				if (nodes.length > 1)
					hits.push({
						key: `shared:${address}`,
						line: nodes[1]!.line,
						message: `${nodes.length} nodes have the same IPv${family} address as Calico detected it, ${address}: ${names(nodes)}.`,
						reason:
							'Calico peers, tunnels and routes to each node’s pods by that address, so traffic for one node’s pods goes to another. Autodetection picked an address every node has (a Docker bridge, a VIP, a CNI bridge): tell calico-node which one to take.',
						fix: autodetectFix(c, family),
					});
			if (outside.length)
				hits.push({
					key: `outside:${family}`,
					severity: 'warning',
					line: outside[0]!.line,
					message: `Calico detected an address outside the node network ${c.nodeCidr!.text} for ${outside.length === 1 ? 'one node' : `${outside.length} nodes`}: ${names(outside)}.`,
					reason:
						'The nodes then peer and tunnel over another interface than the one the network carries between them. If the node network given is right, tell calico-node which address to take.',
					fix: autodetectFix(c, family),
				});
		}
		return hits;
	},
});
