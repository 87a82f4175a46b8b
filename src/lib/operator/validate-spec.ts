import type { UncheckedInstallation } from './defaults';

/**
 * The operator's rules on the Installation's other networking fields (pkg/controller/installation/validation.go
 * @ release-v1.44, validateCustomResource and validateNodeAddressDetection): node address detection, host
 * ports, fields only Calico's CNI takes, the CNI spec version, the Azure block, the policy setup timeout, and
 * Windows. `spec` is the Installation's after the operator's defaults; one message per broken rule.
 */
export function specHits(spec: NonNullable<UncheckedInstallation['spec']>): string[] {
	const errors: string[] = [];
	const cni = spec.cni ?? {};
	const calicoCni = cni.type === 'Calico';
	const network = spec.calicoNetwork ?? {};
	for (const family of ['V4', 'V6'] as const) {
		const detection = network[`nodeAddressAutodetection${family}`];
		if (!detection || typeof detection !== 'object') continue;
		const d = detection as Record<string, unknown>;
		const methods = [
			!!d.interface,
			!!d.skipInterface,
			!!d.canReach,
			d.firstFound === true,
			Array.isArray(d.cidrs) && d.cidrs.length > 0,
			d.kubernetes !== undefined && d.kubernetes !== null,
		].filter(Boolean).length;
		if (methods > 1)
			errors.push(
				`spec.calicoNetwork.nodeAddressAutodetection${family} names ${methods} detection methods; the operator takes one per IP family.`
			);
	}
	const hostPorts = network.hostPorts;
	if (hostPorts !== undefined && hostPorts !== 'Enabled' && hostPorts !== 'Disabled')
		errors.push(
			`spec.calicoNetwork.hostPorts must be Enabled or Disabled, not ${String(hostPorts)}.`
		);
	if (hostPorts === 'Enabled' && !calicoCni)
		errors.push(
			'spec.calicoNetwork.hostPorts takes effect only with the Calico CNI; leave it out.'
		);
	if (network.linuxDataplane === 'VPP' && hostPorts === 'Disabled')
		errors.push('The VPP dataplane cannot turn host ports off (spec.calicoNetwork.hostPorts).');
	for (const field of ['multiInterfaceMode', 'containerIPForwarding', 'linuxPodInterfaceType'])
		if (network[field] !== undefined && !calicoCni)
			errors.push(`spec.calicoNetwork.${field} is for the Calico CNI only.`);
	if ((cni as Record<string, unknown>).specVersion !== undefined && !calicoCni)
		errors.push('spec.cni.specVersion is for the Calico CNI only.');
	if (spec.azure !== undefined && spec.kubernetesProvider !== 'AKS')
		errors.push('spec.azure belongs to AKS clusters only (kubernetesProvider AKS).');
	const timeout = network.linuxPolicySetupTimeoutSeconds;
	if (typeof timeout === 'number') {
		if (timeout < 0)
			errors.push('spec.calicoNetwork.linuxPolicySetupTimeoutSeconds cannot be negative.');
		const dataplane = network.linuxDataplane ?? 'Iptables';
		if (!['Iptables', 'BPF', 'Nftables'].includes(String(dataplane)))
			errors.push(
				`spec.calicoNetwork.linuxPolicySetupTimeoutSeconds works with the Iptables, Nftables and BPF dataplanes, not ${String(dataplane)}.`
			);
	}
	if (network.windowsDataplane === 'HNS' && calicoCni) {
		if (!Array.isArray(spec.serviceCIDRs) || spec.serviceCIDRs.length === 0)
			errors.push(
				'Calico for Windows with the Calico CNI needs spec.serviceCIDRs (the cluster’s service range).'
			);
		const v4 = (network.ipPools ?? []).find(
			(pool) => typeof pool?.cidr === 'string' && !pool.cidr.includes(':')
		);
		const enc = v4?.encapsulation;
		if (enc !== undefined && enc !== 'VXLAN' && enc !== 'None')
			errors.push(
				`Calico for Windows does not support the IPv4 pool’s encapsulation ${String(enc)} (VXLAN or None only).`
			);
	}
	return errors;
}
