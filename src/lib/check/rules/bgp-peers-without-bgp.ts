import { defineCheckRule } from '../define-rule';
import { manifestBackend } from '../manifest-backend';
import { resourcesOf } from '../resources';
import { checkerFacts } from '../../facts/checker';
import type { CheckContext } from '../context';

/** What runs instead of BIRD, when the configuration says: the Installation's BGP setting, or the manifest's backend. */
function bgpOff(c: CheckContext): string | null {
	if (c.installation) {
		if (c.cni !== 'Calico')
			return `the CNI is ${c.cni || 'not Calico'}, so calico-node runs no BGP`;
		if (c.bgp === 'Disabled') return 'the Installation sets calicoNetwork.bgp: Disabled';
		return null;
	}
	if (c.paste.manifest?.variant === 'canal')
		return 'Calico’s canal.yaml runs calico-node with no networking backend (flannel carries the pods)';
	const backend = manifestBackend(c.paste);
	return backend && backend !== checkerFacts.bgpBackendNeedsBgp.value
		? `calico-node’s CALICO_NETWORKING_BACKEND is ${backend}`
		: null;
}

/** BGPPeers are in a cluster that runs BGP. */
export const bgpPeersWithoutBgp = defineCheckRule({
	id: 'bgp-peers-without-bgp',
	severity: 'warning',
	checks:
		'BGPPeers are only in a configuration that runs BIRD (calicoNetwork.bgp Enabled, or the manifest’s bird backend), else no session opens.',
	facts: ['bgpBackendNeedsBgp'],
	run: (c) => {
		const peers = resourcesOf(c, 'BGPPeer');
		const off = peers.length ? bgpOff(c) : null;
		if (!off) return [];
		const n = peers.length;
		return [
			{
				line: peers[0]!.line,
				message: `The paste holds ${n === 1 ? 'a BGPPeer' : `${n} BGPPeers`}, but ${off}: calico-node opens no BGP session, so ${n === 1 ? 'it does' : 'they do'} nothing.`,
				reason:
					'BGPPeer resources configure BIRD, and calico-node starts BIRD only with the bird backend, which the operator sets when calicoNetwork.bgp is Enabled. Turn BGP on (and check the pools’ encapsulation), or delete the peers.',
			},
		];
	},
});
