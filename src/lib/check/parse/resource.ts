import { understoodKinds, type UnderstoodKind } from './kinds';
import { isRecord, type ParsedPaste } from './types';

const kindList = Object.entries(understoodKinds)
	.map(([kind, versions]) => `${kind} (${versions[0]})`)
	.join(', ');

/** Reads a resource, or a `List` of them as `kubectl get -o yaml` prints, into the resources understood. */
export function readResource(value: unknown, line: number, where: string, out: ParsedPaste): void {
	if (value === null || value === undefined) return;
	if (!isRecord(value)) {
		out.hits['unknown-kind'].push({
			key: `${line}`,
			message: `${where} is not a Kubernetes resource (a mapping with apiVersion and kind).`,
			reason: `The checker understands ${kindList}.`,
		});
		return;
	}
	const kind = typeof value.kind === 'string' ? value.kind : '';
	const apiVersion = typeof value.apiVersion === 'string' ? value.apiVersion : '';
	if (kind === 'List' || kind.endsWith('List')) {
		const items = Array.isArray(value.items) ? value.items : [];
		items.forEach((item, i) => readResource(item, line, `${where}, item ${i + 1}`, out));
		return;
	}
	out.kinds.push(kind || '(no kind)');
	const versions = (understoodKinds as Record<string, readonly string[]>)[kind];
	if (!versions) {
		out.hits['unknown-kind'].push({
			key: `${line}`,
			message: kind
				? `${where} is a ${kind}, which the checker does not read.`
				: `${where} has no kind.`,
			reason: `The checker understands ${kindList}; it leaves anything else alone.`,
		});
		return;
	}
	if (!versions.includes(apiVersion)) {
		out.hits['unknown-kind'].push({
			key: `${line}`,
			message: `${where} is a ${kind} with apiVersion "${apiVersion}"; a ${kind} is ${versions.join(' or ')}.`,
			reason: 'With another apiVersion the cluster would not recognise the resource.',
		});
		return;
	}
	out.resources.push({ kind: kind as UnderstoodKind, apiVersion, line, value });
}
