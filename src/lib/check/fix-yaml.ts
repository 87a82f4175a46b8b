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
