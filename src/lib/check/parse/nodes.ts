import { checkerFacts } from '../../facts/checker';
import { isRecord, type ParsedPaste, type Place } from './types';

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/**
 * Reads a node: a Calico Node (projectcalico.org/v3) from its `spec.bgp`, or a Kubernetes Node (v1) from the
 * annotations Calico writes on it (libcalico-go/lib/backend/k8s/resources/node.go), which is how a Calico Node
 * is stored when the datastore is Kubernetes.
 */
export function readNode(
	value: Record<string, unknown>,
	kubernetes: boolean,
	at: Place,
	out: ParsedPaste
): void {
	const metadata = isRecord(value.metadata) ? value.metadata : {};
	const name = text(metadata.name);
	const keys = checkerFacts.nodeAnnotations.value;
	if (kubernetes) {
		const notes = isRecord(metadata.annotations) ? metadata.annotations : {};
		out.nodes.push({
			name,
			ipv4: text(notes[keys.ipv4]),
			ipv6: text(notes[keys.ipv6]),
			routeReflectorClusterId: text(notes[keys.routeReflectorClusterId]),
			kubernetes,
			line: at.line,
		});
		return;
	}
	const spec = isRecord(value.spec) ? value.spec : {};
	const bgp = isRecord(spec.bgp) ? spec.bgp : {};
	out.nodes.push({
		name,
		ipv4: text(bgp.ipv4Address),
		ipv6: text(bgp.ipv6Address),
		routeReflectorClusterId: text(bgp.routeReflectorClusterID),
		kubernetes,
		line: at.line,
	});
}

/** Reads the API server address from Helm values' `kubernetesServiceEndpoint` or the ConfigMap the chart renders from it. */
export function readServiceEndpoint(
	host: unknown,
	port: unknown,
	from: string,
	at: Place,
	out: ParsedPaste
): void {
	const read = { host: text(host), port: typeof port === 'number' ? String(port) : text(port) };
	if (!read.host && !read.port) return;
	out.serviceEndpoint ??= { ...read, from, line: at.line };
}
