import type { ParsedPaste } from './parse';

/**
 * The networking backend Calico's manifest runs (`bird`, `vxlan` or `none`): calico-node's
 * CALICO_NETWORKING_BACKEND, which the manifests take from the calico-config ConfigMap's calico_backend. Null
 * without the manifest, or when the paste does not say.
 */
export function manifestBackend(paste: ParsedPaste): string | null {
	const manifest = paste.manifest;
	if (!manifest) return null;
	const value = manifest.env.CALICO_NETWORKING_BACKEND;
	const fromConfig = value?.match(/^<from ConfigMap calico-config, key (\S+)>$/)?.[1];
	// With only the ConfigMap pasted, its calico_backend is what the manifest's calico-node reads.
	const backend = fromConfig
		? manifest.config[fromConfig]
		: (value ?? manifest.config.calico_backend);
	return backend ? backend.toLowerCase() : null;
}
