import { optionNotes } from '../catalog/option-notes';
import { toYaml } from '../operator/emit-yaml';
import { eksHostNetwork, eksHostNetworkIfEks, raiseMaxPods } from '../catalog/aws-notes';
import { facts, newestRelease, type Release } from '../facts';
import { bgpSettingIn } from '../catalog/bgp-need';
import { blockSizeFor } from '../calc/ip-plan';
import { parseCidr } from '../input/cidr';
import { InputError, wholeNumber } from '../input/errors';
import { underlayMtuRange } from '../calc/mtu';
import type { EnvironmentId } from '../catalog/environments';
import { getDistribution, type DistributionId } from '../catalog/distributions';
import { distributionFacts } from '../facts/distributions';
import { getOption, underlayFor, type CatalogOption, type OptionId } from '../catalog/options';
import type { Answer } from '../catalog/questions';
import { eksWithCalicoCni } from './steps';
import type { Installation, InstallationIpPool, LinuxDataplane } from '../operator/types';
import { validateInstallation } from '../operator/validate';

/** What the configuration generator needs. */
export interface ConfigInput {
	option: OptionId;
	/** Where the cluster runs; adds the environment's notes (e.g. the AWS source/destination check). */
	env?: EnvironmentId;
	/** Whether the cluster is the provider's managed Kubernetes; sets `kubernetesProvider`. */
	managed?: Answer;
	/** How the cluster is installed: sets the pool to its pod CIDR, its `kubernetesProvider` and what it needs (k3s: container IP forwarding). */
	distribution?: DistributionId;
	/** Pod pool; default the distribution's pod CIDR, else 192.168.0.0/16 (172.16.0.0/16 for Calico networking on EKS). */
	poolCidr?: string;
	/** Calico IPAM block size; default 26 (122 for IPv6). */
	blockSize?: number;
	/** Pod MTU to force; left out, Calico detects it. */
	mtu?: number;
	/** `spec.calicoNetwork.linuxDataplane`; left out, the operator uses Iptables. */
	linuxDataplane?: LinuxDataplane;
	/** Pods need IPv6 as well: adds an IPv6 pool (dual stack) and IPv6 address detection where the option allows. */
	ipv6?: boolean;
	/** IPv6 pool for dual stack; default facts.ipv6PoolExample. */
	poolCidrV6?: string;
	/** Some nodes run Windows: sets the Windows dataplane, and leaves out what Calico for Windows lacks. */
	windows?: boolean;
	/** The Calico release the Installation is for; the newest when left out. */
	release?: Release;
	/** Seconds the CNI plugin waits for a pod's policy (`calicoNetwork.linuxPolicySetupTimeoutSeconds`), for KubeVirt live migration. */
	policySetupTimeout?: number;
}

/** The generated configuration, or why there is none. */
export type ConfigResult =
	| {
			supported: true;
			resources: Installation[];
			yaml: string;
			notes: string[];
	  }
	| { supported: false; reason: string; notes: string[] };

const managedProvider: Partial<Record<EnvironmentId, 'EKS' | 'AKS'>> = { aws: 'EKS', azure: 'AKS' };

function providerFor(
	option: CatalogOption,
	input: ConfigInput
): Installation['spec']['kubernetesProvider'] | undefined {
	const operator = option.operator;
	if (input.distribution) return getDistribution(input.distribution).provider;
	if (input.managed === 'no') return undefined;
	if (operator?.provider) return operator.provider;
	if (input.managed === 'yes' && input.env && operator?.cni === 'Calico')
		return managedProvider[input.env];
	return undefined;
}

function defaultPool(
	option: CatalogOption,
	provider: string | undefined,
	distribution: DistributionId | undefined
): string {
	const podCidr = distribution ? getDistribution(distribution).podCidr : null;
	if (podCidr) return podCidr;
	return provider === 'EKS' && option.operator?.cni === 'Calico'
		? facts.eksDefaultPool.value
		: facts.defaultPoolV4.value;
}

const fieldV6 = facts.ipv6NodeAutodetectionField.value;

