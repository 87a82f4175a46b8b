import { kindCounts } from './kind-counts';
import { countKind, type ParsedPaste } from './parse/types';

/**
 * What the checker read, in a line the page and every output show first: what the paste was taken for, the
 * resources the rules checked, the Calico kinds only counted, and how many others were skipped. Null when
 * nothing was read.
 */
export function readAsSentence(paste: ParsedPaste): string | null {
	const checked: Record<string, number> = {};
	for (const resource of paste.resources) countKind(checked, resource.kind);
	for (const node of paste.nodes)
		countKind(checked, node.kubernetes ? 'Node (Kubernetes)' : 'Node');
	const skipped = Object.values(paste.skipped).reduce((sum, n) => sum + n, 0);
	const what = [...new Set(paste.readAs)];
	if (!what.length && Object.keys(checked).length) what.push('Calico resources');
	if (!what.length && !Object.keys(paste.counted).length && !skipped) return null;
	const parts = [`Read as: ${what.length ? what.join('; ') : 'no Calico configuration'}.`];
	if (Object.keys(checked).length) parts.push(`Checked: ${kindCounts(checked, 8)}.`);
	if (Object.keys(paste.counted).length)
		parts.push(`Counted, with no rule of their own yet: ${kindCounts(paste.counted, 8)}.`);
	if (skipped)
		parts.push(
			`Skipped: ${skipped.toLocaleString('en')} ${skipped === 1 ? 'resource that does' : 'resources that do'} not bear on networking.`
		);
	return parts.join(' ');
}
