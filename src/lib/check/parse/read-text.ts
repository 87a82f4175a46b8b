import { LineCounter, parseDocument } from 'yaml';
import { fieldPositions } from './positions';
import { nestsTooDeep, maxDepth, textNestsTooDeep } from './limits';
import { readValue } from './resource';
import { skippedKind } from './kinds';
import { splitDocuments, splitListItems, topLevelScalar, type DocumentText } from './split';
import { countKind, type ParsedPaste, type Place, type Reader } from './types';

const tooDeep = (where: string) => ({
	message: `${where} nests deeper than ${maxDepth} levels, which no Kubernetes resource does; it was not read.`,
	reason:
		'Deep nesting is what a hostile or broken file looks like; check the resources on their own.',
});

/** Parses one document's text and reads its value; never throws. */
function readDocument(doc: DocumentText, at: Place, out: ParsedPaste, read: Reader): void {
	const where = at.where;
	const kind = topLevelScalar(doc.text, 'kind') ?? '';
	if (kind === 'List' || kind.endsWith('List')) {
		const items = splitListItems(doc);
		if (items) {
			items.forEach((item, i) =>
				readDocument(item, { ...at, where: `${where}, item ${i + 1}` }, out, read)
			);
			return;
		}
	}
	if (kind && skippedKind(kind, topLevelScalar(doc.text, 'apiVersion') ?? '')) {
		out.kinds.push(kind);
		countKind(out.skipped, kind);
		return;
	}
	if (textNestsTooDeep(doc.text)) {
		out.hits['yaml-syntax'].push({ key: `${doc.line}`, line: doc.line, ...tooDeep(where) });
		return;
	}
	let value: unknown;
	let positions: Place['positions'];
	try {
		const counter = new LineCounter();
		const document = parseDocument(doc.text, {
			prettyErrors: true,
			uniqueKeys: true,
			lineCounter: counter,
		});
		if (document.errors.length) {
			for (const error of document.errors.slice(0, 3)) {
				const pos = error.linePos?.[0];
				const line = pos ? doc.line + pos.line - 1 : doc.line;
				const at = pos ? `line ${line}, column ${pos.col + (doc.indent ?? 0)}` : `line ${line}`;
				const first = error.message.split('\n')[0] ?? error.message;
				out.hits['yaml-syntax'].push({
					key: at,
					line,
					message: `${where} is not valid YAML at ${at}: ${first.replace(/ at line \d+, column \d+:?$/, '')}`,
					reason: 'Nothing in that document can be checked until the YAML reads.',
				});
			}
			return;
		}
		value = document.toJS({ maxAliasCount: 100 });
		// Text found inside a resource starts elsewhere than its lines say: its fields get no position.
		if (!at.nested)
			positions = fieldPositions(document.contents, counter, doc.line, doc.indent ?? 0);
	} catch (error) {
		const overflow = error instanceof RangeError;
		out.hits['yaml-syntax'].push({
			key: `${doc.line}`,
			line: doc.line,
			...(overflow
				? tooDeep(where)
				: {
						message: `${where} could not be read: ${error instanceof Error ? error.message : String(error)}`,
						reason: 'Nothing in that document can be checked until the YAML reads.',
					}),
		});
		return;
	}
	if (nestsTooDeep(value)) {
		out.hits['yaml-syntax'].push({ key: `${doc.line}`, line: doc.line, ...tooDeep(where) });
		return;
	}
	readValue(value, { ...at, line: doc.line, ...(positions ? { positions } : {}) }, out, read);
}

/**
 * Reads YAML text (a paste, or text found inside a resource: Helm values, a ConfigMap's data) into `out`,
 * document by document; `line` is where the text starts in the paste, `where` how messages name it.
 */
export const readText: Reader = (text, at, out) => {
	const trimmed = text.trimStart();
	// JSON (kubectl get -o json) is one document, whatever its lines look like.
	const docs =
		trimmed.startsWith('{') || trimmed.startsWith('[')
			? [{ text, line: at.line }]
			: splitDocuments(text).map((doc) => ({ ...doc, line: at.line + doc.line - 1 }));
	docs.forEach((doc, i) => {
		const where =
			docs.length > 1
				? `${at.where === 'The paste' ? 'Document' : `${at.where}, document`} ${i + 1}`
				: at.where;
		readDocument(doc, { ...at, where, line: doc.line }, out, readText);
	});
};
