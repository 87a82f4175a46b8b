import type { CatalogOption } from '../catalog/options';
import type { EnvironmentId } from '../catalog/environments';
import type { Answers } from '../catalog/questions';
import type { ExtraStep } from './extra-step';

/** True when Calico is to be the CNI of an OKE cluster, which means taking flannel off it first (okeFlannelReplaced). */
export function replacesFlannelOnOke(
	option: CatalogOption,
	env: EnvironmentId,
	answers: Answers
): boolean {
	return env === 'oracle-cloud' && answers.managed === 'yes' && option.operator?.cni === 'Calico';
}

/** Flannel off an OKE cluster before Calico becomes its CNI (facts/oracle.ts okeFlannelReplaced). */
export function replaceFlannelStep(): ExtraStep {
	return {
		id: 'oke-replace-flannel',
		title: 'Take flannel off the OKE cluster before Calico becomes its CNI',
		language: 'shell',
		text: [
			'# 1. Turn the cluster’s flannel add-on off (an enhanced cluster’s Add-ons, in the Console or the OKE API),',
			'#    before any node pool is added.',
			'# 2. Find flannel’s DaemonSet and delete it.',
			'kubectl -n kube-system get daemonsets | grep -i flannel',
			'kubectl -n kube-system delete daemonset <the flannel DaemonSet above>',
			'# 3. Apply Calico, then add the node pools: only nodes created afterwards get Calico.',
			'',
		].join('\n'),
		why: 'OKE supports no Calico beside flannel: Calico has to replace it as the CNI, on a cluster created with the flannel overlay (the network type is fixed at creation). Oracle’s own steps apply Calico’s manifest; the Installation here does the same job with the Tigera operator, which Oracle’s page does not cover. Oracle advises against the change on a cluster that already has worker nodes.',
	};
}
