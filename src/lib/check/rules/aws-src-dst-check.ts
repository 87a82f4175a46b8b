import { defineCheckRule } from '../define-rule';
import { facts } from '../../facts';
import { felixFix } from '../fix-yaml';
import { blockedBy, encapsulationPlace, poolName } from '../pools';

/** Unwrapped pod traffic on AWS comes with awsSrcDstCheck: Disable. */
export const awsSrcDstCheck = defineCheckRule({
	id: 'aws-src-dst-check',
	severity: 'error',
	checks:
		'On AWS, an unencapsulated or cross-subnet pool comes with a FelixConfiguration that sets awsSrcDstCheck: Disable.',
	facts: ['awsSrcDstCheck', 'srcDstCheckIam'],
	run: (c) => {
		if (c.env !== 'aws') return [];
		if (c.felix.some((spec) => spec.awsSrcDstCheck === 'Disable')) return [];
		const set = c.felix.find((spec) => spec.awsSrcDstCheck !== undefined)?.awsSrcDstCheck;
		const iam = facts.srcDstCheckIam.value.join(' and ');
		return c.allPools
			.filter((pool) => blockedBy('aws-src-dst-check', c, pool))
			.map((pool) => ({
				key: pool.cidr,
				...encapsulationPlace(pool),
				severity: set === undefined ? ('warning' as const) : ('error' as const),
				message:
					set === undefined
						? `${poolName(pool)} uses ${pool.encapsulation}, and no FelixConfiguration in the paste sets awsSrcDstCheck: Disable.`
						: `${poolName(pool)} uses ${pool.encapsulation}, but the FelixConfiguration sets awsSrcDstCheck: ${String(set)}.`,
				reason: `EC2 drops unwrapped pod packets between nodes while each instance’s source/destination check is on. Felix turns it off with awsSrcDstCheck: Disable, given IAM ${iam}. Plain VXLAN does not need it.`,
				fix: felixFix({ awsSrcDstCheck: 'Disable' }),
			}));
	},
});
