import { calicoVersion, factsChecked } from '../facts';
import { checkRules, ruleSources } from './rules';

/** The checker's rules as the JSON export writes them: id, severity, what each checks and its sources. */
export function checkRulesExport() {
	return {
		version: 1,
		calicoVersion,
		factsChecked,
		rules: checkRules.map((rule) => ({
			id: rule.id,
			severity: rule.severity,
			checks: rule.checks,
			facts: rule.facts,
			sources: ruleSources(rule),
		})),
	};
}
