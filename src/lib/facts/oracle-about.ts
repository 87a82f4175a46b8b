/** The Oracle Cloud facts the browser reads, declared with sourced() in oracle.ts. */
type BrowserFact =
	'okeMaxPodsPerNode' | 'okeTestedCalico' | 'okeVirtualNodesNoCalico' | 'ociVcnMtu';

/** What each Oracle Cloud fact the browser reads is, in a few words, as the Sources page lists it; apart from the values. */
export const oracleAbout: Readonly<Record<BrowserFact, string>> = {
	okeMaxPodsPerNode:
		'Pods per node with VCN-native pod networking at most, and only if the shape has enough VNICs; Oracle’s earlier formula, min((VNICs − 1) × 31, 110), still holds for node pools without VNIC profiles',
	okeTestedCalico:
		'The Calico versions Oracle has tested on OKE, by Kubernetes version; Oracle supports only tested versions',
	okeVirtualNodesNoCalico: 'Calico runs on OKE’s managed node pools and not on virtual node pools',
	ociVcnMtu:
		'MTU of OCI instances and of traffic between them inside a VCN; traffic to the internet or over a VPN gets 1500 or less',
};
