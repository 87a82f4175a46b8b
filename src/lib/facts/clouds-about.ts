import type { awsFacts, azureFacts, googleCloudFacts } from './clouds';

/** What each fact of AWS is, in a few words, as the Sources page lists it; apart from the values, so the browser does not ship it. */
export const awsAbout: Readonly<Record<keyof typeof awsFacts, string>> = {
	awsVpcMtu: 'MTU inside a VPC and across intra-Region VPC peering',
	awsInterRegionPeeringMtu: 'MTU across inter-Region VPC peering',
	awsInternetMtu:
		'MTU through an internet gateway, a VPN, or between Regions without a transit gateway',
	ec2InstanceLimits:
		'ENIs, IPv4 addresses per ENI and the max pods the EKS node image sets, for the instance types the guide quotes',
	awsReservedPerSubnet: 'Addresses AWS reserves in every subnet',
	awsSrcDstCheck:
		'EC2 drops unwrapped pod traffic unless each node’s source/destination check is off (FelixConfiguration awsSrcDstCheck: Disable); plain VXLAN is unaffected',
	srcDstCheckIam: 'IAM permissions Felix needs for awsSrcDstCheck: Disable',
	prefixAddresses:
		'Addresses in each /28 prefix that VPC CNI prefix delegation puts in an address slot',
	vpcCniCustomNetworkingRange:
		'The CG-NAT range AWS recommends for the secondary VPC CIDR that VPC CNI custom networking (AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG=true, an ENIConfig per subnet or zone) puts pods in, away from the nodes’ subnets; custom networking is not for IPv6 clusters',
	eksIpFamilyAtCreation:
		'An EKS cluster’s IP family is chosen when it is created and never changes: an IPv6 cluster gives pods VPC IPv6 addresses (prefix delegation on, Nitro instances, no Windows), which ends IPv4 exhaustion for pods',
	prefixDelegationNeedsContiguous:
		'The error prefix delegation stops with when the subnet has no free contiguous /28 left, though single addresses remain; a new subnet or an EC2 subnet CIDR reservation keeps room for prefixes',
	prefixDelegationCniVersion:
		'First Amazon VPC CNI version with prefix delegation (Nitro instances only)',
	eksMaxPodsCap:
		'Max pods EKS sets on managed node groups (with or without prefix delegation) and its calculator gives with prefix delegation: 110 up to 30 vCPUs, 250 above',
	eksMaxPodsAnyCni:
		'The EKS node image sets the kubelet’s maxPods from the ENI formula whatever the CNI, so a Calico overlay needs max pods raised too',
	calicoEksGuideMaxPods:
		'Max pods per node Calico’s EKS guide passes to eksctl (--max-pods-per-node)',
	eksWebhooksNeedHostNetwork:
		'On EKS with Calico CNI the managed control plane cannot reach overlay pod IPs, so admission webhooks and metrics-server need hostNetwork: true',
	eksSupportsOnlyVpcCni:
		'AWS supports only the Amazon VPC CNI on EKS’s EC2 nodes: with another CNI it advises commercial support or in-house expertise, and Fargate and Auto Mode run no other CNI',
	vpcCniIpamDaemon:
		'The VPC CNI gets each pod’s address from the IPAM daemon in the node’s aws-node pod, so with aws-node gone no new pod on a VPC CNI node gets an address',
	vpcCniSwapOnEmptyCluster:
		'Calico’s EKS guide replaces the VPC CNI only on a cluster created without nodes, and a Calico maintainer knows of no non-disruptive switch on a running cluster',
	eksAutoModeNoPlugins:
		'EKS Auto Mode supports no alternate CNI and no network policy plugin: its nodes run the VPC CNI with AWS’s own network policy, turned on through a ConfigMap and the node class',
	fargateVpcCniOnly:
		'Fargate nodes run the Amazon VPC CNI and nothing else: installing another CNI plugin on them fails',
	fargateNoDaemonSets:
		'Fargate runs no DaemonSets, so calico-node never runs beside a Fargate pod and Calico policy is not enforced on it; Fargate pods can have security groups of their own',
	eksHybridNodesCnis:
		'CNIs AWS names for EKS Hybrid Nodes, which cannot run the VPC CNI: its hybrid-nodes CNI page supports Cilium only and has moved its Calico guide to the aws-samples/eks-hybrid-examples repository; its alternate-CNI page and the RemotePodNetwork API reference still name Cilium and Calico; the hybrid nodes gateway works only with AWS’s build of Cilium',
	eksHybridNodesCalicoVersion:
		'Calico release AWS’s hybrid-nodes CNI page named as supported (VXLAN, IPv4) before it moved its Calico guide out',
	vpcCniAnnotatePodIp:
		'With Calico policy on the Amazon VPC CNI, set ANNOTATE_POD_IP=true on aws-node (which needs patch permission on pods in its ClusterRole) so pod IPs reach Calico quickly',
	vpcCniPolicyConflicts:
		'The Amazon VPC CNI’s own network policy must stay off when Calico enforces policy: the two conflict',
};

