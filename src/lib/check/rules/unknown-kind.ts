import { defineCheckRule } from '../define-rule';
import { understoodKinds } from '../parse';
import type { RuleHit } from '../types';
import { kindCounts } from '../kind-counts';

/** One finding for every resource skipped, however many: a dump of a whole cluster is not 2,000 warnings. */
function skippedHit(skipped: Record<string, number>): RuleHit[] {
	const total = Object.values(skipped).reduce((sum, n) => sum + n, 0);
	if (!total) return [];
	return [
		{
			key: 'skipped',
			severity: 'info',
			message: `Skipped ${total.toLocaleString('en')} ${total === 1 ? 'resource that does' : 'resources that do'} not bear on Calico networking: ${kindCounts(skipped)}.`,
			reason:
				'The checker reads Calico’s and the operator’s resources, Helm values for the tigera-operator chart and Calico’s manifest, and leaves the rest of a dump alone.',
		},
	];
}

/** Each document is a resource the checker understands; the rest are counted once. */
export const unknownKind = defineCheckRule({
	id: 'unknown-kind',
	severity: 'warning',
	checks: `Each document is a resource the checker understands (${Object.keys(understoodKinds).join(', ')}), Helm values, Calico’s manifest, or a kind it counts; resources that do not bear on networking are counted in one finding.`,
	facts: [],
	run: (c) => [...c.paste.hits['unknown-kind'], ...skippedHit(c.paste.skipped)],
});