/** Who wires pods when the CNI is not Calico's, in words. */
const otherCni: Record<string, string> = {
	AmazonVPC: 'the Amazon VPC CNI',
	AzureVNET: 'the Azure CNI',
	GKE: 'GKE’s own networking',
};

/** What the cluster needs besides Calico for dual-stack pods. */
export const dualStackCluster = `Dual stack needs the cluster itself dual-stack: an IPv4 and an IPv6 pod CIDR (the controller manager’s --cluster-cidr) and service range (--service-cluster-ip-range), every node with an IPv6 address, a default IPv6 route and IPv6 forwarding on. Make the IPv6 pool the pod CIDR’s IPv6 half; ${fieldV6} (firstFound) has Calico detect each node’s IPv6 address.`;

/** Why an IP-in-IP Installation turns BGP off in a release where Felix programs the IP-in-IP routes. */
const ipipBgpOff = (release: Release) =>
	`BGP is off: in Calico ${release.minor}, Felix programs the IP-in-IP routes, so no BGP session is needed (and calico-node’s readiness no longer waits on BIRD’s sessions, which it checks with ${facts.birdReadinessWithBgp.value} while BGP is on). Turn it on only to peer with your routers.`;

/** The IPv6 pool for dual stack, or why the option cannot have one. */
function ipv6Pool(
	option: CatalogOption,
	encapsulation: InstallationIpPool['encapsulation'],
	input: ConfigInput
): InstallationIpPool | string {
	if (input.windows)
		return `Left out: the IPv6 pool you asked for. Calico for Windows supports IPv4 only (no IPv6 and no dual stack), so the Installation stays IPv4 while any node runs Windows.`;
	if (encapsulation.startsWith('IPIP'))
		return `Left out: the IPv6 pool you asked for. ${option.name} wraps in IP-in-IP, which carries IPv4 only; pick a VXLAN or BGP option for IPv6 pods.`;
	if (option.operator?.ipam !== 'Calico')
		return `Left out: the IPv6 pool you asked for. ${option.name} takes pod addresses from host-local IPAM, which this Installation does not make dual-stack.`;
	const pool = parseCidr(input.poolCidrV6 ?? facts.ipv6PoolExample.value, 'poolCidrV6');
	if (pool.family !== 6)
		throw new InputError(
			'poolCidrV6',
			`${pool.text} is an IPv4 range. Give an IPv6 range for the second pool, e.g. ${facts.ipv6PoolExample.value}.`
		);
	return {
		name: 'default-ipv6-ippool',
		cidr: pool.text,
		// VXLAN options wrap IPv6 as they wrap IPv4; unwrapped options route it natively.
		encapsulation,
		natOutgoing: option.routable ? 'Disabled' : 'Enabled',
		blockSize: blockSizeFor(6, undefined, pool.prefix),
		nodeSelector: 'all()',
	};
}

/**
 * Builds the Tigera operator `Installation` for an option, as YAML. What else the option needs (the AWS
 * source/destination check, WireGuard, EKS node settings) comes as separate steps from `extraSteps`.
 */
