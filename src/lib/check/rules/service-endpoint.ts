import { defineCheckRule } from '../define-rule';
import { isRecord } from '../parse';
import { checkerFacts } from '../../facts/checker';
import type { CheckContext } from '../context';
import type { RuleHit } from '../types';

const configMap = checkerFacts.serviceEndpointConfigMap.value;

/** What gives Calico the API server's address, as YAML to copy: Helm values for a chart install, else the ConfigMap. */
function endpointFix(c: CheckContext): string {
	const helm = c.paste.readAs.some((read) => read.includes('Helm values'));
	return helm
		? `kubernetesServiceEndpoint:
  host: <API server host, e.g. the control plane's load balancer>
  port: '<API server port>'
`
		: `kind: ConfigMap
apiVersion: v1
metadata:
  name: ${configMap}
  namespace: tigera-operator
data:
  KUBERNETES_SERVICE_HOST: '<API server host>'
  KUBERNETES_SERVICE_PORT: '<API server port>'
`;
}

function network(c: CheckContext): Record<string, unknown> {
	const spec = c.installation && isRecord(c.installation.spec) ? c.installation.spec : {};
	return isRecord(spec.calicoNetwork) ? spec.calicoNetwork : {};
}

/** Calico is given the API server's own address where kube-proxy is not there to reach it, and not where it must not be. */
export const serviceEndpoint = defineCheckRule({
	id: 'service-endpoint',
	severity: 'warning',
	checks: `The API server’s address (ConfigMap ${configMap}, or the Helm values’ kubernetesServiceEndpoint) is set for the eBPF dataplane unless bpfNetworkBootstrap is Enabled, never with it, and for Windows nodes.`,
	facts: ['serviceEndpointConfigMap'],
	run: (c) => {
		if (!c.installation) return [];
		const calicoNetwork = network(c);
		const endpoint = c.paste.serviceEndpoint;
		const bootstrap = calicoNetwork.bpfNetworkBootstrap === 'Enabled';
		const bpf = c.linuxDataplane === 'BPF';
		const hits: RuleHit[] = [];
		if (bootstrap && !bpf)
			hits.push({
				key: 'bootstrap-without-bpf',
				severity: 'error',
				message: `spec.calicoNetwork.bpfNetworkBootstrap is Enabled, but the Linux dataplane is ${c.linuxDataplane || 'Iptables (the operator’s default)'}.`,
				reason:
					'The operator marks the installation degraded and does not roll it out: bootstrapping is for the eBPF dataplane only.',
			});
		if (bootstrap && bpf && endpoint)
			hits.push({
				key: 'bootstrap-and-endpoint',
				severity: 'error',
				line: endpoint.line,
				message: `spec.calicoNetwork.bpfNetworkBootstrap is Enabled and ${endpoint.from} sets the API server’s address too.`,
				reason: `The operator takes the address from one place only: with bootstrapping on, it refuses a ${configMap} ConfigMap and marks the installation degraded. Drop one of them.`,
			});
		if (bpf && !bootstrap && !endpoint)
			hits.push({
				key: 'bpf',
				message: `The eBPF dataplane replaces kube-proxy, and the paste does not give Calico the API server’s own address (ConfigMap ${configMap} or the Helm values’ kubernetesServiceEndpoint).`,
				reason:
					'Without kube-proxy the kubernetes Service’s cluster IP leads nowhere until Calico is up, so calico-node must reach the API server directly. If the cluster already has the ConfigMap, nothing is missing; otherwise create it, or set bpfNetworkBootstrap: Enabled and let the operator find the address.',
				fix: endpointFix(c),
			});
		if (calicoNetwork.windowsDataplane === 'HNS' && !endpoint)
			hits.push({
				key: 'windows',
				message: `The Installation turns on Windows nodes (windowsDataplane: HNS), and the paste does not give the API server’s address (ConfigMap ${configMap} or the Helm values’ kubernetesServiceEndpoint).`,
				reason:
					'The operator refuses to roll out Calico for Windows until that ConfigMap holds KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT. If the cluster already has it, nothing is missing.',
				fix: endpointFix(c),
			});
		return hits;
	},
});
