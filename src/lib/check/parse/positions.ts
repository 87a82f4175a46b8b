import { isMap, isScalar, isSeq, type LineCounter, type Node } from 'yaml';
import type { FieldPosition } from './types';

/**
 * Where each field's key stands in a parsed document, by the path the checker names fields with
 * (`spec.calicoNetwork.ipPools[0].cidr`); `firstLine` is the document's first line in the paste, `indent` the
 * columns cut from its lines (a List item's `- `). Walks
 * without recursion, so a deep document cannot overflow the stack.
 */
export function fieldPositions(
	contents: Node | null,
	counter: LineCounter,
	firstLine: number,
	indent = 0
): Map<string, FieldPosition> {
	const positions = new Map<string, FieldPosition>();
	const stack: [unknown, string][] = [[contents, '']];
	while (stack.length) {
		const [node, path] = stack.pop()!;
		if (isMap(node)) {
			for (const pair of node.items) {
				if (!isScalar(pair.key)) continue;
				const name = String(pair.key.value);
				const at = path ? `${path}.${name}` : name;
				const offset = pair.key.range?.[0];
				if (offset !== undefined) {
					const { line, col } = counter.linePos(offset);
					positions.set(at, { line: firstLine + line - 1, column: col + indent });
				}
				stack.push([pair.value, at]);
			}
		} else if (isSeq(node)) {
			node.items.forEach((item, i) => {
				const at = `${path}[${i}]`;
				// An item of a list has no key: where it starts is where a finding about it points
				// (reservedCIDRs[0], or the first key of ipPools[0]).
				const offset = isScalar(item) || isMap(item) ? item.range?.[0] : undefined;
				if (offset !== undefined) {
					const { line, col } = counter.linePos(offset);
					positions.set(at, { line: firstLine + line - 1, column: col + indent });
				}
				stack.push([item, at]);
			});
		}
	}
	return positions;
}
