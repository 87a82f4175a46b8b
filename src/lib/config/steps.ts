import { getWishConflictRule } from '../catalog/wish-conflicts';
import { toYaml } from '../operator/emit-yaml';
import type { EnvironmentId } from '../catalog/environments';
import { facts, newestRelease, since, type Release } from '../facts';
import { getOption, type CatalogOption, type OptionId } from '../catalog/options';
import type { Answer, Answers } from '../catalog/questions';
import { aksCreateStep, aksPaths, operatorStep } from './aks';
import { bgpPeeringStep, vpcCniAnnotateStep, windowsStep } from './answer-steps';
import {
	eksHostNetworkStep,
	eksMaxPodsStep,
	eksRemoveAwsNodeStep,
	srcDstIamStep,
} from './aws-steps';
import { kubevirtStep, wantsLiveMigration } from './kubevirt';
import { addressPairsStep, needsAddressPairs } from './openstack-steps';
import { replaceFlannelStep, replacesFlannelOnOke } from './oracle-steps';
import { loadBalancerPoolStep, loadBalancerWay } from './load-balancer';
import type { FelixConfiguration } from '../operator/types';
import type { ExtraStep } from './extra-step';

export type { ExtraStep, ExtraStepId, StepLanguage } from './extra-step';

/**
 * Whether a cluster with this option could be EKS running Calico CNI: `yes` when the reader said managed, `maybe`
 * when not sure, `no` otherwise (another environment, another CNI, an option EKS cannot run, or self-managed).
 */
export function eksWithCalicoCni(
	option: OptionId,
	env: EnvironmentId | undefined,
	managed: Answer | undefined
): 'yes' | 'maybe' | 'no' {
	const picked = getOption(option);
	if (env !== 'aws' || picked.operator?.cni !== 'Calico') return 'no';
	if (!picked.installable.managed.includes('EKS') || managed === 'no') return 'no';
	return managed === 'yes' ? 'yes' : 'maybe';
}

/** True when the option sends pod packets between AWS nodes unwrapped, which EC2's source/destination check drops. */
function unwrappedOnAws(option: CatalogOption, env: EnvironmentId): boolean {
	return (
		env === 'aws' && option.operator?.cni === 'Calico' && option.encapsulation.scope !== 'always'
	);
}

/**
 * True for an option the operator installs outside GKE: GKE runs neither Calico's eBPF dataplane nor its WireGuard
 * (facts.ebpfNotOnGke, facts.wireguardNotOnGke), and options the operator does not install get no operator steps.
 */
function operatorOutsideGke(option: CatalogOption): boolean {
	const operator = option.operator;
	return operator !== null && operator.cni !== 'GKE' && operator.provider !== 'GKE';
}

/** True when the reader wants the eBPF dataplane and the option can have it (not on GKE, not with Windows nodes). */
export function wantsEbpf(option: OptionId, answers: Answers): boolean {
	return (
		answers.ebpf === 'yes' &&
		answers.windows !== 'yes' &&
		operatorOutsideGke(getOption(option)) &&
		!azureManagedOnly(option, answers)
	);
}

/** True when the reader wants WireGuard and the option can have it (not on GKE, not with Windows nodes). */
function wantsWireguard(option: CatalogOption, answers: Answers): boolean {
	return (
		answers.wireguard === 'yes' &&
		answers.windows !== 'yes' &&
		operatorOutsideGke(option) &&
		!azureManagedOnly(option.id, answers)
	);
}

/** True when some nodes run Windows and Calico's CNI wires them, so the operator installs Calico for Windows. */
export function windowsWithCalicoCni(option: OptionId, answers: Answers): boolean {
	return answers.windows === 'yes' && getOption(option).operator?.cni === 'Calico';
}

/**
 * The wishes the reader gave that this configuration leaves out, each with the reason, so none is dropped
 * silently: WireGuard, eBPF (and IPv6, which `generateConfig` reports) with Windows nodes, and WireGuard or eBPF
 * on GKE or with an option the operator does not install.
 */
export function leftOutWishes(option: OptionId, answers: Answers): string[] {
	const picked = getOption(option);
	const notes: string[] = [];
	const where = !picked.operator
		? `${picked.name} is not installed by the Tigera operator, so the guide writes no Calico setting for it.`
		: azureManagedOnly(option, answers)
			? 'Azure-managed Calico offers no Calico resources to turn it on with.'
			: 'Calico does not support it on GKE.';
	if (answers.wireguard === 'yes' && !wantsWireguard(picked, answers))
		notes.push(
			`Left out: WireGuard encryption. ${answers.windows === 'yes' ? getWishConflictRule('windows-wireguard').reason : where}`
		);
	if (answers.ebpf === 'yes' && !wantsEbpf(option, answers))
		notes.push(
			`Left out: the eBPF dataplane. ${answers.windows === 'yes' ? getWishConflictRule('windows-ebpf').reason : where}`
		);
	return notes;
}

