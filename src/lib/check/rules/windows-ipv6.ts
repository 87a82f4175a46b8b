import { defineCheckRule } from '../define-rule';
import { poolPlace } from '../pools';
import type { CheckContext, PoolView } from '../context';
import type { RuleHit } from '../types';
import { windowsOpening, windowsSeverity, windowsUnsupported } from '../windows';

const ipv6Pools = (c: CheckContext): PoolView[] =>
	c.allPools.filter((pool) => pool.parsed?.family === 6);
const poolLabel = (pool: PoolView) =>
	pool.origin === 'ippool' && pool.name ? `IPPool ${pool.name} (${pool.cidr})` : pool.cidr;

/** With Windows nodes, no pool is IPv6. */
export const windowsIpv6 = defineCheckRule({
	id: 'windows-ipv6',
	severity: 'error',
	checks:
		'With Windows nodes, no pool is IPv6 (Calico for Windows is IPv4 only; a note when the reader is not sure).',
	facts: ['windowsNoIpv6'],
	run: (c) => {
		const severity = windowsSeverity(c);
		if (!severity) return [];
		return ipv6Pools(c).map((pool): RuleHit => ({
			key: pool.parsed?.text ?? pool.cidr,
			...poolPlace(pool, 'cidr'),
			severity,
			message: `${windowsOpening(c)}, but pool ${poolLabel(pool)} is IPv6.`,
			reason: windowsUnsupported('IPv6 or dual-stack pools'),
		}));
	},
});
