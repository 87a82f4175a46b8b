import type { EnvironmentId } from '../catalog/environments';
import type { OptionId } from '../catalog/options';
import type { CompleteAnswers } from '../catalog/questions';
import { byId } from '../input/by-id';

/**
 * Where the recommender's pick departs from Calico's upstream page: which situations, and the title of the
 * explanation. Kept apart from the explanations themselves (differences.ts) so the recommender's browser
 * bundle carries a title, not the page's prose.
 */
export interface DifferenceRule {
	/** Anchor on the differences page. */
	id: string;
	title: string;
	/** The environment whose recommendation departs. */
	env: EnvironmentId;
	/** True in the situations of that environment where the recommender's pick departs from upstream's. */
	appliesTo: (answers: CompleteAnswers, pick: OptionId) => boolean;
}

/** Path of the page that lists the differences. */
export const differencesPage = '/differences/';

/** The departures of the recommendation itself, in the order the differences page lists them. */
export const differenceRules: readonly DifferenceRule[] = [
	{
		id: 'azure-self-managed',
		title: 'Kubernetes on Azure virtual machines: plain VXLAN, not cross-subnet',
		env: 'azure',
		appliesTo: (answers, pick) => answers.managed !== 'yes' && pick === 'calico-vxlan',
	},
	{
		id: 'aks-short-of-addresses',
		title:
			'AKS short of VNET addresses: Azure CNI Overlay, not the Azure cloud provider with host-local',
		env: 'azure',
		appliesTo: (_answers, pick) => pick === 'azure-cni-overlay',
	},
	{
		id: 'gke',
		title: 'GKE cannot run a Calico overlay',
		env: 'google-cloud',
		appliesTo: (answers, pick) =>
			answers.managed === 'yes' &&
			pick === 'gke-alias-ip' &&
			(answers['ip-scarce'] === 'yes' || answers['cloud-neutral'] === 'yes'),
	},
	{
		id: 'eks-plain-vxlan',
		title: 'EKS with Calico networking: plain VXLAN',
		env: 'aws',
		appliesTo: (answers, pick) => answers.managed !== 'no' && pick === 'calico-vxlan',
	},
];

/** The departures from upstream that a recommendation falls under. */
export function differencesFor(
	env: EnvironmentId,
	answers: CompleteAnswers,
	pick: OptionId
): DifferenceRule[] {
	return differenceRules.filter((d) => d.env === env && d.appliesTo(answers, pick));
}

/** The rule with this id. */
export const differenceRule: (id: string) => DifferenceRule = byId(differenceRules, 'difference');
