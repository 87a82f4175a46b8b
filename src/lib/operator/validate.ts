import { has, newestRelease, releaseText, since, type Release } from '../facts';
import { clusterRoutingModes } from './cluster-routes';
import {
	poolFamily,
	withOperatorDefaults,
	type ClusterState,
	type UncheckedInstallation,
	type UncheckedPool,
} from './defaults';
import { linuxDataplanes } from './types';
import { filledInNote, poolHits, type DefaultedPool } from './validate-pools';
import { specHits } from './validate-spec';

export { withOperatorDefaults, operatorDefaultPool, type ClusterState } from './defaults';

const cniTypes = ['Calico', 'GKE', 'AmazonVPC', 'AzureVNET'];
const ipamTypes = ['Calico', 'HostLocal', 'AmazonVPC', 'AzureVNET'];
const providers = ['', 'EKS', 'GKE', 'AKS', 'OpenShift', 'DockerEnterprise', 'RKE2', 'TKG', 'Kind'];

/** CNI plugins the operator accepts only with certain providers and one IPAM. */
const pluginRules: Record<string, { providers: string[]; ipam: string }> = {
	GKE: { providers: ['GKE', ''], ipam: 'HostLocal' },
	AmazonVPC: { providers: ['EKS', ''], ipam: 'AmazonVPC' },
	AzureVNET: { providers: ['AKS', ''], ipam: 'AzureVNET' },
};

/** A field's value as a message quotes it. */
const shown = (value: unknown) => (value === undefined ? '' : String(value));

/** The defaulted pools, each marked with whether the operator chose its encapsulation (the pasted pool had none, or there was no pasted pool). */
function defaultedPools(resource: unknown, pools: unknown): DefaultedPool[] {
	if (!Array.isArray(pools)) return [];
	const spec = (resource as UncheckedInstallation | null)?.spec;
	const given = spec?.calicoNetwork?.ipPools;
	return pools
		.map((pool, i) => ({ pool, given: Array.isArray(given) ? given[i] : undefined }))
		.filter((p): p is { pool: UncheckedPool; given: UncheckedPool | undefined } => isPool(p.pool))
		.map(({ pool, given }) => ({
			pool,
			encapsulationFilledIn:
				!isPool(given) ||
				given.encapsulation === undefined ||
				given.encapsulation === null ||
				given.encapsulation === '',
		}));
}

const isPool = (value: unknown): value is UncheckedPool =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * What the operator of a release says of `clusterRoutingMode`: a message when the value is not one it takes.
 * Before the field existed the API server drops or refuses it, so the mode counts as unset.
 */
function routingModeHits(mode: string | undefined, release: Release): string[] {
	if (mode === undefined) return [];
	const modes = clusterRoutingModes(release);
	const calico = `Calico ${releaseText(release)} (operator ${releaseText(release, 'operator-minor')})`;
	if (!modes.length)
		return [
			`spec.calicoNetwork.clusterRoutingMode is not a field of the Installation in ${calico}: it came in Calico ${since('clusterRoutingMode').minor}, so the API server refuses or drops it.`,
		];
	return modes.includes(mode)
		? []
		: [
				`spec.calicoNetwork.clusterRoutingMode "${mode}" must be one of ${modes.join(', ')} in ${calico}.`,
			];
}

/**
 * Why a pool of this encapsulation needs BGP in a release, as the operator's validation.go of that release has it;
 * undefined when it does not. Until 3.32 IP-in-IP and unencapsulated pools need BGP unless the mode is Felix (which 3.31 lacks);
 * from 3.33 Felix programs IP-in-IP routes unless the mode hands them back to BIRD.
 */
export function bgpNeed(
	enc: string,
	mode: string | undefined,
	release: Release
): string | undefined {
	const ipip = enc === 'IPIP' || enc === 'IPIPCrossSubnet';
	if (!ipip && enc !== 'None') return undefined;
	const felixMode = has(release, 'clusterRoutingMode') && mode === 'Felix';
	if (felixMode) return undefined;
	const calico = `Calico ${releaseText(release)}`;
	if (ipip && has(release, 'ipipRoutesByFelixDefault'))
		return mode === 'BIRD'
			? `IPIP with clusterRoutingMode BIRD needs BGP Enabled in ${calico} (unset the mode, or set FelixIPIPOnly, and Felix programs the IP-in-IP routes)`
			: undefined;
	const what = ipip ? 'IPIP' : 'an unencapsulated pool';
	return has(release, 'clusterRoutingMode')
		? `${what} needs BGP Enabled in ${calico} (or clusterRoutingMode Felix)`
		: `${what} needs BGP Enabled in ${calico} (clusterRoutingMode came in ${since('clusterRoutingMode').minor})`;
}

/**
 * Checks an operator `Installation` against the validation rules of the Tigera operator that concern networking,
 * as the operator of `release` has them; returns one message per broken rule (empty when valid).
 */
export function validateInstallation(
	resource: unknown,
	cluster: ClusterState = {},
	release: Release = newestRelease
): string[] {
	const errors: string[] = [];
	const installation = (withOperatorDefaults(resource, cluster) ?? {}) as UncheckedInstallation;
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

	errors.push(...specHits(spec));
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
	const mode =
		network.clusterRoutingMode === undefined || network.clusterRoutingMode === null
			? undefined
			: shown(network.clusterRoutingMode);
	errors.push(...routingModeHits(mode, release));
	const pools = defaultedPools(resource, network.ipPools);
	errors.push(...poolHits(pools, cniType === 'Calico'));
	// The Installation controller's rules on each pool (pkg/controller/installation/validation.go).
	for (const entry of pools) {
		const { pool } = entry;
		if (poolFamily(pool.cidr) === null) continue;
		const where = `IP pool ${shown(pool.cidr)}`;
		const ipv6 = poolFamily(pool.cidr) === 6;
		const enc = shown(pool.encapsulation);
		if (ipv6 && (enc === 'IPIP' || enc === 'IPIPCrossSubnet'))
			errors.push(`${where}: IPIP is not supported on IPv6 pools.`);
		const need = bgpNeed(enc, mode, release);
		if (cniType === 'Calico' && ipamType === 'Calico' && bgp !== 'Enabled' && need)
			errors.push(`${where}: ${need}${filledInNote(entry)}.`);
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