function felixStep(
	option: CatalogOption,
	env: EnvironmentId,
	answers: Answers,
	l2: boolean
): ExtraStep | null {
	const spec: FelixConfiguration['spec'] = {};
	const does: string[] = [];
	const why: string[] = [];
	if (l2) {
		spec.localSubnetL2Reachability = 'PodsAndLoadBalancers';
		does.push('answers ARP for LoadBalancer addresses');
		why.push(
			'localSubnetL2Reachability: PodsAndLoadBalancers has Felix answer ARP (NDP for IPv6) for the LoadBalancer addresses of the pool in the next step, so hosts on the nodes’ segment reach them without BGP; calico-node restarts by itself to take the setting.'
		);
	}
	if (unwrappedOnAws(option, env)) {
		spec.awsSrcDstCheck = 'Disable';
		does.push('turns off the EC2 source/destination check');
		why.push(
			'EC2 drops a packet whose addresses are not the instance’s own, which is what an unwrapped pod packet is; awsSrcDstCheck: Disable has Felix turn the check off on every node.'
		);
	}
	if (wantsWireguard(option, answers)) {
		const fields = facts.wireguardFields.value;
		spec[fields.ipv4] = true;
		if (answers.ipv6 === 'yes') spec[fields.ipv6] = true;
		does.push('turns on WireGuard');
		why.push(
			`WireGuard encrypts pod traffic between nodes. The nodes’ kernels must support WireGuard, and UDP port ${facts.wireguardPortV4.value} (${facts.wireguardPortV6.value} for IPv6) must be open between nodes; each packet carries ${facts.wireguardOverheadV4.value} more bytes (${facts.wireguardOverheadV6.value} over IPv6), which Calico takes off the MTU it detects.`
		);
		if (answers.ipv6 === 'yes' && facts.wireguardPodTrafficIpv4Only.value)
			why.push(
				`A caveat for IPv6: Calico documents ${fields.ipv6}, yet its WireGuard page lists encryption of pod traffic between nodes as IPv4 only. Check that IPv6 pod traffic is encrypted (wg show on a node lists the IPv6 peers) before relying on it.`
			);
		if (env === 'azure')
			why.push(
				`On AKS, Felix takes off the extra ${facts.aksWireguardExtraBytes.value} bytes Azure needs only with kubernetesProvider AKS and host encryption on; otherwise set spec.calicoNetwork.mtu by hand.`
			);
	}
	if (!does.length) return null;
	// One resource for every Felix setting: a second `kubectl apply` of `default` would drop the first one's fields.
	const resource: FelixConfiguration = {
		apiVersion: 'projectcalico.org/v3',
		kind: 'FelixConfiguration',
		metadata: { name: 'default' },
		spec,
	};
	return {
		id: 'felix-configuration',
		title: `FelixConfiguration that ${does.join(' and ')}`,
		language: 'yaml',
		text: toYaml(resource),
		why: [
			...why,
			`Apply it once Calico runs, with kubectl apply where the cluster serves Calico’s API (native projectcalico.org/v3 CRDs, which new installs get from Calico ${since('nativeV3CrdsByDefault').minor} where the cluster supports them, or the Calico API server), otherwise with calicoctl apply.`,
		].join(' '),
	};
}

/** The ConfigMap that tells Calico where the API server is, for eBPF (which replaces kube-proxy) and for Windows nodes. */
function apiServerStep(ebpf: boolean, windows: boolean): ExtraStep {
	const forWhat = [ebpf ? 'eBPF' : '', windows ? 'Windows nodes' : '']
		.filter(Boolean)
		.join(' and ');
	const why = [
		ebpf
			? 'The Installation above sets linuxDataplane: BPF. The eBPF dataplane takes over from kube-proxy, so Calico must reach the API server directly rather than through the kube-proxy service.'
			: '',
		windows
			? 'Calico for Windows reaches the API server directly too, from nodes where the cluster’s service address may not work yet.'
			: '',
		'Create this ConfigMap before the Installation (kubectl cluster-info shows the address on EKS and AKS).',
	];
	return {
		id: 'api-server-endpoint',
		title: `ConfigMap with the Kubernetes API server’s address, for ${forWhat}`,
		language: 'yaml',
		text: [
			'# Fill in the stable address and port of the API server (or of its load balancer).',
			'kind: ConfigMap',
			'apiVersion: v1',
			'metadata:',
			'  name: kubernetes-services-endpoint',
			'  namespace: tigera-operator',
			'data:',
			"  KUBERNETES_SERVICE_HOST: '<API server host>'",
			"  KUBERNETES_SERVICE_PORT: '<API server port>'",
			'',
		].join('\n'),
		why: why.filter(Boolean).join(' '),
	};
}

