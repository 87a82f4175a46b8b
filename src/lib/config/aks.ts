import { facts } from '../facts';
import type { OptionId } from '../catalog/options';
import type { Answers } from '../catalog/questions';
import type { ExtraStep } from './extra-step';

/** Who runs Calico on an AKS cluster whose CNI is Azure's (or kubenet): Azure, or the reader with the operator. */
export type AksPathId = 'azure-managed' | 'self-managed';

/** One way of running Calico on AKS, as the configuration panel offers it. */
export interface AksPath {
	id: AksPathId;
	/** A heading, e.g. “Azure-managed Calico”. */
	title: string;
	/** What this way gives and costs, in a sentence or two. */
	summary: string;
}

/** The `az aks create` network flags of each AKS option, before the policy flag. */
const networkFlags: Partial<Record<OptionId, string[]>> = {
	'azure-cni': ['--network-plugin azure'],
	'azure-cni-overlay': [
		'--network-plugin azure',
		'--network-plugin-mode overlay',
		`--pod-cidr ${facts.defaultPoolV4.value}`,
	],
	'azure-host-local': ['--network-plugin kubenet', `--pod-cidr ${facts.defaultPoolV4.value}`],
};

const managedPath: AksPath = {
	id: 'azure-managed',
	title: 'Azure-managed Calico',
	summary:
		'AKS installs, upgrades and supports Calico itself (--network-policy calico): nothing to apply, but no choice of Calico version and only Kubernetes network policy, no Calico resources.',
};

const selfManagedPath: AksPath = {
	id: 'self-managed',
	title: 'Self-managed Calico',
	summary:
		'You create the cluster with no AKS network policy (--network-policy none), then install the Tigera operator and apply the Installation: your choice of Calico version, Calico’s own policy resources and settings, and the upgrades are yours.',
};

/**
 * The ways of running Calico that an AKS option offers, in the order Calico's AKS guide lists them: both for the
 * Azure CNI (either form), Azure-managed only for kubenet, whose Calico only Azure installs
 * (facts.aksKubenetCalicoManagedOnly); none off AKS (`managed: no`) or for options with Calico's own CNI.
 */
export function aksPaths(option: OptionId, answers: Answers): AksPath[] {
	if (!networkFlags[option] || answers.managed === 'no') return [];
	if (option === 'azure-host-local' && facts.aksKubenetCalicoManagedOnly.value)
		return [managedPath];
	return facts.aksManagedCalico.value ? [managedPath, selfManagedPath] : [selfManagedPath];
}

/** The `az aks create` command of an AKS option for one way of running Calico. */
export function aksCreateStep(option: OptionId, path: AksPathId): ExtraStep {
	const policy = path === 'azure-managed' ? 'calico' : 'none';
	const flags = [...(networkFlags[option] ?? []), `--network-policy ${policy}`];
	return {
		id: 'aks-create',
		title:
			path === 'azure-managed'
				? 'az command that creates the AKS cluster with Azure-managed Calico'
				: 'az command that creates the AKS cluster without AKS network policy, for your own Calico',
		language: 'shell',
		text: [
			'# Replace the resource group, cluster name and region with yours.',
			'az aks create --resource-group my-calico-rg --name my-calico-cluster --location westeurope \\',
			...flags.map((flag, i) => `  ${flag}${i < flags.length - 1 ? ' \\' : ''}`),
			'',
		].join('\n'),
		why:
			path === 'azure-managed'
				? 'With --network-policy calico, Azure installs Calico as part of the cluster and keeps it up to date. Apply no Calico Installation or operator of your own: they would fight Azure’s. To move to self-managed Calico later, set the policy to none (az aks update --network-policy none) and install the operator, as Calico’s migration guide describes.'
				: 'With --network-policy none, AKS installs no policy engine, so the Tigera operator can install and manage Calico. On an existing cluster with Azure-managed Calico, az aks update --network-policy none does the same (save your NetworkPolicies first: they are not enforced in between).',
	};
}

/** The commands that install Calico's CRDs and the Tigera operator, before the Installation. */
export function operatorStep(): ExtraStep {
	const base = `https://raw.githubusercontent.com/projectcalico/calico/${facts.calicoPatchRelease.value}/manifests`;
	return {
		id: 'tigera-operator',
		title: 'kubectl commands that install Calico’s CRDs and the Tigera operator',
		language: 'shell',
		text: [
			`kubectl create -f ${base}/v1_crd_projectcalico_org.yaml`,
			`kubectl create -f ${base}/tigera-operator.yaml`,
			'',
		].join('\n'),
		why: `The operator installs Calico as the Installation above asks; run these once the cluster is up (az aks get-credentials gives kubectl access), then apply the Installation. For another release, change ${facts.calicoPatchRelease.value} in both addresses.`,
	};
}
