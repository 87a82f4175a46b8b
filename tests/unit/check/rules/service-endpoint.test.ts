import { testRule } from '../rule-tester';
import { installation } from '../yaml';

const ebpf = (extra = '') => installation('10.0.0.0/16 VXLAN', `    linuxDataplane: BPF\n${extra}`);
const configMap = `---
kind: ConfigMap
apiVersion: v1
metadata: {name: kubernetes-services-endpoint, namespace: tigera-operator}
data: {KUBERNETES_SERVICE_HOST: 10.0.0.10, KUBERNETES_SERVICE_PORT: "6443"}
`;
const helm = (extra: string) => `installation:
  calicoNetwork:
    linuxDataplane: BPF
    ipPools: [{cidr: 10.0.0.0/16, encapsulation: VXLAN}]
${extra}`;

testRule('service-endpoint', {
	valid: [
		{ name: 'eBPF with the ConfigMap beside it', input: { text: ebpf() + configMap } },
		{
			name: 'eBPF from Helm values that set kubernetesServiceEndpoint',
			input: { text: helm('kubernetesServiceEndpoint: {host: api.example.com, port: 6443}\n') },
		},
		{
			name: 'eBPF with bootstrapping and no ConfigMap',
			input: { text: ebpf('    bpfNetworkBootstrap: Enabled\n') },
		},
		{ name: 'iptables needs no address', input: { text: installation('10.0.0.0/16 VXLAN') } },
	],
	invalid: [
		{
			name: 'eBPF with nothing that gives the API server’s address',
			input: { text: ebpf() },
			severity: 'warning',
			message: /The eBPF dataplane replaces kube-proxy/,
			fix: /name: kubernetes-services-endpoint/,
		},
		{
			name: 'eBPF from Helm values without kubernetesServiceEndpoint gets the values to add',
			input: { text: helm('') },
			severity: 'warning',
			fix: /^kubernetesServiceEndpoint:/,
		},
		{
			name: 'bootstrapping and the ConfigMap at once',
			input: { text: ebpf('    bpfNetworkBootstrap: Enabled\n') + configMap },
			severity: 'error',
			message: /bpfNetworkBootstrap is Enabled and the ConfigMap kubernetes-services-endpoint sets/,
		},
		{
			name: 'bootstrapping without the eBPF dataplane',
			input: { text: installation('10.0.0.0/16 VXLAN', '    bpfNetworkBootstrap: Enabled\n') },
			severity: 'error',
			message: /but the Linux dataplane is Iptables/,
		},
		{
			name: 'Windows nodes with nothing that gives the API server’s address',
			input: { text: installation('10.0.0.0/16 VXLAN', '    windowsDataplane: HNS\n') },
			severity: 'warning',
			message: /windowsDataplane: HNS/,
		},
	],
});
