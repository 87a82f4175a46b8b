import type { CheckContext } from './context';
import { isRecord, type ParsedResource } from './parse';
import type { UnderstoodKind } from './parse';

/** The resources of one kind in the paste, in the order they were read. */
export const resourcesOf = (c: CheckContext, kind: UnderstoodKind): ParsedResource[] =>
	c.paste.resources.filter((resource) => resource.kind === kind);

/** A resource's spec, or an empty mapping when it has none. */
export const specOf = (resource: ParsedResource): Record<string, unknown> =>
	isRecord(resource.value.spec) ? resource.value.spec : {};

/** How a finding names a resource: "BGPPeer rack-1", or "BGPPeer at line 12" when it has no name. */
export function resourceName(resource: ParsedResource): string {
	const metadata = isRecord(resource.value.metadata) ? resource.value.metadata : {};
	const name = typeof metadata.name === 'string' && metadata.name.trim();
	return name ? `${resource.kind} ${name}` : `${resource.kind} at line ${resource.line}`;
}

/** A field's value as text: strings trimmed, numbers written out, anything else empty. */
export const textOf = (value: unknown): string =>
	typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';

/**
 * Line and column of a field of a resource, or of its nearest written parent when the field itself is not
 * written, or the resource's line when the paste does not say where its fields are.
 */
export function placeOf(resource: ParsedResource, path: string): { line: number; column?: number } {
	for (let at = path; at; at = at.replace(/(\.[^.[\]]+|\[\d+\])$/, '')) {
		const found = resource.positions?.get(at);
		if (found) return { line: found.line, column: found.column };
		if (!/(\.[^.[\]]+|\[\d+\])$/.test(at)) break;
	}
	return { line: resource.line };
}
