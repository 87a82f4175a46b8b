import { defineCheckRule } from '../define-rule';
import { getBlockerRule } from '../../recommender/blockers';
import { installationFix, poolFix } from '../fix-yaml';
import { blockedBy, encapsulationPlace, poolName } from '../pools';

/** IPv6 pods do not rest on IP-in-IP alone. */
export const ipv6Ipip = defineCheckRule({
	id: 'ipv6-ipip',
	severity: 'error',
	checks:
		'IPv6 pods are not meant to use IP-in-IP, which carries IPv4 only (IPv6 pools with IP-in-IP in the Installation are left to operator-validation).',
	facts: ['ipipIpv4Only'],
	run: (c) =>
		c.ipv6 !== 'yes' || c.allPools.some((pool) => pool.parsed?.family === 6)
			? []
			: c.allPools
					.filter((pool) => pool.parsed?.family === 4 && blockedBy('ipv6-ipip', c, pool))
					.map((pool) => ({
						key: pool.cidr,
						...encapsulationPlace(pool),
						message: `Pods need IPv6, but the only wrapper in the configuration is IP-in-IP (${poolName(pool, false)}), and there is no IPv6 pool that could use another.`,
						reason: getBlockerRule('ipv6-ipip').reason,
						fix: `# fd00:10:244::/64 is an example: use your cluster's IPv6 pod range.\n${
							pool.origin === 'ippool'
								? `${poolFix(pool, 'VXLAN')}---\n${poolFix({ cidr: 'fd00:10:244::/64', name: 'ipv6-pool', origin: 'ippool' }, 'VXLAN')}`
								: installationFix({}, [
										{ cidr: pool.cidr, encapsulation: 'VXLAN' },
										{ cidr: 'fd00:10:244::/64', encapsulation: 'VXLAN' },
									])
						}`,
						move: 'ipip-to-vxlan',
					})),
});