export function generateConfig(input: ConfigInput): ConfigResult {
	const option = getOption(input.option);
	const release = input.release ?? newestRelease;
	const notes = underlayFor(option, input.env, release);
	if (!option.operator) {
		return {
			supported: false,
			reason: `The Tigera operator does not install ${option.name}; it is installed from its own manifest.`,
			notes: [...notes, ...optionNotes[option.id]],
		};
	}
	const settings = option.operator;
	const provider = providerFor(option, input);
	const calicoNetwork: NonNullable<Installation['spec']['calicoNetwork']> = {
		bgp: bgpSettingIn(option, release),
		...(input.linuxDataplane ? { linuxDataplane: input.linuxDataplane } : {}),
		...(settings.cni === 'Calico' &&
		input.distribution &&
		getDistribution(input.distribution).containerIpForwarding
			? { containerIPForwarding: distributionFacts.k3sContainerIpForwarding.value }
			: {}),
		...(input.policySetupTimeout !== undefined
			? { linuxPolicySetupTimeoutSeconds: input.policySetupTimeout }
			: {}),
	};
	const spec: Installation['spec'] = {
		...(provider ? { kubernetesProvider: provider } : {}),
		cni: { type: settings.cni, ipam: { type: settings.ipam } },
		calicoNetwork,
	};
	if (input.mtu !== undefined)
		calicoNetwork.mtu = wholeNumber(
			'mtu',
			'The MTU',
			input.mtu,
			underlayMtuRange.min,
			underlayMtuRange.max
		);

	if (settings.encapsulation) {
		const pool = parseCidr(
			input.poolCidr ?? defaultPool(option, provider, input.distribution),
			'poolCidr'
		);
		const blockSize = blockSizeFor(pool.family, input.blockSize, pool.prefix);
		if (pool.family === 6 && settings.encapsulation.startsWith('IPIP')) {
			throw new InputError(
				'poolCidr',
				`${option.name} uses IP-in-IP, which carries IPv4 only. Use an IPv4 pool, or a VXLAN option for IPv6.`
			);
		}
		const ipPool: InstallationIpPool = {
			name: `default-ipv${pool.family}-ippool`,
			cidr: pool.text,
			encapsulation: settings.encapsulation,
			// Routable pods keep their own address on the way out; every other pool hides them behind the node.
			natOutgoing: option.routable ? 'Disabled' : 'Enabled',
			blockSize,
			nodeSelector: 'all()',
		};
		calicoNetwork.ipPools = [ipPool];
		if (input.ipv6 && pool.family === 4) {
			const dual = ipv6Pool(option, settings.encapsulation, input);
			if (typeof dual === 'string') notes.push(dual);
			else {
				calicoNetwork.ipPools.push(dual);
				calicoNetwork.nodeAddressAutodetectionV6 = { firstFound: true };
				notes.push(dualStackCluster);
			}
		}
	} else if (input.ipv6) {
		notes.push(
			`Pods’ IPv6 addresses come from ${otherCni[settings.cni] ?? settings.cni}, not from a Calico pool: make the cluster and its network dual-stack on that side; Calico enforces policy on both families.`
		);
	}
	if (input.windows && settings.cni === 'Calico') {
		calicoNetwork.windowsDataplane = facts.windowsDataplaneField.value;
		// The operator refuses Calico for Windows with the Calico CNI and no service range.
		spec.serviceCIDRs = [facts.serviceCidrExample.value];
	} else if (input.windows)
		notes.push(
			`Windows nodes: ${otherCni[settings.cni] ?? settings.cni} wires their pods; check that its Windows support includes Calico policy before adding Windows node pools.`
		);

	const installation: Installation = {
		apiVersion: 'operator.tigera.io/v1',
		kind: 'Installation',
		metadata: { name: 'default' },
		spec,
	};
	const problems = validateInstallation(installation, {}, release);
	if (problems.length)
		throw new Error(
			`Generated an Installation the operator of Calico ${release.minor} would reject for ${option.id}: ${problems.join(' ')}`
		);
	// An option whose routes travel over BGP, in a release where Felix programs them instead.
	if (option.needsBgp && calicoNetwork.bgp === 'Disabled') notes.push(ipipBgpOff(release));

	const resources = [installation];
	if (input.mtu === undefined)
		notes.push(
			'Calico detects the MTU from the nodes’ interfaces; set spec.calicoNetwork.mtu only to override it.'
		);
	if (settings.ipam === 'HostLocal' && settings.cni === 'Calico')
		notes.push(
			'Host-local takes each node’s range from the node’s pod CIDR, so make the pool’s CIDR the cluster’s pod CIDR (the controller manager’s --cluster-cidr).'
		);
	if (input.env === 'aws' && settings.cni === 'Calico') notes.push(raiseMaxPods);
	const eks = eksWithCalicoCni(option.id, input.env, input.managed);
	if (eks !== 'no') notes.push(eks === 'yes' ? eksHostNetwork : eksHostNetworkIfEks);

	const yaml = resources.map((resource) => toYaml(resource)).join('---\n');
	return { supported: true, resources, yaml, notes: [...notes, ...optionNotes[option.id]] };
}
