import { testRule } from '../rule-tester';
import { bare, installation } from '../yaml';

testRule('gke-ebpf', {
	valid: [
		{
			name: 'eBPF off GKE is not the GKE rule’s business',
			input: {
				text: installation('10.0.0.0/16 VXLAN', '    linuxDataplane: BPF\n'),
				env: 'google-cloud',
			},
		},
	],
	invalid: [
		{
			name: 'eBPF on GKE is an error, though the operator accepts it',
			input: {
				text: bare('{kubernetesProvider: GKE, calicoNetwork: {linuxDataplane: BPF}}'),
				env: 'google-cloud',
			},
			severity: 'error',
		},
	],
});
