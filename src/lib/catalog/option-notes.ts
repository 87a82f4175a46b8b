import { facts as f, longDate } from '../facts';
import { okeTestedCalico } from '../facts/oracle';
import type { OptionId } from './options';

const blockV4 = f.blockSizeV4.value.default;

/**
 * What to know when installing each option, by option id: kept apart from the catalog so that the
 * recommender's browser bundle carries the catalog without them; the configuration generator and the JSON
 * export read them.
 */
export const optionNotes: Readonly<Record<OptionId, readonly string[]>> = {
	'calico-bgp-peering': [
		'Can also advertise Kubernetes service IPs (cluster and external IPs) to the network.',
		'IP pools can be scoped to nodes, namespaces or pods to fit an existing address plan.',
	],
	'calico-bgp-mesh': [
		`A full node-to-node mesh suits up to about ${f.bgpMeshNodeLimit.value} nodes; beyond that, use BGP route reflectors.`,
		'Pod traffic leaving the cluster is source-NATed to the node address, because the rest of the network has no route to pods.',
	],
	'calico-vxlan-cross-subnet': [
		`This is what the Tigera operator quickstart installs: pool ${f.defaultPoolV4.value}, VXLANCrossSubnet, /${blockV4} blocks.`,
	],
	'calico-ipip-cross-subnet': [
		'IKS on IBM Cloud ships with this mode built in and also uses Calico policy to protect the nodes themselves.',
	],
	'calico-vxlan': [
		'Needs no BGP and no change to the network, which is why it runs nearly anywhere, layer-3-only clouds included.',
		`On EKS, Calico’s own guide installs this mode with pool ${f.eksDefaultPool.value}, on node groups created with --max-pods-per-node ${f.calicoEksGuideMaxPods.value}.`,
		'On AKS it is the “bring your own CNI” setup (network plugin none) with BGP disabled.',
	],
	'calico-ipip': [
		`Adds ${f.ipipOverheadV4.value} bytes per packet against VXLAN’s ${f.vxlanOverheadV4.value}. From Calico ${f.ipipWithoutBgpSince.value}, Felix programs its routes by default, so it needs IP protocol ${f.ipipProtocol.value} between nodes and no BGP session. Before, BIRD shared them over BGP unless FelixConfiguration programClusterRoutes handed them to Felix (from ${f.programClusterRoutesSince.value}), or the operator’s clusterRoutingMode: Felix did (from ${f.clusterRoutingModeSince.value}).`,
	],
	'aws-vpc-cni': ['The default networking of EKS.'],
	'azure-cni': [
		'On AKS, Calico runs either Azure-managed (--network-policy calico: Azure installs and upgrades it, Kubernetes network policy only, no choice of version) or self-managed (--network-policy none, then the Tigera operator: Calico’s own policy resources, and the upgrades are yours).',
	],
	'azure-cni-overlay': [
		`Newer than the original guide (added to Calico’s docs on ${longDate(f.azureCniOverlayInUpstreamSince.value)}).`,
		'Azure calls it an overlay because pod addresses are not VNET addresses, but nothing is wrapped: Azure routes the pod range between nodes at the VNET’s full MTU.',
		'Microsoft’s recommended replacement for kubenet.',
		'Like the Azure CNI in its original form, it runs Calico Azure-managed (--network-policy calico) or self-managed (--network-policy none, then the Tigera operator); Calico’s AKS guide shows the self-managed way for the original form.',
	],
	'azure-host-local': [
		'Some AKS documents call this “kubenet + Calico”; the kubenet plugin itself is not used.',
		'Only Azure-managed Calico runs here: Azure installs it as CNI and policy engine, and Calico’s AKS guide offers no self-managed setup for kubenet.',
	],
	'gke-alias-ip': [
		'GKE’s default networking (VPC-native). Calico enforces network policy on GKE Standard clusters created with --enable-network-policy; Autopilot clusters enforce policy with GKE Dataplane V2 instead of Calico.',
	],
	'oke-vcn-native': [
		'Oracle installs Calico here from Calico’s policy-only manifest, not with the Tigera operator, edited so that Felix works beside the OCI CNI: FELIX_INTERFACEPREFIX=oci, NO_DEFAULT_POOLS=true, FELIX_CHAININSERTMODE=Append and FELIX_IPTABLESMANGLEALLOWACTION=Return set on calico-node, its CNI volumes, init containers and Typha setting removed, and FELIX_IPTABLESBACKEND=NFT on Oracle Linux 8 nodes.',
		`Oracle supports only the Calico versions it has tested on OKE: ${okeTestedCalico.value.map((row) => `${row.calico} on Kubernetes ${row.kubernetes}`).join(', ')}.`,
		'Calico runs on managed node pools only, not on virtual node pools.',
	],
	canal: ['Existing Canal clusters keep working; new clusters are better served by Calico VXLAN.'],
};
