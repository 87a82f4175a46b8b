import { blockSizeRange } from '../calc/ip-plan';
import { facts } from '../facts';
import { linuxDataplanes, poolEncapsulations } from './types';

const cniTypes = ['Calico', 'GKE', 'AmazonVPC', 'AzureVNET'];
const ipamTypes = ['Calico', 'HostLocal', 'AmazonVPC', 'AzureVNET'];
const providers = ['', 'EKS', 'GKE', 'AKS', 'OpenShift', 'DockerEnterprise', 'RKE2', 'TKG', 'Kind'];

/** CNI plugins the operator accepts only with certain providers and one IPAM. */
const pluginRules: Record<string, { providers: string[]; ipam: string }> = {
	GKE: { providers: ['GKE', ''], ipam: 'HostLocal' },
	AmazonVPC: { providers: ['EKS', ''], ipam: 'AmazonVPC' },
	AzureVNET: { providers: ['AKS', ''], ipam: 'AzureVNET' },
};

/** An IP pool as read from YAML: any field may be missing or of the wrong type. */
interface UncheckedPool {
	cidr?: unknown;
	encapsulation?: unknown;
	natOutgoing?: unknown;
	blockSize?: unknown;
	nodeSelector?: unknown;
	[field: string]: unknown;
}

/** An `Installation` as read from YAML: any field may be missing or of the wrong type. */
interface UncheckedInstallation {
	apiVersion?: unknown;
	kind?: unknown;
	spec?: {
		kubernetesProvider?: unknown;
		cni?: { type?: unknown; ipam?: { type?: unknown } };
		calicoNetwork?: {
			bgp?: unknown;
			linuxDataplane?: unknown;
			clusterRoutingMode?: unknown;
			ipPools?: UncheckedPool[];
			[field: string]: unknown;
		};
		[field: string]: unknown;
	};
	[field: string]: unknown;
}

/** A field's value as a message quotes it. */
const shown = (value: unknown) => (value === undefined ? '' : String(value));

/**
 * Fills in what the Tigera operator fills in before it validates: a missing `calicoNetwork.bgp` becomes Enabled
 * (Disabled on EKS or with a non-Calico CNI), and an IP pool with no `nodeSelector` gets `all()`. Returns a copy.
 */
export function withOperatorDefaults(resource: unknown): unknown {
	const given = (resource ?? {}) as UncheckedInstallation;
	if (!given.spec || typeof given.spec !== 'object') return resource;
	// The CNI and its IPAM first: the BGP default depends on the CNI.
	const { cniByProvider, ipamByCni } = facts.operatorCniDefaults.value;
	const givenCni = given.spec.cni && typeof given.spec.cni === 'object' ? given.spec.cni : {};
	const cniType =
		givenCni.type ||
		cniByProvider[given.spec.kubernetesProvider as keyof typeof cniByProvider] ||
		cniByProvider.other;
	const ipamType =
		givenCni.ipam?.type || ipamByCni[cniType as keyof typeof ipamByCni] || givenCni.ipam?.type;
	const installation: UncheckedInstallation = {
		...given,
		spec: {
			...given.spec,
			cni: {
				...givenCni,
				type: cniType,
				...(ipamType ? { ipam: { ...givenCni.ipam, type: ipamType } } : {}),
			},
		},
	};
	const spec = installation.spec!;
	const network = spec.calicoNetwork;
	if (!network) return installation;
	const defaults = facts.operatorBgpDefault.value;
	const calicoCni = spec.cni?.type === 'Calico';
	const bgp =
		network.bgp ??
		(!calicoCni
			? defaults.nonCalicoCni
			: spec.kubernetesProvider === 'EKS'
				? defaults.eks
				: defaults.default);
	const ipPools = Array.isArray(network.ipPools)
		? network.ipPools.map((pool) => ({
				...pool,
				natOutgoing: pool.natOutgoing || facts.operatorNatOutgoingDefault.value,
				blockSize:
					pool.blockSize ??
					(typeof pool.cidr === 'string' && pool.cidr.includes(':')
						? facts.blockSizeV6.value.default
						: facts.blockSizeV4.value.default),
				nodeSelector: pool.nodeSelector || facts.operatorNodeSelectorDefault.value,
			}))
		: network.ipPools;
	return {
		...installation,
		spec: { ...spec, calicoNetwork: { ...network, bgp, ...(ipPools ? { ipPools } : {}) } },
	};
}

/**
 * Checks an operator `Installation` against the validation rules of the Tigera operator that concern networking;
 * returns one message per broken rule (empty when valid).
 */
