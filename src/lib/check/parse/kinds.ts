/** The resources the checker understands, by kind, with the API groups they come in. */
export const understoodKinds = {
	Installation: ['operator.tigera.io/v1'],
	IPPool: ['projectcalico.org/v3', 'crd.projectcalico.org/v1'],
	FelixConfiguration: ['projectcalico.org/v3', 'crd.projectcalico.org/v1'],
	BGPConfiguration: ['projectcalico.org/v3', 'crd.projectcalico.org/v1'],
	IPAMConfiguration: ['projectcalico.org/v3'],
	// The CRD behind IPAMConfiguration, as `kubectl get ipamconfigs.crd.projectcalico.org` prints it.
	IPAMConfig: ['crd.projectcalico.org/v1'],
	BGPPeer: ['projectcalico.org/v3', 'crd.projectcalico.org/v1'],
	BGPFilter: ['projectcalico.org/v3', 'crd.projectcalico.org/v1'],
	IPReservation: ['projectcalico.org/v3', 'crd.projectcalico.org/v1'],
	KubeControllersConfiguration: ['projectcalico.org/v3', 'crd.projectcalico.org/v1'],
} as const;

/** A kind of resource the checker understands. */
export type UnderstoodKind = keyof typeof understoodKinds;

/** Kinds with no spec the rules read as a resource, read for what they say: a node's address, a degraded status. */
export const readKinds: Readonly<Record<string, readonly string[]>> = {
	// A Calico Node as calicoctl or the Calico API server prints it; a Kubernetes Node (v1) is read too.
	Node: ['projectcalico.org/v3', 'crd.projectcalico.org/v1'],
	TigeraStatus: ['operator.tigera.io/v1'],
};

/** Kinds that bear on Calico networking that the checker counts but no rule reads yet. */
export const countedKinds: Readonly<Record<string, readonly string[]>> = {
	BlockAffinity: ['projectcalico.org/v3', 'crd.projectcalico.org/v1'],
	IPAMBlock: ['crd.projectcalico.org/v1'],
	APIServer: ['operator.tigera.io/v1'],
	Goldmane: ['operator.tigera.io/v1'],
	Whisker: ['operator.tigera.io/v1'],
};

/** Every other kind that bears on Calico networking: a kubectl dump of a cluster holds them beside the ones it checks. */
export const networkingKinds: Readonly<Record<string, readonly string[]>> = {
	...readKinds,
	...countedKinds,
};

/** Kinds that may hold Calico configuration inside them: a list, Helm values, ConfigMaps, Calico's manifest. */
export const wrapperKinds = [
	'HelmChartConfig',
	'HelmChart',
	'HelmChartProxy',
	'ConfigMap',
	'DaemonSet',
];

/** True for a kind whose documents the checker skips without reading them (counted once, not reported one by one). */
export function skippedKind(kind: string, apiVersion: string): boolean {
	if (kind === 'List' || kind.endsWith('List') || wrapperKinds.includes(kind)) return false;
	if (kind in understoodKinds) return false;
	// A Kubernetes Node holds its Calico Node's BGP address in annotations.
	if (kind === 'Node' && apiVersion === 'v1') return false;
	const networking = networkingKinds[kind];
	return !networking || !networking.includes(apiVersion);
}
