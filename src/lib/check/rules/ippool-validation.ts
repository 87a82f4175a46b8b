import { defineCheckRule } from '../define-rule';
import { blockSizeRange } from '../../calc/ip-plan';
import { poolPlace } from '../pools';
import type { RuleHit } from '../types';

/** A direct IPPool passes the IP pool API’s validation. */
export const ippoolValidation = defineCheckRule({
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
					...poolPlace(pool, 'cidr'),
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
						...poolPlace(pool, field),
						message: `${where}: ${field} must be Never, Always or CrossSubnet, not ${mode}.`,
						reason,
					});
			const wraps = (mode: string) => mode !== '' && mode !== 'Never';
			if (wraps(pool.vxlanMode) && wraps(pool.ipipMode))
				hits.push({
					key: `${where}:both`,
					...poolPlace(pool, 'ipipMode'),
					message: `${where} turns on both VXLAN and IP-in-IP; a pool takes one of them at most.`,
					reason,
				});
			if (pool.parsed?.family === 6 && wraps(pool.ipipMode))
				hits.push({
					key: `${where}:ipv6`,
					...poolPlace(pool, 'ipipMode'),
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
					...poolPlace(pool, 'blockSize'),
					message: `${where}: blockSize must be from ${range.min} to ${range.max}.`,
					reason,
				});
			return hits;
		}),
});
