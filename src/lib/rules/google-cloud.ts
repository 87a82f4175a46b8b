import type { Rule, Verdict } from './types';

const pureL3 =
	'Google Cloud routes every packet at layer 3, even inside a subnet, so cross-subnet mode has no unwrapped path to offer; the upstream guide rules it out there.';

/** Google Cloud: alias IPs for routable pods or on GKE by default; otherwise a Calico VXLAN overlay, never cross-subnet. */
export const googleCloudRule: Rule = (a) => {
	const excluded: Verdict['excluded'] = { 'calico-vxlan-cross-subnet': pureL3, 'calico-ipip-cross-subnet': pureL3 };
	const wishes: string[] = [];
	if (a['cloud-neutral'] === 'yes') wishes.push('want to avoid depending on Google Cloud networking');
	if (a['ip-scarce'] === 'yes') wishes.push('cannot spare VPC addresses for every pod');

	if (a.routable === 'yes') {
		const tradeoffs: string[] = [];
		if (a['ip-scarce'] === 'yes') tradeoffs.push('Pod ranges come from the VPC, which you said is short of addresses: reserve a secondary range large enough for pods. A Calico overlay spends none, but its pod IPs are not routable.');
		if (a['cloud-neutral'] === 'yes') tradeoffs.push('Pod networking depends on Google Cloud, which you wanted to avoid; a Calico overlay would not, but its pod IPs are not routable.');
		if (a.managed === 'no') tradeoffs.push('Outside GKE you set up the Google cloud provider, alias IP ranges and host-local IPAM yourself.');
		return {
			pick: 'gke-alias-ip',
			alternatives: ['calico-vxlan', 'calico-ipip'],
			excluded,
			reasons: ['You need routable pod IPs, and on Google Cloud that takes the Google cloud provider with alias IP ranges, so the VPC itself routes pods.'],
			tradeoffs,
		};
	}

	if (wishes.length > 0 || a.managed === 'no') {
		const reasons =
			wishes.length > 0
				? [`You ${wishes.join(', and ')}: a Calico VXLAN overlay draws pods from its own pool and needs nothing from the VPC beyond UDP port 4789 between nodes.`]
				: ['You run Kubernetes yourself on Compute Engine: a Calico VXLAN overlay needs nothing from the VPC beyond UDP port 4789 between nodes.'];
		reasons.push('Google’s network drops unwrapped pod traffic it has no route for, so every packet between nodes is wrapped.');
		const tradeoffs = a.managed === 'yes' ? ['GKE runs Calico for network policy only; Calico’s own networking is for clusters you run yourself on Compute Engine.'] : [];
		return { pick: 'calico-vxlan', alternatives: ['calico-ipip', 'gke-alias-ip'], excluded, reasons, tradeoffs };
	}

	return {
		pick: 'gke-alias-ip',
		alternatives: ['calico-vxlan', 'calico-ipip'],
		excluded,
		reasons: [
			a.managed === 'yes'
				? 'On GKE, VPC-native networking with alias IPs is the default, with Calico for network policy: no overlay and nothing extra to run.'
				: 'VPC-native networking with alias IPs is GKE’s default, with Calico for network policy: no overlay and nothing extra to run.',
		],
		tradeoffs: ['Pod ranges come from the VPC, so plan its secondary ranges for pods as well as nodes.'],
	};
};
