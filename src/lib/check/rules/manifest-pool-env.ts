import { defineCheckRule } from '../define-rule';

/** Calico's manifest sets pools through calico-node's environment, which acts once. */
export const manifestPoolEnv = defineCheckRule({
	id: 'manifest-pool-env',
	severity: 'info',
	checks:
		'Where Calico’s manifest sets CALICO_IPV4POOL_* or CALICO_IPV6POOL_* on calico-node, says that they act only when the first pool is created.',
	facts: ['manifestPoolEnvFirstPoolOnly'],
	sources: [],
	run: (c) => {
		const names = Object.keys(c.paste.manifest?.env ?? {}).filter((name) =>
			/^CALICO_IPV[46]POOL_/.test(name)
		);
		if (!names.length) return [];
		const at = c.paste.manifest!.envAt[names[0]!];
		return [
			{
				line: at?.line ?? c.paste.manifest!.line,
				...(at ? { column: at.column } : {}),
				message: `calico-node reads ${names.join(', ')} only when it creates the cluster’s first pool of each IP family; on a cluster that has one, changing them changes nothing.`,
				reason:
					'The checker reads them as the pool they would create, and a pasted IPPool replaces it. To change a running cluster, edit its IPPool (kubectl get ippools -o yaml), or move the cluster to the Tigera operator, whose Installation holds the pools and the settings in one resource.',
			},
		];
	},
});
