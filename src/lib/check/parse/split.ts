/**
 * Cuts a paste into its YAML documents, and a `kubectl get -o yaml` List into its items, by lines and without
 * parsing, so that a large dump costs time in proportion to its size and documents of kinds the checker skips
 * are never parsed at all.
 */

/** One document of the paste: its text and the line (1-based) it starts on. */
export interface DocumentText {
	text: string;
	line: number;
	/** Columns cut from the left of every line (a List item's `- `), which positions add back. */
	indent?: number;
}

const separator = /^---(\s.*)?$/;
const end = /^\.\.\.\s*$/;

/** The documents of a paste, split at `---` lines (and `...`), each with the line it starts on. */
export function splitDocuments(text: string): DocumentText[] {
	const lines = text.split('\n');
	const out: DocumentText[] = [];
	let start = 0;
	const flush = (stop: number) => {
		if (stop > start) out.push({ text: lines.slice(start, stop).join('\n'), line: start + 1 });
	};
	lines.forEach((line, i) => {
		if (separator.test(line)) {
			flush(i);
			// Content after `--- ` on the same line belongs to the next document; keep its line.
			const rest = line.slice(3).trim();
			lines[i] = rest.startsWith('#') ? '' : rest;
			start = rest && !rest.startsWith('#') ? i : i + 1;
		} else if (end.test(line)) {
			flush(i);
			start = i + 1;
		}
	});
	flush(lines.length);
	return out.filter((doc) => doc.text.trim() !== '');
}

/** The value of a top-level `key:` of a document in block style, when it is a plain scalar. */
export function topLevelScalar(text: string, key: string): string | null {
	const match = new RegExp(`^["']?${key}["']?\\s*:\\s*["']?([^"'#\\s]+)`, 'm').exec(text);
	return match ? match[1]! : null;
}

/**
 * The items of a block-style List (`items:` at the top, each item starting with `- ` at the left margin, as
 * kubectl prints them), each de-indented into a document of its own; null when the List is not laid out so.
 */
export function splitListItems(doc: DocumentText): DocumentText[] | null {
	const lines = doc.text.split('\n');
	const at = lines.findIndex((line) => /^items:\s*$/.test(line));
	if (at < 0) return null;
	const items: DocumentText[] = [];
	let current: string[] | null = null;
	let currentLine = 0;
	for (let i = at + 1; i < lines.length; i++) {
		const line = lines[i]!;
		if (/^- /.test(line) || line === '-') {
			if (current) items.push({ text: current.join('\n'), line: currentLine, indent: 2 });
			current = [line.slice(2)];
			currentLine = doc.line + i;
		} else if (/^ {2}/.test(line) || line.trim() === '' || /^\s*#/.test(line)) {
			if (current) current.push(line.slice(2));
		} else {
			// The next top-level key (kind: List, metadata: …) ends the items.
			break;
		}
	}
	if (current) items.push({ text: current.join('\n'), line: currentLine, indent: 2 });
	return items;
}
