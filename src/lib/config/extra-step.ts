/** How a step's text is written, for highlighting and for the reader. */
export type StepLanguage = 'yaml' | 'shell' | 'json';

/** Names of the steps an option can need besides its `Installation`. */
export type ExtraStepId =
	| 'aks-create'
	| 'tigera-operator'
	| 'aws-src-dst-iam'
	| 'openstack-address-pairs'
	| 'oke-replace-flannel'
	| 'vpc-cni-annotate-pod-ip'
	| 'felix-configuration'
	| 'eks-remove-aws-node'
	| 'eks-max-pods'
	| 'eks-host-network'
	| 'api-server-endpoint'
	| 'ebpf-kube-proxy'
	| 'windows-nodes'
	| 'bgp-peering'
	| 'load-balancer-pool'
	| 'kubevirt-live-migration';

/** One thing to do besides applying the `Installation`, with the text to copy. */
export interface ExtraStep {
	id: ExtraStepId;
	/** What the step does, in one line. */
	title: string;
	language: StepLanguage;
	/** The snippet to copy, ending with a line break. */
	text: string;
	/** Why the option needs it, and anything to know before running it. */
	why: string;
}
