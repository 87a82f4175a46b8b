import { facts } from './facts';

/** The step that lets a Calico overlay hold more pods on EKS (facts.eksMaxPodsAnyCni). */
export const raiseMaxPods = `A Calico overlay lifts the pods-per-node limit only when max pods is raised too: the EKS node image sets the kubelet’s max pods from the ENI formula whatever the CNI. Create node groups with eksctl … --max-pods-per-node (Calico’s EKS guide uses ${facts.calicoEksGuideMaxPods.value}), or set maxPods in the kubelet configuration of nodes you manage.`;

const controlPlaneCannotReachPods =
	'the managed control plane cannot reach pod IPs on a Calico overlay, so admission webhooks and metrics-server must run with hostNetwork: true.';

/** Why webhooks run on the host network on EKS with Calico CNI (facts.eksWebhooksNeedHostNetwork). */
export const eksHostNetwork = `On EKS ${controlPlaneCannotReachPods}`;

/** The same, for a reader not sure whether the cluster will be EKS. */
export const eksHostNetworkIfEks = `If you use EKS: ${controlPlaneCannotReachPods}`;