/** What each fact of Azure is, in a few words, as the Sources page lists it; apart from the values, so the browser does not ship it. */
export const azureAbout: Readonly<Record<keyof typeof azureFacts, string>> = {
	azureMtu: 'Default MTU of an Azure VNET',
	azureDropsIpip: 'Azure’s network drops IP-in-IP (IP protocol 4) between VMs',
	azureLayer3Only:
		'Azure VNETs are layer 3 only: an unwrapped pod packet is delivered only with a route-table entry for the pod range and IP forwarding on the node’s NIC',
	aksKubenetRetirement: 'Date AKS retires kubenet (Microsoft recommends Azure CNI Overlay)',
	udrRouteLimit:
		'Routes an Azure route table (UDR) holds, and so nodes a kubenet-style AKS cluster can have',
	aksMaxPodsPerNode: 'Most pods per node AKS allows',
	aksKubenetDefaultMaxPods: 'Default max pods per node on AKS with kubenet',
	azureCniDefaultMaxPods:
		'Default max pods per node with traditional Azure CNI, whose addresses are reserved on the VNET up front',
	azureCniOverlayUnwrapped:
		'Azure CNI Overlay adds no tunnel header: Azure routes the pod range between nodes at full MTU; traffic leaving the VNET is source-NATed to the node',
	azureCniOverlayInUpstreamSince: 'Date Calico’s page added the Azure CNI overlay option',
	aksOverlayUpdateNeeds: 'What AKS needs before it updates a kubenet cluster to Azure CNI Overlay',
	aksOverlayUpdateCaveats:
		'The kubenet to Azure CNI Overlay update reimages every node pool at once and removes kubenet’s route table; a custom azure-ip-masq-agent configuration can break connectivity, and a leftover azure-ip-masq-agent-config ConfigMap should be deleted first',
	aksOverlayUpdatePolicyConflict:
		'Microsoft’s update page lists a cluster without network policy among the prerequisites of the update, while its network policy page describes kubenet with Calico moving to Azure CNI Overlay with Calico',
	aksCalicoPolicyOnlyOnOverlay:
		'After kubenet with Calico moves to Azure CNI Overlay, Calico enforces policy only (it was the CNI too), and a new pod may wait briefly before Calico lets its traffic out',
	aksRecommendsCilium:
		'Microsoft recommends Azure CNI Powered by Cilium for network policy on AKS; a kubenet cluster gets there only through Azure CNI Overlay first, and the switch replaces Calico',
	aksCiliumDataplaneNoCalico:
		'With Azure CNI Powered by Cilium, Cilium enforces network policy (--network-policy cilium) and no Calico runs; moving an existing cluster to the Cilium dataplane uninstalls Azure-managed Calico',
	aksRecommendedPolicyEngine:
		'The network policy engine Microsoft recommends on AKS (with Azure CNI Powered by Cilium, Linux nodes only); Calico is the engine AKS supports on Windows nodes',
	azureNpmEndOfSupport:
		'Dates from which AKS no longer supports Azure Network Policy Manager (NPM): on Windows nodes, and on Linux nodes',
	aksManagedCalico:
		'With az aks create --network-policy calico, Azure installs, upgrades and supports Calico itself: no choice of version and no Calico resources; installing Calico yourself needs --network-policy none',
	aksKubenetCalicoManagedOnly:
		'On an AKS kubenet cluster Calico runs only as Azure-managed (--network-policy calico), as CNI and policy engine, on Linux nodes only; Calico’s AKS guide has no self-managed kubenet setup',
};

/** What each fact of Google Cloud is, in a few words, as the Sources page lists it; apart from the values, so the browser does not ship it. */
export const googleCloudAbout: Readonly<Record<keyof typeof googleCloudFacts, string>> = {
	gcpDefaultMtu: 'Default MTU of a Google Cloud VPC',
	gcpMtuRange: 'MTUs a Google Cloud VPC can be set to',
	gcpLayer3Only:
		'Google Cloud routes every packet at layer 3 and drops pod traffic that is neither wrapped nor covered by alias IPs or routes',
	gkePolicyOnly:
		'On GKE, Calico is network policy only: GKE does not let you replace its CNI, so a Calico overlay needs Kubernetes you run yourself on Compute Engine',
	gkeDefaultMaxPods:
		'Default max pods per node on GKE Standard, the one value that gives each node a /24',
	gkeDataplaneV2NoCalico:
		'GKE Dataplane V2, always on in new Autopilot clusters and chosen with --enable-dataplane-v2 on Standard, is built on Cilium and enforces network policy itself; Calico network policy cannot be turned on beside it',
	gkeDataplaneV2MigrationCalicoOff:
		'Moving an existing Standard cluster to Dataplane V2 in place (a preview) needs Calico network policy turned off first, and its NetworkPolicies removed',
	gkePolicyModes: 'Who enforces network policy on GKE',
};
