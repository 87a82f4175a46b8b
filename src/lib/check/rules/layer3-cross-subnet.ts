import { defineCheckRule } from '../define-rule';
import type { PoolView } from '../context';
import { encapsulationPlace, isIpip, poolName, withEncapsulation } from '../pools';
import type { RuleHit } from '../types';

const isCrossSubnet = (pool: PoolView) => pool.encapsulation.endsWith('CrossSubnet');

/** No pool sends pod traffic unwrapped on a cloud that routes at layer 3 only. */
export const layer3CrossSubnet = defineCheckRule({
	id: 'layer3-cross-subnet',
	severity: 'error',
	checks:
		'No pool sends pod traffic unwrapped (cross-subnet or no encapsulation) on Azure or Google Cloud, whose networks route at layer 3 only.',
	facts: ['azureLayer3Only', 'gcpLayer3Only'],
	run: (c) => {
		if (c.env !== 'azure' && c.env !== 'google-cloud') return [];
		const cloud = c.env === 'azure' ? 'an Azure VNET' : 'a Google Cloud VPC';
		const hits: RuleHit[] = [];
		for (const pool of c.allPools) {
			if (c.env === 'azure' && isIpip(pool)) continue; // azure-ipip says more.
			if (isCrossSubnet(pool))
				hits.push({
					key: pool.cidr,
					...encapsulationPlace(pool),
					message: `${poolName(pool)} uses ${pool.encapsulation}: inside a subnet, pod packets go unwrapped, and ${cloud} delivers them only with a route for the pod range.`,
					reason:
						c.env === 'azure'
							? 'Azure VNETs are layer 3 only: without a route table entry for the pods and IP forwarding on each node’s NIC, pods on nodes of the same subnet cannot talk. Wrap every packet instead.'
							: 'Google Cloud routes at layer 3 and drops pod traffic that is not wrapped or covered by routes or alias IPs, so cross-subnet mode has nothing to gain. Wrap every packet instead.',
					fix: withEncapsulation(pool, pool.encapsulation.replace('CrossSubnet', '')),
					move: 'cross-subnet-to-always',
				});
			else if (pool.encapsulation === 'None' && c.poolCni === 'Calico' && c.poolIpam === 'Calico')
				hits.push({
					key: pool.cidr,
					...encapsulationPlace(pool),
					severity: 'warning',
					message: `${poolName(pool)} is unencapsulated, and ${cloud} routes at layer 3 only.`,
					reason:
						'Pod packets are delivered only when the cloud’s route tables cover every node’s pod blocks; otherwise they are dropped. VXLAN needs nothing from the network.',
					fix: withEncapsulation(pool, 'VXLAN'),
				});
		}
		return hits;
	},
});
