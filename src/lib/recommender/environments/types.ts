import type { OptionId } from '../../catalog/options';
import type { CompleteAnswers } from '../../catalog/questions';

/** What an environment's rule decides from complete answers. */
export interface Verdict {
	pick: OptionId;
	/** Other options worth considering, best first. */
	alternatives: OptionId[];
	/** Options this environment lists that the answers rule out, with the reason in the reader's terms. */
	excluded: Partial<Record<OptionId, string>>;
	/** Why the pick fits the answers. */
	reasons: string[];
	/** What the pick costs against the answers (conflicting wishes end up here). */
	tradeoffs: string[];
}

/** The decision of one environment. */
export type Rule = (answers: CompleteAnswers) => Verdict;

/** Sentences that several rules share. */
export const notRoutableTradeoff =
	'Pod IPs are not routable outside the cluster: connections leaving it are source-NATed to the node’s address, and callers reach pods through Kubernetes services or ingress.';

/** Why cross-subnet mode's unwrapped path fails on a cloud that routes at layer 3 only (facts.azureLayer3Only, facts.gcpLayer3Only). */
export function layer3Only(cloud: string): string {
	return `${cloud} routes every packet at layer 3, even inside a subnet, and drops an unwrapped pod packet unless it holds a route for the pod range, so cross-subnet mode’s unwrapped path does not work there by itself.`;
}
