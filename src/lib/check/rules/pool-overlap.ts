import { defineCheckRule } from '../define-rule';
import { poolPlace } from '../pools';
import { cidrsOverlap } from '../cidrs';
import type { RuleHit } from '../types';

/** No pool overlaps the service CIDR or the node network. */
export const poolOverlap = defineCheckRule({
	id: 'pool-overlap',
	severity: 'error',
	checks: 'No pool overlaps the service CIDR or the node network, when they are given.',
	facts: [],
	run: (c) => {
		const hits: RuleHit[] = [];
		const others = [
			['the service CIDR', c.serviceCidr],
			['the node network', c.nodeCidr],
		] as const;
		for (const pool of c.allPools)
			for (const [name, other] of others)
				if (pool.parsed && other && cidrsOverlap(pool.parsed, other))
					hits.push({
						key: `${pool.parsed.text}:${name}`,
						...poolPlace(pool, 'cidr'),
						message: `Pool ${pool.parsed.text} overlaps ${name} (${other.text}).`,
						reason:
							'An address in both ranges is ambiguous: packets for a pod may go to a service or a node instead, or the other way round. A pool’s CIDR cannot change, so move pods to a new pool in free space.',
						move: 'new-pool',
					});
		return hits;
	},
});
