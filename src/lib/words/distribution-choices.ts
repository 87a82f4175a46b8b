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
