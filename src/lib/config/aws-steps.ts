import { eksHostNetwork, eksHostNetworkIfEks, raiseMaxPods } from '../catalog/aws-notes';
import { facts } from '../facts';
import type { ExtraStep } from './extra-step';

// The IAM policy language's current version: a fixed identifier of the policy grammar, not a fact that ages.
const iamPolicyVersion = '2012-10-17';

/** The IAM policy that lets Felix turn off the EC2 source/destination check. */
export function srcDstIamStep(): ExtraStep {
	const policy = {
		Version: iamPolicyVersion,
		Statement: [{ Effect: 'Allow', Action: facts.srcDstCheckIam.value, Resource: '*' }],
	};
	return {
		id: 'aws-src-dst-iam',
		title: 'IAM policy that lets Calico turn off the EC2 source/destination check',
		language: 'json',
		text: `${JSON.stringify(policy, null, 2)}\n`,
		why: `Felix turns the check off on each node’s network interface itself, with the node’s own IAM role: attach this policy (${facts.srcDstCheckIam.value.join(' and ')}) to the role of every node.`,
	};
}

/** Removing the Amazon VPC CNI before Calico CNI takes its place, on EKS. */
export function eksRemoveAwsNodeStep(): ExtraStep {
	return {
		id: 'eks-remove-aws-node',
		title: 'kubectl command that removes the Amazon VPC CNI, on EKS',
		language: 'shell',
		text: [
			'# On a cluster created without nodes (eksctl create cluster … --without-nodegroup), before installing Calico.',
			'kubectl delete daemonset -n kube-system aws-node',
			'',
		].join('\n'),
		why: 'An EKS cluster starts with the Amazon VPC CNI (the aws-node DaemonSet) giving pods VPC addresses; Calico CNI takes its place, so remove it first, as Calico’s EKS guide does.',
	};
}

/** Node groups with the max pods Calico CNI allows, on EKS. */
export function eksMaxPodsStep(): ExtraStep {
	return {
		id: 'eks-max-pods',
		title: 'eksctl command for EKS node groups with a higher max pods',
		language: 'shell',
		text: [
			'# Replace my-calico-cluster with your cluster’s name; add nodes once Calico is installed.',
			`eksctl create nodegroup --cluster my-calico-cluster --max-pods-per-node ${facts.calicoEksGuideMaxPods.value}`,
			'',
		].join('\n'),
		why: raiseMaxPods,
	};
}

/** Admission webhooks and metrics-server on the host network, so the EKS control plane reaches them. */
export function eksHostNetworkStep(eks: 'yes' | 'maybe'): ExtraStep {
	return {
		id: 'eks-host-network',
		title: 'Patch that puts admission webhooks and metrics-server on the host network, on EKS',
		language: 'yaml',
		text: [
			'# Merge into the Deployment of each admission webhook and of metrics-server, e.g.',
			'# kubectl patch deployment metrics-server -n kube-system --patch-file host-network.yaml',
			'spec:',
			'  template:',
			'    spec:',
			'      hostNetwork: true',
			'      # Host-network pods resolve names with the node’s DNS unless told to keep the cluster’s.',
			'      dnsPolicy: ClusterFirstWithHostNet',
			'',
		].join('\n'),
		why: `${eks === 'yes' ? eksHostNetwork : eksHostNetworkIfEks} On the host network a pod shares the node’s ports, so one that listens on a port the node already uses (metrics-server’s default is the kubelet’s) needs another.`,
	};
}
