import { facts } from '../facts';

/** The step that lets a Calico overlay hold more pods on EKS (facts.eksMaxPodsAnyCni). */
export const raiseMaxPods = `A Calico overlay lifts the pods-per-node limit only when max pods is raised too: the EKS node image sets the kubelet’s max pods from the ENI formula whatever the CNI. Create node groups with eksctl … --max-pods-per-node (Calico’s EKS guide uses ${facts.calicoEksGuideMaxPods.value}), or set maxPods in the kubelet configuration of nodes you manage.`;

const controlPlaneCannotReachPods =
	'the managed control plane cannot reach pod IPs on a Calico overlay, so admission webhooks and metrics-server must run with hostNetwork: true.';

/** Why webhooks run on the host network on EKS with Calico CNI (facts.eksWebhooksNeedHostNetwork). */
export const eksHostNetwork = `On EKS ${controlPlaneCannotReachPods}`;

/** The same, for a reader not sure whether the cluster will be EKS. */
export const eksHostNetworkIfEks = `If you use EKS: ${controlPlaneCannotReachPods}`;

/** Why Calico's policy leaves Fargate pods alone (facts.fargateNoDaemonSets: it needs calico-node beside the pod). */
export const fargatePolicy =
	'Calico network policy does not reach pods on Fargate: Fargate runs no DaemonSets, so Calico’s node agent never runs beside them. Restrict them with security groups for pods, which Fargate supports.';

/** What the configuration does not reach on EKS, by the reader's answers on Auto Mode and Fargate (facts.eksAutoModeNoPlugins). */
export function eksComputeNotes(answers: {
	managed?: string;
	'eks-auto-mode'?: string;
	fargate?: string;
}): string[] {
	if (answers.managed === 'no') return [];
	const notes: string[] = [];
	if (answers['eks-auto-mode'] === 'yes')
		notes.push(
			'Not for Auto Mode nodes: EKS Auto Mode runs no Calico, not even network policy, so what follows applies only to the cluster’s managed or self-managed node groups. On Auto Mode nodes, use the VPC CNI’s own network policy.'
		);
	if (answers.fargate === 'yes') notes.push(fargatePolicy);
	return notes;
}
