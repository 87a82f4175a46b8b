import { factGroups, factList, type FactId } from './index';
import { checkerFacts, type CheckerFactId } from './checker';
import { distributionFacts, type DistributionFactId } from './distributions';
import type { Fact } from './types';

/**
 * The fact groups as the Sources page lists them: those of `facts`, then the distributions' and the checker's own. Only pages and
 * exports built on the server import this, so the checker's facts stay out of the recommender's bundle.
 */
export const allFactGroups = [
	...factGroups,
	{ id: 'distributions', title: 'Kubernetes distributions', facts: distributionFacts },
	{ id: 'checker', title: 'The configuration checker', facts: checkerFacts },
] as const;

/** Every fact as a list with its name, the checker's included. */
export const allFactList: readonly (Fact & { id: FactId | CheckerFactId | DistributionFactId })[] =
	[
		...factList,
		...(Object.keys(distributionFacts) as DistributionFactId[]).map((id) => ({
			id,
			...distributionFacts[id],
		})),
		...(Object.keys(checkerFacts) as CheckerFactId[]).map((id) => ({ id, ...checkerFacts[id] })),
	];
