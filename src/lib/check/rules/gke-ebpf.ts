import { defineCheckRule } from '../define-rule';
import { installationFix } from '../fix-yaml';

/** The eBPF dataplane is not turned on on GKE. */
export const gkeEbpf = defineCheckRule({
	id: 'gke-ebpf',
	severity: 'error',
	checks:
		'The eBPF dataplane is not turned on with GKE’s CNI or kubernetesProvider GKE (a platform Calico’s eBPF mode does not support; the operator itself accepts it).',
	facts: ['ebpfNotOnGke'],
	run: (c) =>
		c.linuxDataplane === 'BPF' && (c.provider === 'GKE' || c.cni === 'GKE')
			? [
					{
						message: `spec.calicoNetwork.linuxDataplane is BPF on GKE (${c.provider === 'GKE' ? 'kubernetesProvider GKE' : 'the GKE CNI'}), where Calico’s eBPF dataplane is not supported.`,
						reason:
							'The operator installs it without complaint, but Calico’s eBPF mode does not work with GKE’s CNI plugin. Keep the iptables or nftables dataplane on GKE.',
						fix: installationFix({ linuxDataplane: 'Iptables' }),
					},
				]
			: [],
});
