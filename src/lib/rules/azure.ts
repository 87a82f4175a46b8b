import type { OptionId } from '../options';
import type { Rule, Verdict } from './types';

const ipipDropped = 'Azure’s network drops IP-in-IP (IP protocol 4) between nodes, so Calico must use VXLAN there.';

/** Azure: the Azure CNI for routable pods, AKS options that keep pods off the VNET, or a Calico VXLAN overlay. */
export const azureRule: Rule = (a) => {
	const excluded: Verdict['excluded'] = { 'calico-ipip': ipipDropped, 'calico-ipip-cross-subnet': ipipDropped };
	if (a.managed === 'no') {
		const needsAks = 'It exists only on AKS, and you said you will run Kubernetes yourself.';
		excluded['azure-cni-overlay'] = needsAks;
		excluded['azure-host-local'] = needsAks;
	}
	const aksOptions: OptionId[] = a.managed === 'no' ? [] : ['azure-cni-overlay', 'azure-host-local'];
	const overlay: OptionId = a.managed === 'yes' ? 'calico-vxlan' : 'calico-vxlan-cross-subnet';
	const otherOverlay: OptionId = overlay === 'calico-vxlan' ? 'calico-vxlan-cross-subnet' : 'calico-vxlan';

	if (a.routable === 'yes') {
		const tradeoffs: string[] = [];
		if (a['ip-scarce'] === 'yes') tradeoffs.push('Every pod takes a VNET address, which you said are scarce: plan the VNET for pods as well as nodes. Options that keep pods off the VNET exist, but their pod IPs are not routable.');
		if (a['cloud-neutral'] === 'yes') tradeoffs.push('Pod networking depends on Azure, which you wanted to avoid; a Calico overlay would not, but its pod IPs are not routable.');
		const reasons = ['You need routable pod IPs, and on Azure only the Azure CNI gives pods addresses from the VNET itself.'];
		if (a.managed === 'no') reasons.push('Outside AKS you install the Azure CNI yourself; the Tigera operator accepts it with no Kubernetes provider set.');
		return { pick: 'azure-cni', alternatives: [...aksOptions, overlay, otherOverlay], excluded, reasons, tradeoffs };
	}

	if (a.managed === 'no') {
		const reasons = [
			'You run Kubernetes yourself on Azure VMs: Calico VXLAN in cross-subnet mode needs nothing from Azure’s network beyond UDP port 4789, and never uses the IP-in-IP that Azure drops.',
		];
		if (a['ip-scarce'] === 'yes') reasons.push('Pods take addresses from Calico’s own pool, so the VNET only spends addresses on nodes.');
		return { pick: 'calico-vxlan-cross-subnet', alternatives: ['calico-vxlan', 'azure-cni'], excluded, reasons, tradeoffs: [] };
	}

	const aksCaveat = a.managed === 'unsure' ? ['This option needs AKS.'] : [];

	if (a['cloud-neutral'] === 'yes') {
		const reasons = ['You want to avoid depending on Azure networking: a Calico VXLAN overlay behaves the same on any cloud, and VXLAN is the one wrapper Azure carries.'];
		if (overlay === 'calico-vxlan') reasons.push('On AKS this is the “bring your own CNI” setup: the cluster is created with network plugin none and Calico installs plain VXLAN with BGP disabled.');
		return { pick: overlay, alternatives: [otherOverlay, ...aksOptions, 'azure-cni'], excluded, reasons, tradeoffs: [] };
	}

	if (a['ip-scarce'] === 'yes') {
		return {
			pick: 'azure-host-local',
			alternatives: ['azure-cni-overlay', overlay, 'azure-cni'],
			excluded,
			reasons: [
				'You cannot spare a VNET address for every pod: with the Azure cloud provider, each node takes a /24 from a range outside the VNET, and AKS writes a route for it in the subnet’s route table.',
				'The same pod range can be reused in every cluster.',
			],
			tradeoffs: [
				...aksCaveat,
				'Pod IPs reach only the cluster’s own VNET subnet, and each node holds at most 253 pods from its /24.',
				'Newer AKS clusters can instead run the Azure CNI in overlay mode, which also keeps pods off the VNET.',
			],
		};
	}

	return {
		pick: 'azure-cni',
		alternatives: [...aksOptions, overlay, otherOverlay],
		excluded,
		reasons: ['On AKS, the Azure CNI with Calico policy is the usual choice: pods get VNET addresses and talk to each other with no overlay.'],
		tradeoffs: [...aksCaveat, 'Each pod takes a VNET address, so size the VNET for pods as well as nodes.'],
	};
};
