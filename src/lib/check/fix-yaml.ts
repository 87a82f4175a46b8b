import { toYaml } from '../config/emit-yaml';

/** An Installation to apply (or merge) that sets pool fields and network fields; the rest of the resource stays as it is. */
export function installationFix(
	network: Record<string, unknown>,
	pools: readonly Record<string, unknown>[] = []
): string {
	return toYaml({
		apiVersion: 'operator.tigera.io/v1',
		kind: 'Installation',
		metadata: { name: 'default' },
		spec: { calicoNetwork: { ...network, ...(pools.length ? { ipPools: pools } : {}) } },
	});
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
