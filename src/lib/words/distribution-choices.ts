import {
	getQuestion,
	questionsOfKind,
	type QuestionId,
	type QuestionKind,
} from '../catalog/questions';
import type { EnvironmentId } from '../catalog/environments';
import {
	distributionName,
	distributionNames,
	type DistributionId,
} from '../catalog/distribution-names';

/** One entry of the “how is it installed” control: its value (empty for “not said”) and what it says. */
export interface DistributionChoice {
	value: DistributionId | '';
	label: string;
}

/** The label of the recommender's distribution control. */
export const distributionLabel = 'How will you install Kubernetes?';

/** The entries of the distribution control: “not said” first, then every distribution in the guide's order. */
export const distributionChoices: readonly DistributionChoice[] = [
	{ value: '', label: 'Not said (a managed service, or another installer)' },
	...distributionNames.map((d) => ({ value: d.id, label: d.name })),
];

/** What the recommender says beside the control: what a distribution changes. */
export function distributionHelp(dist: DistributionId | undefined): string {
	if (!dist)
		return 'A distribution rarely changes the pick; it changes the pool’s range, who owns Calico’s settings and the steps to install it.';
	const name = distributionName(dist);
	return `${name} is Kubernetes you install yourself, so the provider’s managed service is out; the steps for ${name} follow the recommendation.`;
}

/** The managed question's note while a distribution is chosen. */
export function managedFixedBy(dist: DistributionId): string {
	return `Answered No: you install ${distributionName(dist)} yourself. Choose “Not said” above to answer it.`;
}

/**
 * The questions of a kind the recommender shows: all the environment asks, less those that matter only on the
 * managed service once a distribution says the cluster is one you install (EKS Auto Mode, Fargate, GKE Dataplane V2…).
 */
export function questionsShown(
	env: EnvironmentId,
	kind: QuestionKind,
	dist: DistributionId | undefined
): QuestionId[] {
	const ids = questionsOfKind(env, kind);
	return dist ? ids.filter((id) => !getQuestion(id).managedOnly) : ids;
}
