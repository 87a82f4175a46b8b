import { longDate } from '../../facts';
import { sources as s } from '../../facts';
import { f, shell, noChange } from '../snippets';
import type { Move } from '../types';

const overlayNeeds = f.aksOverlayUpdateNeeds.value;

export const kubenetToOverlay: Move = {
	id: 'kubenet-to-azure-cni-overlay',
	title: 'AKS kubenet to Azure CNI Overlay',
	summary: `Moves an AKS cluster off kubenet, which AKS retires on ${longDate(f.aksKubenetRetirement.value)}, with the in-place update Microsoft supports; afterwards Calico enforces network policy only, and Microsoft’s recommended policy engine is Cilium.`,
	from: { mode: 'AKS kubenet with Calico policy', options: ['azure-host-local'] },
	to: { mode: 'Azure CNI Overlay with Calico policy', options: ['azure-cni-overlay'] },
	environments: ['azure'],
	reversible: false,
	reversal:
		'One-way: Microsoft offers no path from Azure CNI Overlay back to kubenet, and kubenet itself is being retired. A way back would be a new cluster.',
	disrupts: [
		{
			kind: 'node-replacement',
			why: 'AKS reimages the nodes of every node pool at once as part of the update; it cannot be done one pool at a time.',
		},
		{ kind: 'pod-restarts', why: 'Pods restart when their node is reimaged.' },
		{
			kind: 'new-pod-ips',
			why: 'Restarted pods take addresses from the overlay’s pod range, handed out by the Azure CNI instead of host-local.',
		},
	],
	steps: [
		{
			title: 'Check the cluster and the prerequisites',
			action: `Confirm the cluster runs kubenet with Calico policy, and check what AKS needs for the update: ${overlayNeeds.join('; ')}. If the cluster sets a custom azure-ip-masq-agent configuration, the update can cut pods off from the ranges it lists; delete a leftover azure-ip-masq-agent-config ConfigMap that nobody put there on purpose. Microsoft’s pages disagree on one point: the update page asks for a cluster without network policy, while the network policy page describes kubenet with Calico moving to the overlay with Calico. Try the update on a test cluster built the same way first. A kubenet cluster cannot pass ${f.udrRouteLimit.value} nodes; the overlay has no route table limit of that kind.`,
			code: [
				shell(
					'az aks show --resource-group my-rg --name my-cluster --query "{network:networkProfile,identity:identity.type,version:kubernetesVersion}"',
					'kubectl get configmap -n kube-system | grep azure-ip-masq-agent'
				),
			],
			verify:
				'networkPlugin is kubenet, networkPolicy is calico, the identity is UserAssigned, and only the reconciled masquerade ConfigMap is there unless you set one on purpose.',
			rollback: noChange,
		},
		{
			title: 'Run the update',
			action:
				'Switch the network plugin to Azure in overlay mode, in a maintenance window: every node pool is reimaged at once, and kubenet’s route table is removed (its pod routes are deleted). Pass --pod-cidr only to choose a different pod range; without it the current one is kept.',
			code: [
				shell(
					'az aks update --resource-group my-rg --name my-cluster \\',
					'  --network-plugin azure --network-plugin-mode overlay'
				),
			],
			verify: 'The network profile reads azure, overlay and calico.',
			verifyCode: shell(
				'az aks show --resource-group my-rg --name my-cluster --query "networkProfile.{plugin:networkPlugin,mode:networkPluginMode,policy:networkPolicy}"'
			),
			rollback: 'None: the update is one-way.',
		},
		{
			title: 'Check pods and policy',
			action:
				'Make sure every node is back and Calico still enforces network policy. Calico is now the policy engine only, no longer the CNI, and a new pod can wait a moment before Calico lets its traffic out: give startup code that calls out at once a retry. Microsoft recommends Azure CNI Powered by Cilium for policy; moving there is a separate update that replaces Calico, so plan it on its own if you want it.',
			code: [
				shell(
					'kubectl get nodes -o wide',
					'kubectl get pods -n calico-system',
					'kubectl get pods -A -o wide'
				),
			],
			verify:
				'All nodes Ready, calico-node running on each, pod addresses from the pod range, and a deny-all policy in a test namespace still blocks traffic.',
			rollback:
				'None at cluster level; fix workloads or policies that relied on the old addresses.',
		},
	],
	sources: [
		s.aksCniOverlay,
		s.aksKubenet,
		s.aksKubenetRetirement,
		s.aksPage,
		s.aksUpdateCni,
		s.aksNetworkPolicies,
	],
};
