import { blockSizeRange } from '../calc/ip-plan';
import { validateInstallation } from '../config/validate';
import { sources } from '../facts';
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
			'The Installation passes the Tigera operator’s networking validation, after the operator fills in its defaults (BGP, nodeSelector).',
		facts: ['operatorBgpDefault', 'operatorNodeSelectorDefault', 'ipipIpv4Only'],
		sources: [sources.operatorValidation],
		run: (c) => {
			if (!c.installationAsPasted) return [];
			const shape = shapeHits(c);
			if (shape.length) return shape;
			let messages: string[];
			try {
				messages = validateInstallation(c.installationAsPasted);
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
