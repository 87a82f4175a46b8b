import type { EnvironmentId } from '../../catalog/environments';
import type { Listing, Rule } from './types';

/** How the guide decides for one environment (id, name and page stay in catalog/environments.ts, for the layers below). */
export interface EnvironmentDefinition<Id extends EnvironmentId = EnvironmentId> {
	id: Id;
	/** The decision: what to pick, and why, for complete answers. */
	decide: Rule;
}

/**
 * What an environment's page shows beside the decision. It is a plain object of its own, apart from the
 * definition, so that a bundle that only decides (the recommender's) leaves it out.
 */
export interface EnvironmentPage<Id extends EnvironmentId = EnvironmentId> {
	id: Id;
	/** One sentence on what the underlay network is like there. */
	underlay: string;
	/** The options the environment's page shows, in the upstream page's order, newer options last. */
	listings: readonly Listing[];
}

/** Declares one environment's decision: its id and rule, in one object with one signature. */
export function defineEnvironment<const Id extends EnvironmentId>(
	definition: EnvironmentDefinition<Id>
): EnvironmentDefinition<Id> {
	return definition;
}
