import { blockSizeRange } from '../calc/ip-plan';
import { validateInstallation } from '../operator/validate';
import { facts, sources } from '../facts';
import { isRecord } from './parse';
import type { CheckContext } from './context';
import type { CheckRule, RuleHit } from './types';

type Rule = CheckRule<CheckContext>;

/** Shape problems validateInstallation assumes away (it reads ipPools as a list of mappings). */
function shapeHits(c: CheckContext): RuleHit[] {
	const spec = c.installationAsPasted?.spec;
	const network = isRecord(spec) ? spec.calicoNetwork : undefined;
	const pools = isRecord(network) ? network.ipPools : undefined;
	if (pools === undefined || pools === null) return [];
	if (!Array.isArray(pools))
		return [
			{
				key: 'ipPools',
				message: 'spec.calicoNetwork.ipPools must be a list of pools.',
				reason: 'The operator cannot read the pools, so it rejects the Installation.',
			},
		];
	return pools.some((pool) => !isRecord(pool))
		? [
				{
					key: 'ipPools-items',
					message: 'Each entry of spec.calicoNetwork.ipPools must be a mapping with a cidr.',
					reason: 'The operator cannot read the pools, so it rejects the Installation.',
				},
			]
		: [];
}

/** The operator's validation rules, after its own defaulting (from config/validate.ts), and the IP pool API's. */
export const operatorRules: readonly Rule[] = [
	{
		id: 'operator-validation',
		severity: 'error',
		checks:
			'The Installation passes the Tigera operator’s networking and IP pool validation, after the operator fills in its defaults (BGP, the pool it creates, each pool’s encapsulation and nodeSelector).',
		facts: [
			'operatorBgpDefault',
			'operatorNodeSelectorDefault',
			'operatorPoolEncapsulationDefault',
			'ipipIpv4Only',
		],
		sources: [sources.operatorValidation, sources.operatorPoolValidation],
		run: (c) => {
			if (!c.installationAsPasted) return [];
			const shape = shapeHits(c);
			if (shape.length) return shape;
			let messages: string[];
			try {
				messages = validateInstallation(c.installationAsPasted, {
					clusterHasPools: c.directPools.length > 0,
				});
			} catch {
				messages = ['The Installation’s spec could not be read: check its structure.'];
			}
			return messages.map((message) => ({
				key: message,
				message,
				reason: 'The operator refuses an Installation that breaks its rules and installs nothing.',
			}));
		},
	},
	{
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
					message: `The Installation lists no IP pools, so the operator creates ${made.name} with CIDR ${made.cidr} and encapsulation ${made.encapsulation}; the other checks ran on that pool.`,
					reason: `${c.provider === 'EKS' ? 'On EKS the operator’s own pool is VXLAN.' : `An IPv4 pool with no encapsulation gets ${made.encapsulation} from the operator.`} Where the cluster has ${platform}, the operator takes the CIDR from there instead, with the same encapsulation. List the pool you want in spec.calicoNetwork.ipPools so that nothing is left to a default.`,
				},
			];
		},
	},
	{
		id: 'ippool-validation',
		severity: 'error',
		checks:
			'A direct IPPool has a valid CIDR, one wrapper at most, no IP-in-IP on IPv6, and a block size in range.',
		facts: ['blockSizeV4', 'blockSizeV6', 'ipipIpv4Only'],
		run: (c) =>
			c.directPools.flatMap((pool) => {
				const hits: RuleHit[] = [];
				const where = `IPPool ${pool.name || pool.cidr || '(unnamed)'}`;
				const reason = 'The IP pool API rejects the resource.';
				if (!pool.parsed)
					hits.push({
						key: `${where}:cidr`,
						message: `${where}: "${pool.cidr}" is not a CIDR.`,
						reason,
					});
				for (const [field, mode] of [
					['vxlanMode', pool.vxlanMode],
					['ipipMode', pool.ipipMode],
				] as const)
					if (mode && !['Never', 'Always', 'CrossSubnet'].includes(mode))
						hits.push({
							key: `${where}:${field}`,
							message: `${where}: ${field} must be Never, Always or CrossSubnet, not ${mode}.`,
							reason,
						});
				const wraps = (mode: string) => mode !== '' && mode !== 'Never';
				if (wraps(pool.vxlanMode) && wraps(pool.ipipMode))
					hits.push({
						key: `${where}:both`,
						message: `${where} turns on both VXLAN and IP-in-IP; a pool takes one of them at most.`,
						reason,
					});
				if (pool.parsed?.family === 6 && wraps(pool.ipipMode))
					hits.push({
						key: `${where}:ipv6`,
						message: `${where} is IPv6 with ipipMode ${pool.ipipMode}; IP-in-IP carries IPv4 only.`,
						reason,
						move: 'ipip-to-vxlan',
					});
				const range = blockSizeRange[pool.parsed?.family ?? 4];
				if (
					pool.blockSize !== undefined &&
					(pool.blockSize < range.min || pool.blockSize > range.max)
				)
					hits.push({
						key: `${where}:blockSize`,
						message: `${where}: blockSize must be from ${range.min} to ${range.max}.`,
						reason,
					});
				return hits;
			}),
	},
];
