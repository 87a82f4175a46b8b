import { getDistribution, type Distribution, type DistributionId } from './distributions';
import type { CatalogOption } from './options';
import type { PoolEncapsulation } from '../operator/types';
import { distributionFacts as facts } from '../facts/distributions';

/** How a distribution that installs Calico from its own manifests names an encapsulation. */
type OwnSettings = (encapsulation: PoolEncapsulation) => string;

const crossSubnet = (encapsulation: PoolEncapsulation) =>
	encapsulation.endsWith('CrossSubnet') ? 'CrossSubnet' : 'Always';

/** The settings of the distribution's own Calico that give the pool's encapsulation. */
const ownSettings: Partial<Record<DistributionId, OwnSettings>> = {
	// k0s's calico-node template: CALICO_IPV4POOL_VXLAN takes overlay in vxlan mode, CALICO_IPV4POOL_IPIP in bird mode.
	k0s: (encapsulation) =>
		encapsulation.startsWith('VXLAN')
			? `spec.network.calico.mode: vxlan with overlay: ${crossSubnet(encapsulation)}`
			: `spec.network.calico.mode: bird with overlay: ${encapsulation === 'None' ? 'Never' : crossSubnet(encapsulation)}`,
	kops: (encapsulation) => {
		const mode = encapsulation.startsWith('VXLAN') ? 'vxlan' : 'ipip';
		const scope = encapsulation === 'None' ? 'Never' : crossSubnet(encapsulation);
		return `spec.networking.calico.encapsulationMode: ${mode} with ${mode}Mode: ${scope}`;
	},
	kubespray: (encapsulation) => {
		if (encapsulation.startsWith('VXLAN'))
			return `calico_network_backend: vxlan, calico_vxlan_mode: ${crossSubnet(encapsulation)} and calico_ipip_mode: Never`;
		const ipip = encapsulation === 'None' ? 'Never' : crossSubnet(encapsulation);
		return `calico_network_backend: bird, calico_ipip_mode: ${ipip} and calico_vxlan_mode: Never`;
	},
};

/** Where the pool must sit, and why, for an option that takes pod addresses from a Calico pool. */
function poolNote(distribution: Distribution): string {
	const refused = `it refuses a pool outside it (“${facts.operatorPlatformPool.value}”)`;
	if (distribution.podCidr === null)
		return `Set ${distribution.podCidrSetting} to the pool’s CIDR: with no pool in the Installation, the operator makes kubeadm’s podSubnet the pool, and ${refused}; without a podSubnet it stops with “${facts.operatorNoPodSubnet.value}”.`;
	if (distribution.operatorChecksPool)
		return `Keep the pool inside ${distribution.podCidrSetting} (${distribution.podCidr} unless you changed it): the operator reads that range, and ${refused}.`;
	if (distribution.installer === 'bundled-operator')
		return `The ${distribution.name} chart builds the pool from ${distribution.podCidrSetting} (${distribution.podCidr} unless you changed it), and ${distribution.name} cannot change that range once the cluster runs.`;
	return `Make the pool ${distribution.podCidr} (${distribution.name}’s default, set with ${distribution.podCidrSetting}) or set both to one range: kube-proxy and the controller manager take the cluster CIDR as the pods’ range.`;
}

/** How the pick's settings reach a cluster the distribution installs Calico on. */
function settingsNote(distribution: Distribution, option: CatalogOption): string | null {
	const encapsulation = option.operator?.encapsulation;
	if (distribution.installer === 'bundled-operator')
		return `${distribution.name} owns the Installation: put changes in a HelmChartConfig named rke2-calico in kube-system (valuesContent: installation: …) rather than editing the Installation, which the chart puts back${encapsulation ? `; this pick is installation.backend: ${encapsulation}` : ''}.`;
	if (distribution.installer !== 'own-manifests') return null;
	const own = encapsulation ? ownSettings[distribution.id] : undefined;
	return `${distribution.name} installs Calico from its own manifests, not with the Tigera operator, so the Installation below shows what to ask ${distribution.name} for rather than a file to apply${own && encapsulation ? `: here ${own(encapsulation)}` : ''}.`;
}

/**
 * What installing the pick on this distribution takes, in the reader's terms: turning the built-in CNI off, where
 * the pool must sit, who owns Calico's settings, and the distribution's own needs.
 */
export function distributionNotes(
	id: DistributionId,
	option: CatalogOption,
	calico: string
): string[] {
	const distribution = getDistribution(id);
	const notes = [distribution.selectCalico];
	const bundled = distribution.bundledCalico;
	if (bundled && !bundled.startsWith(`${calico}.`))
		notes.push(
			`${distribution.name} installs Calico ${bundled} unless told otherwise, and these answers are for Calico ${calico}: choose ${bundled.split('.').slice(0, 2).join('.')} in the version list if you kept its Calico.`
		);
	const calicoPool = option.operator?.cni === 'Calico' && option.operator.ipam === 'Calico';
	if (calicoPool) notes.push(poolNote(distribution));
	const settings = settingsNote(distribution, option);
	if (settings) notes.push(settings);
	if (distribution.containerIpForwarding && option.operator?.cni === 'Calico')
		notes.push(
			`${distribution.name} needs IP forwarding inside pods: the Installation sets calicoNetwork.containerIPForwarding: Enabled (what ${distribution.name}’s docs ask for as allow_ip_forwarding in the CNI settings).`
		);
	return notes;
}
