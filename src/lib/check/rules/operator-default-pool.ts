import { defineCheckRule } from '../define-rule';
import { poolPlace } from '../pools';
import { facts, sources } from '../../facts';
import { isRecord } from '../parse';

/** Says which pool the operator creates when the Installation lists none. */
export const operatorDefaultPool = defineCheckRule({
	id: 'operator-default-pool',
	severity: 'info',
	checks:
		'When the Installation lists no IP pools, says which pool the operator creates (and the other checks run on it), or that it creates none beside the pasted IPPools.',
	facts: [
		'defaultPoolV4',
		'eksDefaultPool',
		'operatorDefaultPoolName',
		'operatorPoolEncapsulationDefault',
		'operatorPoolsFromPlatform',
	],
	sources: [sources.operatorPoolDefaults],
	run: (c) => {
		const pasted = c.installationAsPasted?.spec;
		const network = isRecord(pasted) ? pasted.calicoNetwork : undefined;
		if (!c.installation || (isRecord(network) && network.ipPools != null)) return [];
		if (c.directPools.length > 0)
			return [
				{
					key: 'none',
					message:
						'The Installation lists no IP pools and the paste has IPPool resources, so the operator creates no pool of its own and leaves the pools to those resources.',
					reason:
						'The operator fills in a pool only when the cluster has none; the checks of the pools ran on the pasted IPPools.',
				},
			];
		const made = c.pools.find((pool) => pool.origin === 'operator-default');
		if (!made) return [];
		const platform = facts.operatorPoolsFromPlatform.value.join(' or ');
		return [
			{
				key: made.cidr,
				...poolPlace(made),
				message: `The Installation lists no IP pools, so the operator creates ${made.name} with CIDR ${made.cidr} and encapsulation ${made.encapsulation}; the other checks ran on that pool.`,
				reason: `${c.provider === 'EKS' ? 'On EKS the operator’s own pool is VXLAN.' : `An IPv4 pool with no encapsulation gets ${made.encapsulation} from the operator.`} Where the cluster has ${platform}, the operator takes the CIDR from there instead, with the same encapsulation. List the pool you want in spec.calicoNetwork.ipPools so that nothing is left to a default.`,
			},
		];
	},
});
