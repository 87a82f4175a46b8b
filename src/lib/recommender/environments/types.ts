import type { OptionId } from '../../catalog/options';
import type { Answers, CompleteAnswers } from '../../catalog/questions';

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

/** How the upstream page (or, where this guide departs from it, the guide) marks an option in a choice between two. */
export type ListingMark = 'recommended' | 'alternative';

/** One option as an environment page presents it. */
export interface Listing {
	option: OptionId;
	/** Set where the upstream page marks the option "Recommended" or "Alternative", or where the guide's own recommendation differs. */
	mark?: ListingMark;
	/** When to choose it, in the reader's terms. */
	when: string;
	/** The recommender answers that describe this situation; `recommend(env, answers)` picks this option (or, when marked alternative, names it first among the alternatives). */
	answers: Answers;
	/** True for options added after the upstream page was written. */
	newer?: boolean;
}

/** Sentences that several rules share. */
export const notRoutableTradeoff =
	'Pod IPs are not routable outside the cluster: connections leaving it are source-NATed to the node’s address, and callers reach pods through Kubernetes services or ingress.';

/** Why cross-subnet mode's unwrapped path fails on a cloud that routes at layer 3 only (facts.azureLayer3Only, facts.gcpLayer3Only). */
export function layer3Only(cloud: string): string {
	return `${cloud} routes every packet at layer 3, even inside a subnet, and drops an unwrapped pod packet unless it holds a route for the pod range, so cross-subnet mode’s unwrapped path does not work there by itself.`;
}
