import { defineCheckRule } from '../define-rule';
import { getBlockerRule } from '../../recommender/blockers';
import { blockedBy, encapsulationPlace, isIpip, poolName, withEncapsulation } from '../pools';

/** With Windows nodes, no pool uses a wrapper Windows cannot use. */
export const windowsEncapsulation = defineCheckRule({
	id: 'windows-encapsulation',
	severity: 'error',
	checks:
		'With Windows nodes, no pool uses IP-in-IP or cross-subnet VXLAN (a note when the reader is not sure).',
	facts: ['windowsEncapsulations'],
	run: (c) =>
		c.windows === 'no'
			? []
			: c.allPools
					.filter((pool) => blockedBy('windows-encapsulation', c, pool))
					.map((pool) => ({
						key: pool.cidr,
						...encapsulationPlace(pool),
						severity: c.windows === 'yes' ? ('error' as const) : ('info' as const),
						message: `${c.windows === 'yes' ? 'The cluster has Windows nodes' : 'If any node runs Windows'}, ${poolName(pool, false)} cannot use ${pool.encapsulation}.`,
						reason: getBlockerRule('windows-encapsulation').reason,
						fix: withEncapsulation(pool, 'VXLAN'),
						move: isIpip(pool) ? 'ipip-to-vxlan' : 'cross-subnet-to-always',
					})),
});
