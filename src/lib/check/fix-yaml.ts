import { toYaml } from '../operator/emit-yaml';

/**
 * Why a fix that names Installation pools is an excerpt to edit in (facts.installationApplyReplacesPools): applied
 * as it stands, it would replace the whole ipPools list, and the operator deletes the pools it owns that are left out.
 */
const poolExcerptNote = [
	'# An excerpt: make these changes to the pool with this cidr in kubectl edit installation default,',
	'# keeping its other fields and the other pools. Do not kubectl apply it as it stands: apply replaces',
	'# the whole ipPools list, and the operator deletes any pool left out.',
	'',
].join('\n');

/** An Installation that sets network fields (to apply or merge) and pool fields (an excerpt to edit in); the rest of the resource stays as it is. */
export function installationFix(
	network: Record<string, unknown>,
	pools: readonly Record<string, unknown>[] = []
): string {
	return (
		(pools.length ? poolExcerptNote : '') +
		toYaml({
			apiVersion: 'operator.tigera.io/v1',
			kind: 'Installation',
			metadata: { name: 'default' },
			spec: { calicoNetwork: { ...network, ...(pools.length ? { ipPools: pools } : {}) } },
		})
	);
}

/** The default FelixConfiguration with these fields. */
export function felixFix(fields: Record<string, string | number | boolean>): string {
	return toYaml({
		apiVersion: 'projectcalico.org/v3',
		kind: 'FelixConfiguration',
		metadata: { name: 'default' },
		spec: fields,
	});
}

/** The default IPAMConfiguration with these fields. */
export function ipamConfigFix(fields: Record<string, string | number | boolean>): string {
	return toYaml({
		apiVersion: 'projectcalico.org/v3',
		kind: 'IPAMConfiguration',
		metadata: { name: 'default' },
		spec: fields,
	});
}

/** An IPPool's vxlanMode and ipipMode for an operator encapsulation name. */
export function modesOfEncapsulation(encapsulation: string): {
	vxlanMode: string;
	ipipMode: string;
} {
	const mode = encapsulation.endsWith('CrossSubnet') ? 'CrossSubnet' : 'Always';
	if (encapsulation.startsWith('VXLAN')) return { vxlanMode: mode, ipipMode: 'Never' };
	if (encapsulation.startsWith('IPIP')) return { vxlanMode: 'Never', ipipMode: mode };
	return { vxlanMode: 'Never', ipipMode: 'Never' };
}

/** The change that gives a pool another encapsulation: the Installation's pool, or the IPPool resource itself. */
export function poolFix(
	pool: { cidr: string; name: string; origin: string },
	encapsulation: string
): string {
	if (pool.origin !== 'ippool') return installationFix({}, [{ cidr: pool.cidr, encapsulation }]);
	return toYaml({
		apiVersion: 'projectcalico.org/v3',
		kind: 'IPPool',
		metadata: { name: pool.name || 'my-pool' },
		spec: { cidr: pool.cidr, ...modesOfEncapsulation(encapsulation) },
	});
}
