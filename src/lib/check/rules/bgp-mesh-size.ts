import { defineCheckRule } from '../define-rule';
import { facts } from '../../facts';
import { placeOf, resourcesOf } from '../resources';

/** A BGP mesh is not stretched past the nodes it suits. */
export const bgpMeshSize = defineCheckRule({
	id: 'bgp-mesh-size',
	severity: 'info',
	checks:
		'With BGP on and more nodes than a full node-to-node mesh suits, route reflectors are in place of the mesh.',
	facts: ['bgpMeshNodeLimit'],
	run: (c) => {
		const limit = facts.bgpMeshNodeLimit.value;
		if (c.nodes === null || c.nodes <= limit || c.bgp !== 'Enabled' || c.cni !== 'Calico')
			return [];
		if (c.bgpConfigs.some((spec) => spec.nodeToNodeMeshEnabled === false)) return [];
		const config = resourcesOf(c, 'BGPConfiguration')[0];
		const installation = resourcesOf(c, 'Installation')[0];
		const at = config
			? placeOf(config, 'spec.nodeToNodeMeshEnabled')
			: installation
				? placeOf(installation, 'spec.calicoNetwork.bgp')
				: {};
		return [
			{
				...at,
				message: `BGP is on with a full node-to-node mesh, and the cluster has ${c.nodes} nodes${c.nodesCounted ? ' (the nodes in the paste)' : ''} (a mesh suits about ${limit}).`,
				reason: `Each node keeps a BGP session with every other one, ${c.nodes - 1} each here; past about ${limit} nodes route reflectors keep the sessions and the load down.`,
				move: 'mesh-to-route-reflectors',
			},
		];
	},
});
