import { unreadablePaste } from './limits';
import { readText } from './read-text';
import { emptyPaste, type ParsedPaste } from './types';

/** Splits the paste into YAML documents and reads each; never throws. */
export function parsePaste(text: string): ParsedPaste {
	const out = emptyPaste();
	if (!text.trim() || text.split('\n').every((l) => /^\s*(#.*)?$|^---\s*$/.test(l))) {
		out.hits['empty-paste'].push({
			message: 'There is nothing to check yet.',
			reason: `Paste an operator Installation, and any IPPool, FelixConfiguration, BGPConfiguration or IPAMConfiguration, separated by lines of ---; Helm values for the tigera-operator chart, Calico’s manifest or a kubectl get -o yaml dump work too.`,
		});
		return out;
	}
	const unreadable = unreadablePaste(text);
	if (unreadable) {
		out.hits['yaml-syntax'].push(unreadable);
		return out;
	}
	readText(text, { line: 1, where: 'The paste' }, out);
	return out;
}
