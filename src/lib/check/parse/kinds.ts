/** The resources the checker understands, by kind, with the API groups they come in. */
export const understoodKinds = {
	Installation: ['operator.tigera.io/v1'],
	IPPool: ['projectcalico.org/v3', 'crd.projectcalico.org/v1'],
	FelixConfiguration: ['projectcalico.org/v3', 'crd.projectcalico.org/v1'],
	BGPConfiguration: ['projectcalico.org/v3', 'crd.projectcalico.org/v1'],
	IPAMConfiguration: ['projectcalico.org/v3'],
	// The CRD behind IPAMConfiguration, as `kubectl get ipamconfigs.crd.projectcalico.org` prints it.
	IPAMConfig: ['crd.projectcalico.org/v1'],
} as const;

/** A kind of resource the checker understands. */
export type UnderstoodKind = keyof typeof understoodKinds;
