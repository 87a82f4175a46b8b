import { defineCheckRule } from '../define-rule';
import { facts } from '../../facts';
import { blockedBy, encapsulationPlace, poolName, withEncapsulation } from '../pools';

/** No pool uses IP-in-IP on Azure. */
export const azureIpip = defineCheckRule({
	id: 'azure-ipip',
	severity: 'error',
	checks: 'No pool uses IP-in-IP on Azure, whose network drops it.',
	facts: ['azureDropsIpip', 'ipipProtocol'],
	run: (c) =>
		c.env !== 'azure'
			? []
			: c.allPools
					.filter((pool) => blockedBy('ipip-dropped', c, pool))
					.map((pool) => ({
						key: pool.cidr,
						...encapsulationPlace(pool),
						message: `${poolName(pool)} uses ${pool.encapsulation}, and Azure’s network drops IP-in-IP (IP protocol ${facts.ipipProtocol.value}) between VMs.`,
						reason:
							'Pods on different nodes cannot reach each other. Use VXLAN, which Azure carries (plain VXLAN, since Azure VNETs route at layer 3 only).',
						fix: withEncapsulation(pool, 'VXLAN'),
						move: 'ipip-to-vxlan',
					})),
});
