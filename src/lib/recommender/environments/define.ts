import type { EnvironmentId } from '../../catalog/environments';
import type { Listing, Rule } from './types';

/** What the guide holds per environment above the catalog (id, name and page stay in catalog/environments.ts, for the layers below). */
export interface EnvironmentDefinition<Id extends EnvironmentId = EnvironmentId> {
	id: Id;
	/** One sentence on what the underlay network is like there. */
	underlay: string;
	/** The decision: what to pick, and why, for complete answers. */
	decide: Rule;
	/** The options the environment's page shows, in the upstream page's order, newer options last. */
	listings: readonly Listing[];
}

/** Declares one environment: its id, underlay, decision and listings, in one object with one signature. */
export function defineEnvironment<const Id extends EnvironmentId>(
	definition: EnvironmentDefinition<Id>
): EnvironmentDefinition<Id> {
	return definition;
}
