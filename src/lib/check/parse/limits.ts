/** What the checker refuses to read, so that no paste can hang the page or the command line. */

/** The largest paste the checker reads, in characters (a 1 MB `kubectl get -o yaml` dump is well inside). */
export const maxPasteChars = 8 * 1024 * 1024;

/** The deepest nesting a document may have; Calico's and Kubernetes' resources stay under 20 levels. */
export const maxDepth = 64;

/** Why the paste cannot be read at all (too large, or binary), or null when it can. */
export function unreadablePaste(text: string): { message: string; reason: string } | null {
	if (text.length > maxPasteChars)
		return {
			message: `The paste is ${(text.length / 1024 / 1024).toFixed(1)} MB; the checker reads at most ${maxPasteChars / 1024 / 1024} MB at a time.`,
			reason:
				'Check the Calico resources on their own (kubectl get installations,ippools,felixconfigurations,bgpconfigurations -o yaml), or split the file.',
		};
	// NUL bytes, or many control characters, mean the file is not text.
	const sample = text.slice(0, 65536);
	let control = 0;
	for (let i = 0; i < sample.length; i++) {
		const code = sample.charCodeAt(i);
		if (code === 0) control = sample.length;
		else if (code < 9 || (code > 13 && code < 32)) control++;
	}
	if (control > sample.length / 100)
		return {
			message: 'The paste looks like a binary file, not YAML.',
			reason: 'Paste the YAML text of the resources (kubectl get … -o yaml prints it).',
		};
	return null;
}

/** True when a value nests deeper than `maxDepth`, found without recursion (so that depth cannot overflow the stack). */
export function nestsTooDeep(value: unknown): boolean {
	const stack: [unknown, number][] = [[value, 0]];
	while (stack.length) {
		const [item, depth] = stack.pop()!;
		if (depth > maxDepth) return true;
		if (item && typeof item === 'object')
			for (const child of Object.values(item)) stack.push([child, depth + 1]);
	}
	return false;
}

/** The nesting of a document's text, from its brackets and indentation, before the YAML parser sees it. */
export function textNestsTooDeep(text: string): boolean {
	let open = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 91 || c === 123) {
			if (++open > maxDepth) return true;
		} else if (c === 93 || c === 125) open = Math.max(0, open - 1);
	}
	const indent = /^( *)\S/gm;
	let match: RegExpExecArray | null;
	while ((match = indent.exec(text))) if (match[1]!.length > maxDepth * 4) return true;
	return false;
}
