import { parseAllDocuments } from 'yaml';
import { readResource } from './resource';
import type { ParsedPaste } from './types';

/** The 1-based line of a character offset in the text. */
function lineAt(text: string, offset: number): number {
	let line = 1;
	for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++;
	return line;
}

/** Splits the paste into YAML documents and reads each; never throws. */
export function parsePaste(text: string): ParsedPaste {
	const out: ParsedPaste = {
		resources: [],
		hits: { 'empty-paste': [], 'yaml-syntax': [], 'unknown-kind': [] },
		kinds: [],
	};
	if (!text.trim() || text.split('\n').every((l) => /^\s*(#.*)?$|^---\s*$/.test(l))) {
		out.hits['empty-paste'].push({
			message: 'There is nothing to check yet.',
			reason: `Paste an operator Installation, and any IPPool, FelixConfiguration, BGPConfiguration or IPAMConfiguration, separated by lines of ---.`,
		});
		return out;
	}
	let documents: ReturnType<typeof parseAllDocuments>;
	try {
		documents = parseAllDocuments(text, { prettyErrors: true, uniqueKeys: true });
	} catch (error) {
		out.hits['yaml-syntax'].push({
			message: `The paste could not be read as YAML: ${error instanceof Error ? error.message : String(error)}`,
			reason: 'Nothing can be checked until the YAML reads.',
		});
		return out;
	}
	if (!Array.isArray(documents)) return out;
	documents.forEach((document, index) => {
		const start = document.range?.[0] ?? 0;
		const where = documents.length > 1 ? `Document ${index + 1}` : 'The paste';
		if (document.errors.length) {
			for (const error of document.errors.slice(0, 3)) {
				const pos = error.linePos?.[0];
				const at = pos ? `line ${pos.line}, column ${pos.col}` : `line ${lineAt(text, start)}`;
				const first = error.message.split('\n')[0] ?? error.message;
				out.hits['yaml-syntax'].push({
					key: at,
					message: `${where} is not valid YAML at ${at}: ${first.replace(/ at line \d+, column \d+:?$/, '')}`,
					reason: 'Nothing in that document can be checked until the YAML reads.',
				});
			}
			return;
		}
		let value: unknown;
		try {
			value = document.toJS({ maxAliasCount: 100 });
		} catch (error) {
			out.hits['yaml-syntax'].push({
				key: `${index}`,
				message: `${where} could not be read: ${error instanceof Error ? error.message : String(error)}`,
				reason: 'Nothing in that document can be checked until the YAML reads.',
			});
			return;
		}
		readResource(value, lineAt(text, start), where, out);
	});
	return out;
}
