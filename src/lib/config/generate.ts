import { optionNotes } from '../option-notes';
import { toYaml } from './emit-yaml';
import { eksHostNetwork, eksHostNetworkIfEks, raiseMaxPods } from '../aws-notes';
import { facts } from '../facts';
import { blockSizeFor } from '../calc/ip-plan';
import { parseCidr } from '../calc/cidr';
import { InputError, wholeNumber } from '../calc/errors';
import { underlayMtuRange } from '../calc/mtu';
import type { EnvironmentId } from '../environments';
import { getOption, underlayFor, type OptionId } from '../options';
import type { Answer } from '../questions';
import { eksWithCalicoCni } from './steps';
import type { Installation, InstallationIpPool, LinuxDataplane } from './types';
import { validateInstallation } from './validate';

/** What the configuration generator needs. */
export interface ConfigInput {
	option: OptionId;
	/** Where the cluster runs; adds the environment's notes (e.g. the AWS source/destination check). */
	env?: EnvironmentId;
	/** Whether the cluster is the provider's managed Kubernetes; sets `kubernetesProvider`. */
	managed?: Answer;
	/** Pod pool; default 192.168.0.0/16 (172.16.0.0/16 for Calico networking on EKS). */
	poolCidr?: string;
	/** Calico IPAM block size; default 26 (122 for IPv6). */
	blockSize?: number;
	/** Pod MTU to force; left out, Calico detects it. */
	mtu?: number;
	/** `spec.calicoNetwork.linuxDataplane`; left out, the operator uses Iptables. */
	linuxDataplane?: LinuxDataplane;
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

function providerFor(input: ConfigInput): Installation['spec']['kubernetesProvider'] | undefined {
	const operator = getOption(input.option).operator;
	if (input.managed === 'no') return undefined;
	if (operator?.provider) return operator.provider;
	if (input.managed === 'yes' && input.env && operator?.cni === 'Calico')
		return managedProvider[input.env];
	return undefined;
}

function defaultPool(input: ConfigInput, provider: string | undefined): string {
	return provider === 'EKS' && getOption(input.option).operator?.cni === 'Calico'
		? facts.eksDefaultPool.value
		: facts.defaultPoolV4.value;
}

/**
 * Builds the Tigera operator `Installation` for an option, as YAML. What else the option needs (the AWS
 * source/destination check, WireGuard, EKS node settings) comes as separate steps from `extraSteps`.
 */
export function generateConfig(input: ConfigInput): ConfigResult {
	const option = getOption(input.option);
	const notes = underlayFor(option, input.env);
	if (!option.operator) {
		return {
			supported: false,
			reason: `The Tigera operator does not install ${option.name}; it is installed from its own manifest.`,
			notes: [...notes, ...optionNotes[option.id]],
		};
	}
	const settings = option.operator;
	const provider = providerFor(input);
	const calicoNetwork: NonNullable<Installation['spec']['calicoNetwork']> = {
		bgp: settings.bgp,
		...(input.linuxDataplane ? { linuxDataplane: input.linuxDataplane } : {}),
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
		const pool = parseCidr(input.poolCidr ?? defaultPool(input, provider), 'poolCidr');
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
	}

	const installation: Installation = {
		apiVersion: 'operator.tigera.io/v1',
		kind: 'Installation',
		metadata: { name: 'default' },
		spec,
	};
	const problems = validateInstallation(installation);
	if (problems.length)
		throw new Error(
			`Generated an Installation the operator would reject for ${option.id}: ${problems.join(' ')}`
		);

	const resources = [installation];
	if (input.mtu === undefined)
		notes.push(
			'Calico detects the MTU from the nodes’ interfaces; set spec.calicoNetwork.mtu only to override it.'
		);
	if (option.needsBgp && option.id === 'calico-bgp-peering')
		notes.push(
			`Add a BGPPeer resource for each top-of-rack router (its address and AS number); Calico’s default AS is ${facts.defaultAsNumber.value}.`
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
