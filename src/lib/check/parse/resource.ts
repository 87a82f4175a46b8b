import { helmValueResources, isHelmValues } from './helm-values';
import { networkingKinds, readKinds, understoodKinds, type UnderstoodKind } from './kinds';
import { readCalicoConfig, readCalicoNode, readCanalConfig } from './manifest';
import { readNode, readServiceEndpoint } from './nodes';
import { readConfigMapResources, readHelmChart, readHelmChartProxy } from './wrappers';
import { checkerFacts } from '../../facts/checker';
import {
	countKind,
	isRecord,
	type FieldPosition,
	type FieldPositions,
	type ParsedPaste,
	type Place,
	type Reader,
} from './types';

const kindList = Object.entries(understoodKinds)
	.map(([kind, versions]) => `${kind} (${versions[0]})`)
	.join(', ');

const metadataName = (value: Record<string, unknown>) =>
	isRecord(value.metadata) && typeof value.metadata.name === 'string' ? value.metadata.name : '';

/** Reads a resource of a kind the checker understands, or says why its apiVersion is not one. */
function readUnderstood(
	value: Record<string, unknown>,
	kind: UnderstoodKind,
	apiVersion: string,
	at: Place,
	out: ParsedPaste
): void {
	const versions: readonly string[] = understoodKinds[kind];
	if (!versions.includes(apiVersion)) {
		out.hits['unknown-kind'].push({
			key: `${at.line}`,
			line: at.line,
			message: `${at.where} is a ${kind} with apiVersion "${apiVersion}"; a ${kind} is ${versions.join(' or ')}.`,
			reason: 'With another apiVersion the cluster would not recognise the resource.',
		});
		return;
	}
	out.resources.push({
		kind,
		apiVersion,
		line: at.line,
		value,
		...(at.from ? { from: at.from } : {}),
		...(at.positions ? { positions: at.positions } : {}),
	});
}

/**
 * Each item's own line (its first key's) and field positions, re-keyed without `items[i].`, from a List's
 * positions in one pass, so a dump of thousands of items stays linear.
 */
function itemPlaces(
	positions: FieldPositions | undefined,
	count: number
): ({ line: number; positions: Map<string, FieldPosition> } | undefined)[] {
	const places: ({ line: number; positions: Map<string, FieldPosition> } | undefined)[] = [];
	if (!positions || !count) return places;
	for (const [path, position] of positions) {
		const item = /^items\[(\d+)\]\.(.+)$/.exec(path);
		if (!item) continue;
		const i = Number(item[1]);
		const place = (places[i] ??= { line: position.line, positions: new Map() });
		place.line = Math.min(place.line, position.line);
		place.positions.set(item[2]!, position);
	}
	return places;
}

/**
 * Reads one parsed value into the paste: a resource the checker understands; a `List` (as `kubectl get -o yaml`
 * prints); Helm values for the tigera-operator chart, bare or inside RKE2's HelmChartConfig or a Cluster API
 * HelmChartProxy; resources inside a ConfigMap; Calico's manifest (the calico-node DaemonSet and calico-config);
 * Calico kinds it counts; and anything else, skipped and counted.
 */
export function readValue(value: unknown, at: Place, out: ParsedPaste, read: Reader): void {
	if (value === null || value === undefined) return;
	if (!isRecord(value)) {
		out.hits['unknown-kind'].push({
			key: `${at.line}`,
			line: at.line,
			message: `${at.where} is not a Kubernetes resource (a mapping with apiVersion and kind).`,
			reason: `The checker understands ${kindList}, Helm values for the tigera-operator chart, and Calico's manifest.`,
		});
		return;
	}
	const kind = typeof value.kind === 'string' ? value.kind : '';
	const apiVersion = typeof value.apiVersion === 'string' ? value.apiVersion : '';
	if (!kind && !apiVersion && isHelmValues(value)) {
		out.readAs.push(at.from ?? 'Helm values for the tigera-operator chart');
		const endpoint = isRecord(value.kubernetesServiceEndpoint)
			? value.kubernetesServiceEndpoint
			: {};
		readServiceEndpoint(
			endpoint.host,
			endpoint.port,
			'the Helm values’ kubernetesServiceEndpoint',
			at,
			out
		);
		for (const resource of helmValueResources(value))
			readValue(resource.value, { line: at.line, where: at.where, from: resource.from }, out, read);
		return;
	}
	if (kind === 'List' || kind.endsWith('List')) {
		const items = Array.isArray(value.items) ? value.items : [];
		const places = itemPlaces(at.positions, items.length);
		items.forEach((item, i) =>
			readValue(
				item,
				{
					line: places[i]?.line ?? at.line,
					where: `${at.where}, item ${i + 1}`,
					...(places[i] ? { positions: places[i]!.positions } : {}),
				},
				out,
				read
			)
		);
		return;
	}
	out.kinds.push(kind || '(no kind)');
	if (!kind) {
		out.hits['unknown-kind'].push({
			key: `${at.line}`,
			line: at.line,
			message: `${at.where} has no kind.`,
			reason: `The checker understands ${kindList}, Helm values for the tigera-operator chart (installation:, defaultFelixConfiguration: …), and Calico's manifest; it leaves anything else alone.`,
		});
		return;
	}
	if (kind in understoodKinds)
		return readUnderstood(value, kind as UnderstoodKind, apiVersion, at, out);
	const name = metadataName(value);
	if (
		(kind === 'HelmChartConfig' || kind === 'HelmChart') &&
		apiVersion.startsWith('helm.cattle.io/')
	)
		return readHelmChart(value, kind, at, out, read);
	if (kind === 'HelmChartProxy' && apiVersion.startsWith('addons.cluster.x-k8s.io/'))
		return readHelmChartProxy(value, at, out, read);
	if (kind === 'ConfigMap' && name === 'calico-config') return readCalicoConfig(value, at, out);
	if (kind === 'ConfigMap' && name === 'canal-config') return readCanalConfig(value, at, out);
	if (kind === 'ConfigMap' && name === checkerFacts.serviceEndpointConfigMap.value) {
		const data = isRecord(value.data) ? value.data : {};
		const from = `the ConfigMap ${name}`;
		return readServiceEndpoint(
			data.KUBERNETES_SERVICE_HOST,
			data.KUBERNETES_SERVICE_PORT,
			from,
			at,
			out
		);
	}
	if (kind === 'Node' && (apiVersion === 'v1' || readKinds.Node!.includes(apiVersion)))
		return readNode(value, apiVersion === 'v1', at, out);
	if (kind === 'ConfigMap' && readConfigMapResources(value, at, out, read)) return;
	if (kind === 'DaemonSet' && name === 'calico-node') return readCalicoNode(value, at, out);
	if (kind === 'DaemonSet' && name === 'canal') return readCalicoNode(value, at, out, 'canal');
	if (kind === 'TigeraStatus' && readKinds.TigeraStatus!.includes(apiVersion)) {
		const status = isRecord(value.status) ? value.status : {};
		out.statuses.push({
			name,
			conditions: Array.isArray(status.conditions) ? status.conditions.filter(isRecord) : [],
			line: at.line,
		});
	}
	countKind(networkingKinds[kind]?.includes(apiVersion) ? out.counted : out.skipped, kind);
}
