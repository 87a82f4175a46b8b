import { checkedOn, fact, sourced } from './types';

const read = checkedOn.oracle;
const oracleDocs = 'https://docs.oracle.com/en-us/iaas/Content';

// The documents the facts of Oracle Cloud (OKE and OCI networking) come from, each an export of its own so that a
// browser bundle takes only those its code cites.

/** Oracle's page on OKE pod networking. */
export const okePodNetworkingDoc = {
	title: 'Oracle Cloud docs: OKE pod networking (VCN-native or flannel overlay)',
	url: `${oracleDocs}/ContEng/Concepts/contengpodnetworking.htm`,
} as const;

/** Oracle's page on the OCI VCN-Native Pod Networking CNI plugin. */
export const okeVcnNativeCniDoc = {
	title: 'Oracle Cloud docs: Using the OCI VCN-Native Pod Networking CNI plugin',
	url: `${oracleDocs}/ContEng/Concepts/contengpodnetworking_topic-OCI_CNI_plugin.htm`,
} as const;

/** Oracle's example of installing Calico on OKE. */
export const okeCalicoDoc = {
	title: 'Oracle Cloud docs: Example: Installing Calico and setting up network policies (OKE)',
	url: `${oracleDocs}/ContEng/Tasks/contengsettingupcalico.htm`,
} as const;

/** Oracle's page on OKE’s supported versions. */
export const okeCompatibilityDoc = {
	title: 'Oracle Cloud docs: OKE supported versions and compatibility matrix',
	url: `${oracleDocs}/ContEng/Concepts/contengCompatibilitymatrix_topic.htm`,
} as const;

/** Oracle's page on OCI VNICs. */
export const ociVnicsDoc = {
	title: 'Oracle Cloud docs: Virtual network interface cards (source/destination check)',
	url: `${oracleDocs}/Network/Tasks/managingVNICs.htm`,
} as const;

/** Oracle's page on OCI security rules. */
export const ociSecurityRulesDoc = {
	title: 'Oracle Cloud docs: Security rules (IP protocol)',
	url: `${oracleDocs}/Network/Concepts/securityrules.htm`,
} as const;

/** Oracle's page on MTU inside a VCN. */
export const ociMtuDoc = {
	title: 'Oracle Cloud docs: Hanging connections (MTU 9000 inside a VCN)',
	url: `${oracleDocs}/Network/Troubleshoot/connectionhang.htm`,
} as const;

// Each fact is an export of its own, so that a browser bundle takes only the facts its code reads; facts/groups.ts
// gathers them for the Sources page. Those the browser reads are declared with sourced(), their descriptions in
// oracle-about.ts. Only the one a blocker rule cites rides in `facts` (oracleBlockerFacts).

export const okeNetworkTypes = fact(
	['VCN-native pod networking', 'flannel overlay'] as const,
	'The two network types of an OKE cluster; the type is chosen when the cluster is created and cannot be changed',
	[okePodNetworkingDoc],
	read
);
export const okeVcnNativePods = fact(
	'pod subnet',
	'With VCN-native pod networking, pods take addresses from a private, regional pod subnet of the VCN through secondary VNICs of the node, so peered VCNs and on-premises networks reach them directly and security lists, network security groups and flow logs apply to them',
	[okeVcnNativeCniDoc],
	read
);
export const okeMaxPodsPerNode = sourced(256, [okeVcnNativeCniDoc], read);
export const okeCalicoPolicyOnly = fact(
	'calico-policy-only.yaml',
	'What Oracle installs for Calico on a VCN-native cluster: Calico’s policy-only manifest, edited so that Felix works beside the OCI CNI (FELIX_INTERFACEPREFIX=oci, NO_DEFAULT_POOLS=true, FELIX_CHAININSERTMODE=Append, no CNI volumes, no Typha; FELIX_IPTABLESBACKEND=NFT on Oracle Linux 8); the Tigera operator is not used',
	[okeCalicoDoc],
	read
);
export const okeFlannelReplaced = fact(
	'replace flannel',
	'OKE does not support Calico beside flannel: on a flannel-overlay cluster Calico replaces it as the CNI (flannel add-on disabled, its DaemonSet deleted, Calico’s manifest applied), which reaches only nodes created afterwards; Oracle advises against it on a cluster that already has worker nodes',
	[okeCalicoDoc],
	read
);
export const okeTestedCalico = sourced(
	[
		{ calico: '3.30.3', kubernetes: '1.34' },
		{ calico: '3.31.5', kubernetes: '1.35' },
		{ calico: '3.32.0', kubernetes: '1.36' },
	] as const,
	[okeCalicoDoc, okeCompatibilityDoc],
	read
);
export const okeVirtualNodesNoCalico = sourced('managed node pools only', [okeCalicoDoc], read);
export const ociSkipSourceDestCheck = fact(
	false,
	'The default of skipSourceDestCheck on an OCI VNIC: the VNIC drops a packet whose source or destination is not one of its addresses, unless the check is skipped (as for a VNIC a route rule points at)',
	[ociVnicsDoc],
	read
);
export const ociSecurityRuleProtocols = fact(
	'one IPv4 protocol number, or all',
	'What an OCI security rule (security list or network security group) takes as its protocol, so IP protocol 4 (IP-in-IP) can be allowed',
	[ociSecurityRulesDoc],
	read
);
export const ociVcnMtu = sourced(9000, [ociMtuDoc], read);

/** The fact the recommender's virtual-node blocker cites, which rides in `facts` for the browser. */
export const oracleBlockerFacts = { okeVirtualNodesNoCalico } as const;
