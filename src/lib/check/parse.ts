import { parseAllDocuments } from 'yaml';
import type { RuleHit } from './types';

/** The resources the checker understands, by kind, with the API groups they come in. */
export const understoodKinds = {
	Installation: ['operator.tigera.io/v1'],
	IPPool: ['projectcalico.org/v3', 'crd.projectcalico.org/v1'],
	FelixConfiguration: ['projectcalico.org/v3', 'crd.projectcalico.org/v1'],
	BGPConfiguration: ['projectcalico.org/v3', 'crd.projectcalico.org/v1'],
	IPAMConfiguration: ['projectcalico.org/v3'],
	// The CRD behind IPAMConfiguration, as `kubectl get ipamconfigs.crd.projectcalico.org` prints it.
	IPAMConfig: ['crd.projectcalico.org/v1'],
} as const;

/** A kind of resource the checker understands. */
export type UnderstoodKind = keyof typeof understoodKinds;

/** One resource read from the paste. */
export interface ParsedResource {
	kind: UnderstoodKind;
	apiVersion: string;
	/** Where it starts in the paste (1-based), for messages. */
	line: number;
	value: Record<string, unknown>;
}

/** What reading the paste gave: the resources understood, and the findings about the rest. */
export interface ParsedPaste {
	resources: ParsedResource[];
	/** Findings by input rule id: `empty-paste`, `yaml-syntax`, `unknown-kind`. */
	hits: Record<'empty-paste' | 'yaml-syntax' | 'unknown-kind', RuleHit[]>;
	kinds: string[];
}

/** True for a YAML mapping read as a plain object. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

const kindList = Object.entries(understoodKinds)
	.map(([kind, versions]) => `${kind} (${versions[0]})`)
	.join(', ');

/** The 1-based line of a character offset in the text. */
function lineAt(text: string, offset: number): number {
	let line = 1;
	for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++;
	return line;
}

/** Reads a resource, or a `List` of them as `kubectl get -o yaml` prints, into the resources understood. */
function readResource(value: unknown, line: number, where: string, out: ParsedPaste): void {
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