function ebpfSteps(): ExtraStep[] {
	return [
		{
			id: 'ebpf-kube-proxy',
			title: 'kubectl command that turns kube-proxy off, for eBPF',
			language: 'shell',
			text: [
				'# kube-proxy run as a DaemonSet (kubeadm, EKS): a node selector that matches no node stops it, reversibly.',
				`kubectl patch ds -n kube-system kube-proxy -p '{"spec":{"template":{"spec":{"nodeSelector":{"non-calico": "true"}}}}}'`,
				'',
			].join('\n'),
			why: `Calico’s eBPF dataplane implements Services itself; kube-proxy running beside it wastes resources and fights over the same rules. Where kube-proxy cannot be turned off, set bpfKubeProxyIptablesCleanupEnabled: false in the FelixConfiguration instead. eBPF also forwards NodePort traffic between nodes in VXLAN, so UDP port ${facts.vxlanPort.value} must be open between nodes even when pods are not wrapped.`,
		},
	];
}

/** True when Azure alone runs Calico for this pick (kubenet on AKS), so the reader applies no Calico resources. */
function azureManagedOnly(option: OptionId, answers: Answers): boolean {
	const paths = aksPaths(option, answers);
	return paths.length > 0 && paths.every((path) => path.id === 'azure-managed');
}

/**
 * The steps an option needs besides its `Installation`, in the order to take them: on AKS the cluster without
 * AKS network policy and the operator; the AWS IAM policy, the VPC CNI's pod annotation, the VPC CNI out, max pods
 * up on EKS with Calico CNI; the OpenStack ports' address pairs; the API server address, kube-proxy off (eBPF) and the Windows settings; the
 * FelixConfiguration (AWS check, WireGuard, ARP for LoadBalancer addresses); BGP peers; the LoadBalancer pool;
 * the KubeVirt VM settings; webhooks on the host network on EKS. Empty when nothing is
 * needed, or when Azure alone runs Calico.
 */
export function extraSteps(
	option: OptionId,
	env: EnvironmentId,
	answers: Answers,
	release: Release = newestRelease
): ExtraStep[] {
	const picked = getOption(option);
	if (azureManagedOnly(option, answers)) return [];
	const aks = aksPaths(option, answers).some((path) => path.id === 'self-managed');
	const eks = eksWithCalicoCni(option, env, answers.managed);
	const ebpf = wantsEbpf(option, answers);
	const windows = windowsWithCalicoCni(option, answers);
	const lb = loadBalancerWay(option, answers, release);
	const felix = felixStep(picked, env, answers, lb === 'l2');
	return [
		...(aks ? [aksCreateStep(option, 'self-managed'), operatorStep()] : []),
		...(unwrappedOnAws(picked, env) ? [srcDstIamStep()] : []),
		...(needsAddressPairs(picked, env, answers) ? [addressPairsStep()] : []),
		...(replacesFlannelOnOke(picked, env, answers) ? [replaceFlannelStep()] : []),
		...(option === 'aws-vpc-cni' && facts.vpcCniAnnotatePodIp.value ? [vpcCniAnnotateStep()] : []),
		...(eks !== 'no' ? [eksRemoveAwsNodeStep(), eksMaxPodsStep()] : []),
		...(ebpf || windows ? [apiServerStep(ebpf, windows)] : []),
		...(ebpf ? ebpfSteps() : []),
		...(windows ? [windowsStep()] : []),
		...(felix ? [felix] : []),
		...(option === 'calico-bgp-peering' ? [bgpPeeringStep(lb === 'bgp')] : []),
		...(lb === 'bgp' || lb === 'l2' ? [loadBalancerPoolStep(lb)] : []),
		...(wantsLiveMigration(option, answers, release)
			? [kubevirtStep(option === 'calico-bgp-peering')]
			: []),
		...(eks !== 'no' ? [eksHostNetworkStep(eks)] : []),
	];
}
