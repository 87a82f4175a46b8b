import { generateConfig } from '../../config/generate';
import { sources as s } from '../../facts';
import { f, shell, noChange } from '../snippets';
import type { Move } from '../types';

const eksInstallation = generateConfig({ option: 'calico-vxlan', env: 'aws', managed: 'yes' });
const cluster = 'my-cluster';

const oldNodes = 'eks.amazonaws.com/nodegroup=my-old-nodegroup';

export const vpcCniToCalicoCni: Move = {
	id: 'vpc-cni-to-calico-cni',
	title: 'Amazon VPC CNI to Calico CNI on EKS',
	summary:
		'Takes pods off VPC addresses and onto a Calico VXLAN overlay: best on a new cluster that workloads move to, or in place during a maintenance window by replacing every node group.',
	from: { mode: 'Amazon VPC CNI', options: ['aws-vpc-cni'] },
	to: { mode: 'Calico CNI with a VXLAN overlay', options: ['calico-vxlan'] },
	environments: ['aws'],
	reversible: false,
	reversal:
		'One-way in practice: going back means reinstalling the VPC CNI and replacing every node group again, a second migration rather than an undo. On the new-cluster route, the way back is to send traffic to the old cluster, kept until the new one has carried it for a while; in place, you can return only until the old node groups are deleted.',
	disrupts: [
		{
			kind: 'node-replacement',
			why: 'Pods move to new node groups created for Calico (or a new cluster), and the old groups are drained and deleted.',
		},
		{ kind: 'pod-restarts', why: 'Every pod is rescheduled when its node drains.' },
		{
			kind: 'new-pod-ips',
			why: 'Pods leave VPC addresses for the overlay’s; the VPC can no longer reach them directly, only through services and load balancers.',
		},
		{
			kind: 'inter-node-blip',
			why: 'In place, from the removal of aws-node until the old nodes are drained, no new pod can start on an old node, DaemonSet pods included, and no guide covers traffic between pods on old and new nodes.',
		},
	],
	steps: [
		{
			title: 'Choose a new cluster if you can',
			action: `Neither Calico nor AWS documents this switch on a running cluster: Calico’s EKS guide removes the VPC CNI only on a cluster created without nodes, and a Calico maintainer knows of no way to do it without disruption. The low-risk route is a second EKS cluster built with that guide (no node groups, remove aws-node, install Calico, then add node groups), workloads deployed to it, traffic moved over with DNS or load balancers, and the old cluster kept until the new one has proved itself. The steps below are the in-place route, for when a second cluster is not possible: the four steps from the removal of the VPC CNI to the drain belong in one maintenance window. Either way, AWS supports only the VPC CNI on EC2 nodes, so support for Calico networking comes from Tigera or your own team, and Fargate or EKS Auto Mode nodes cannot run it.`,
			code: [],
			verify:
				'You have decided on a route, and the cluster has no Fargate profiles or Auto Mode nodes that would have to keep the VPC CNI.',
			verifyCode: shell(
				`aws eks list-fargate-profiles --cluster-name ${cluster}`,
				`aws eks describe-cluster --name ${cluster} --query 'cluster.computeConfig'`
			),
			rollback: noChange,
		},
		{
			title: 'Plan the pool, the pods per node and the webhooks',
			action: `Check that the pool (${f.eksDefaultPool.value} by default on EKS) overlaps no VPC range. Plan the new node groups’ max pods: the EKS node image keeps the ENI-based cap whatever the CNI. And list what the control plane calls in pods (admission webhooks, metrics-server): it cannot reach overlay addresses.`,
			code: [
				shell(
					`aws ec2 describe-vpcs --query 'Vpcs[].CidrBlockAssociationSet[].CidrBlock'`,
					'kubectl get validatingwebhookconfigurations,mutatingwebhookconfigurations'
				),
			],
			verify: 'No VPC range overlaps the pool, and you know every webhook’s backing pods.',
			rollback: noChange,
		},
		{
			title: 'Move webhooks and metrics-server to the host network',
			action:
				'Set hostNetwork: true in the pod templates of the webhook servers and metrics-server, so the control plane reaches them at node addresses.',
			code: [],
			verify: 'Their pods show node addresses, and kubectl top nodes still answers.',
			verifyCode: shell(
				'kubectl get pods -A -o wide | grep -E "metrics-server|webhook"',
				'kubectl top nodes'
			),
			rollback: 'Remove hostNetwork from those pod templates.',
		},
		{
			title: 'Cordon the old nodes',
			action:
				'Mark every node of the old node groups unschedulable, so that new pods wait for the Calico nodes instead of landing where they will soon get no address. Running pods are untouched; DaemonSet pods ignore the cordon.',
			code: [shell(`kubectl cordon -l ${oldNodes}`)],
			verify: 'Every old node shows SchedulingDisabled.',
			verifyCode: shell(`kubectl get nodes -l ${oldNodes}`),
			rollback: `kubectl uncordon -l ${oldNodes}`,
		},
		{
			title: 'Remove the VPC CNI',
			action:
				'This opens the window. Delete the aws-node DaemonSet, or the vpc-cni add-on if EKS manages it, so that it does not come back and the new nodes start without it. Running pods keep their VPC addresses, but the VPC CNI’s address manager runs in aws-node: from now until the old nodes are drained, no pod can start on them.',
			code: [
				shell(
					'kubectl delete daemonset -n kube-system aws-node',
					`# or, for the managed add-on:\naws eks delete-addon --cluster-name ${cluster} --addon-name vpc-cni`
				),
			],
			verify: 'The DaemonSet is gone.',
			verifyCode: shell('kubectl get daemonset -n kube-system aws-node'),
			rollback: `aws eks create-addon --cluster-name ${cluster} --addon-name vpc-cni, then uncordon the old nodes.`,
		},
		{
			title: 'Install Calico CNI with the operator',
			action:
				'Apply this Installation. Calico’s EKS guide installs onto a cluster where Calico does not run yet; if the operator already runs here for policy (cni AmazonVPC), check its release notes before changing spec.cni.type in place, or take the new-cluster route instead.',
			code: eksInstallation.supported ? [{ lang: 'yaml', code: eksInstallation.yaml }] : [],
			verify:
				'The calico component reports Available and the pool exists; calico-node runs on the old nodes too, which are drained next.',
			verifyCode: shell('kubectl get tigerastatus', 'calicoctl get ippools -o wide'),
			rollback:
				'kubectl delete installation default, then reinstall the VPC CNI as in the previous step.',
		},
		{
			title: 'Create node groups for Calico',
			action: `Create new node groups with a max pods figure raised to suit the overlay (Calico’s guide uses ${f.calicoEksGuideMaxPods.value}), large enough to take every workload of the old ones.`,
			code: [
				shell(
					`eksctl create nodegroup --cluster ${cluster} --name calico-nodes --node-type m5.large --nodes 3 --max-pods-per-node ${f.calicoEksGuideMaxPods.value}`
				),
			],
			verify:
				'The new nodes are Ready and the pods that were waiting start on them with addresses from the pool.',
			verifyCode: shell(
				'kubectl get nodes -o wide',
				'kubectl get pods -A -o wide --field-selector=status.phase=Pending'
			),
			rollback: `eksctl delete nodegroup --cluster ${cluster} --name calico-nodes`,
		},
		{
			title: 'Drain and delete the old node groups',
			action:
				'Drain each old node so its pods reschedule onto the new nodes, then delete the old node groups. This closes the window.',
			code: [
				shell(
					'kubectl drain my-old-node --ignore-daemonsets --delete-emptydir-data',
					`eksctl delete nodegroup --cluster ${cluster} --name my-old-nodegroup`
				),
			],
			verify: 'Every pod not on the host network has an address from the pool.',
			verifyCode: shell('kubectl get pods -A -o wide'),
			rollback:
				'Before deletion, reinstall the VPC CNI and uncordon the old nodes. After deletion there is no undo; see the reversal note.',
		},
	],
	sources: [
		s.eksPage,
		s.eksWebhooksIssue,
		s.kubeletConfig,
		s.eniMaxPods,
		s.installationApiPage,
		s.eksAlternateCni,
		s.vpcCniProposal,
		s.vpcCniSwapIssue,
	],
};
