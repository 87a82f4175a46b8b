import { factSources, type Source } from '../facts';
import type { CheckContext } from './context';
import { capacityRules } from './rules-capacity';
import { environmentRules } from './rules-environment';
import { inputRules } from './rules-input';
import { mtuRules } from './rules-mtu';
import { operatorRules } from './rules-operator';
import { ownershipRules } from './rules-ownership';
import type { CheckRule } from './types';
import { windowsRules } from './rules-windows';

/** A rule of the configuration checker. */
export type ConfigRule = CheckRule<CheckContext>;

/** Every rule of the checker, in the order its findings are listed within a severity. */
export const checkRules: readonly ConfigRule[] = [
	...inputRules,
	...operatorRules,
	...environmentRules,
	...windowsRules,
	...capacityRules,
	...mtuRules,
	...ownershipRules,
];

/** The sources of a rule: those of its facts, then its own, each once. */
export function ruleSources(rule: ConfigRule): Source[] {
	return factSources(rule.facts, rule.sources ?? []);
}
