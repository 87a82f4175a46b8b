import type { CheckContext } from './context';
import type { CheckRule } from './types';

/** A rule of the configuration checker. */
export type ConfigRule = CheckRule<CheckContext>;

/** Types a checker rule's meta (id, severity, checks, facts, sources) and `run`, and returns the rule unchanged. */
export function defineCheckRule(rule: ConfigRule): ConfigRule {
	return rule;
}
