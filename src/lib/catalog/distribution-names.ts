import { byId } from '../input/by-id';

/** How the cluster is installed, as the recommender URL names it (`dist=`). */
export const distributionIds = [
	'kubeadm',
	'openshift',
	'rke2',
	'k3s',
	'k0s',
	'kops',
	'kubespray',
	'talos',
] as const;

/** One of the distribution ids of the recommender URL contract. */
export type DistributionId = (typeof distributionIds)[number];

/** A distribution's id and the name readers see: all the recommender's bundle carries of it (the rest loads with the configuration). */
export interface DistributionName {
	id: DistributionId;
	name: string;
}

/** Every distribution's name, in the order the guide presents them (kubeadm, the reference, first). */
export const distributionNames: readonly DistributionName[] = [
	{ id: 'kubeadm', name: 'kubeadm' },
	{ id: 'openshift', name: 'OpenShift 4' },
	{ id: 'rke2', name: 'RKE2' },
	{ id: 'k3s', name: 'k3s' },
	{ id: 'k0s', name: 'k0s' },
	{ id: 'kops', name: 'kOps' },
	{ id: 'kubespray', name: 'Kubespray' },
	{ id: 'talos', name: 'Talos Linux' },
];

/** True when `value` is one of the distribution ids. */
export function isDistributionId(value: unknown): value is DistributionId {
	return typeof value === 'string' && (distributionIds as readonly string[]).includes(value);
}

const named = byId(distributionNames, 'distribution');

/** The name of a distribution, as readers see it. */
export function distributionName(id: DistributionId): string {
	return named(id).name;
}