export function validateInstallation(resource: unknown): string[] {
	const errors: string[] = [];
	const installation = (withOperatorDefaults(resource) ?? {}) as UncheckedInstallation;
	if (installation.apiVersion !== 'operator.tigera.io/v1' || installation.kind !== 'Installation')
		errors.push('apiVersion must be operator.tigera.io/v1 and kind Installation.');
	const spec = installation.spec ?? {};
	const provider = shown(spec.kubernetesProvider);
	if (!providers.includes(provider))
		errors.push(`spec.kubernetesProvider "${provider}" is not one the operator knows.`);
	const cni = spec.cni;
	if (!cni) return [...errors, 'spec.cni must be set.'];
	const cniType = shown(cni.type);
	const ipamType = shown(cni.ipam?.type);
	if (!cniTypes.includes(cniType))
		errors.push(`spec.cni.type "${cniType}" must be one of ${cniTypes.join(', ')}.`);
	if (!ipamTypes.includes(ipamType))
		errors.push(`spec.cni.ipam.type "${ipamType}" must be one of ${ipamTypes.join(', ')}.`);
	if (cniType === 'Calico' && !['Calico', 'HostLocal'].includes(ipamType))
		errors.push(`The Calico CNI takes Calico or HostLocal IPAM, not ${ipamType}.`);
	const plugin = pluginRules[cniType];
	if (plugin) {
		if (!plugin.providers.includes(provider))
			errors.push(
				`spec.cni.type ${cniType} needs kubernetesProvider ${plugin.providers.filter(Boolean).join(' or ')} (or none), not "${provider}".`
			);
		if (ipamType !== plugin.ipam)
			errors.push(
				`spec.cni.type ${cniType} needs spec.cni.ipam.type ${plugin.ipam}, not ${ipamType}.`
			);
	}

	const network = spec.calicoNetwork;
	if (!network) return errors;
	const bgp = network.bgp === undefined ? undefined : shown(network.bgp);
	if (bgp !== undefined && !['Enabled', 'Disabled'].includes(bgp))
		errors.push(`spec.calicoNetwork.bgp must be Enabled or Disabled, not ${bgp}.`);
	const dataplane =
		network.linuxDataplane === undefined ? undefined : shown(network.linuxDataplane);
	if (dataplane !== undefined && !(linuxDataplanes as readonly string[]).includes(dataplane))
		errors.push(
			`spec.calicoNetwork.linuxDataplane "${dataplane}" must be one of ${linuxDataplanes.join(', ')}.`
		);
	if (dataplane === 'VPP' && cniType !== 'Calico')
		errors.push(`The VPP dataplane needs the Calico CNI, not ${cniType}.`);
	if (dataplane === 'VPP' && bgp !== 'Enabled') errors.push('The VPP dataplane needs BGP Enabled.');
	const felixRoutes = network.clusterRoutingMode === 'Felix';
	for (const pool of network.ipPools ?? []) {
		const where = `IP pool ${shown(pool.cidr)}`;
		const ipv6 = shown(pool.cidr).includes(':');
		const enc = shown(pool.encapsulation);
		if (!(poolEncapsulations as readonly string[]).includes(enc))
			errors.push(
				`${where}: encapsulation "${enc}" must be one of ${poolEncapsulations.join(', ')}.`
			);
		if (!['Enabled', 'Disabled'].includes(shown(pool.natOutgoing)))
			errors.push(`${where}: natOutgoing must be Enabled or Disabled.`);
		const sizes = blockSizeRange[ipv6 ? 6 : 4];
		const blockSize = pool.blockSize;
		if (
			blockSize !== undefined &&
			(typeof blockSize !== 'number' || blockSize < sizes.min || blockSize > sizes.max)
		)
			errors.push(`${where}: blockSize must be from ${sizes.min} to ${sizes.max}.`);
		if (ipv6 && (enc === 'IPIP' || enc === 'IPIPCrossSubnet'))
			errors.push(`${where}: IPIP is not supported on IPv6 pools.`);
		if (
			cniType === 'Calico' &&
			ipamType === 'Calico' &&
			!felixRoutes &&
			bgp !== 'Enabled' &&
			(enc === 'IPIP' || enc === 'IPIPCrossSubnet' || enc === 'None')
		) {
			errors.push(
				`${where}: ${enc === 'None' ? 'an unencapsulated pool' : 'IPIP'} needs BGP Enabled (or clusterRoutingMode Felix from Calico 3.32).`
			);
		}
		if (
			cniType === 'Calico' &&
			ipamType === 'HostLocal' &&
			(enc === 'VXLAN' || enc === 'VXLANCrossSubnet')
		)
			errors.push(`${where}: HostLocal IPAM does not support VXLAN.`);
		if (cniType !== 'Calico' && enc !== 'None')
			errors.push(`${where}: with a non-Calico CNI, encapsulation must be None.`);
	}
	if (cniType !== 'Calico' && bgp === 'Enabled')
		errors.push('BGP must be Disabled with a non-Calico CNI.');
	return errors;
}
