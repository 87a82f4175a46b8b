import { sources as s } from './sources';
import { checkedOn, fact } from './types';

/** What AWS, the EKS node image and the Amazon VPC CNI impose. */
export const awsFacts = {
	awsVpcMtu: fact(9001, 'MTU inside a VPC and across intra-Region VPC peering', [s.ec2Mtu]),
	awsInterRegionPeeringMtu: fact(8500, 'MTU across inter-Region VPC peering', [s.ec2Mtu]),
	awsInternetMtu: fact(
		1500,
		'MTU through an internet gateway, a VPN, or between Regions without a transit gateway',
		[s.ec2Mtu]
	),
	ec2InstanceLimits: fact(
		[
			{ type: 't3.micro', vcpus: 2, enis: 2, ipv4PerEni: 2, maxPods: 4 },
			{ type: 't3.small', vcpus: 2, enis: 3, ipv4PerEni: 4, maxPods: 11 },
			{ type: 't3.medium', vcpus: 2, enis: 3, ipv4PerEni: 6, maxPods: 17 },
			{ type: 't3.large', vcpus: 2, enis: 3, ipv4PerEni: 12, maxPods: 35 },
			{ type: 'm5.large', vcpus: 2, enis: 3, ipv4PerEni: 10, maxPods: 29 },
			{ type: 'c5.large', vcpus: 2, enis: 3, ipv4PerEni: 10, maxPods: 29 },
			{ type: 'm6i.large', vcpus: 2, enis: 3, ipv4PerEni: 10, maxPods: 29 },
			{ type: 'm5.xlarge', vcpus: 4, enis: 4, ipv4PerEni: 15, maxPods: 58 },
			{ type: 'c5.xlarge', vcpus: 4, enis: 4, ipv4PerEni: 15, maxPods: 58 },
			{ type: 'm5.4xlarge', vcpus: 16, enis: 8, ipv4PerEni: 30, maxPods: 234 },
			{ type: 'c5.4xlarge', vcpus: 16, enis: 8, ipv4PerEni: 30, maxPods: 234 },
			{ type: 'c5.18xlarge', vcpus: 72, enis: 15, ipv4PerEni: 50, maxPods: 737 },
		],
		'ENIs, IPv4 addresses per ENI and the max pods the EKS node image sets, for the instance types the guide quotes',
		[s.instanceInfo, s.eniMaxPods],
		checkedOn.calico
	),
	awsReservedPerSubnet: fact(5, 'Addresses AWS reserves in every subnet', [s.vpcSubnetSizing]),
	awsSrcDstCheck: fact(
		true,
		'EC2 drops unwrapped pod traffic unless each node’s source/destination check is off (FelixConfiguration awsSrcDstCheck: Disable); plain VXLAN is unaffected',
		[s.awsPage, s.felixConfigPage],
		checkedOn.docs
	),
	srcDstCheckIam: fact(
		['ec2:DescribeInstances', 'ec2:ModifyNetworkInterfaceAttribute'],
		'IAM permissions Felix needs for awsSrcDstCheck: Disable',
		[s.felixAwsEc2, s.felixConfigPage]
	),
	prefixAddresses: fact(
		16,
		'Addresses in each /28 prefix that VPC CNI prefix delegation puts in an address slot',
		[s.eksMorePods, s.vpcCniReadme],
		checkedOn.calico
	),
	prefixDelegationCniVersion: fact(
		'1.9',
		'First Amazon VPC CNI version with prefix delegation (Nitro instances only)',
		[s.eksMorePods, s.vpcCniReadme],
		checkedOn.calico
	),
	eksMaxPodsCap: fact(
		{ lowCpu: 110, highCpu: 250, vcpuThreshold: 30 },
		'Max pods EKS sets on managed node groups (with or without prefix delegation) and its calculator gives with prefix delegation: 110 up to 30 vCPUs, 250 above',
		[s.eksMorePods, s.maxPodsCalculator]
	),
	eksMaxPodsAnyCni: fact(
		true,
		'The EKS node image sets the kubelet’s maxPods from the ENI formula whatever the CNI, so a Calico overlay needs max pods raised too',
		[s.kubeletConfig, s.eniMaxPods, s.eksPage]
	),
	calicoEksGuideMaxPods: fact(
		100,
		'Max pods per node Calico’s EKS guide passes to eksctl (--max-pods-per-node)',
		[s.eksPage]
	),
	eksWebhooksNeedHostNetwork: fact(
		true,
		'On EKS with Calico CNI the managed control plane cannot reach overlay pod IPs, so admission webhooks and metrics-server need hostNetwork: true',
		[s.eksWebhooksIssue]
	),
	eksSupportsOnlyVpcCni: fact(
		true,
		'AWS supports only the Amazon VPC CNI on EKS’s EC2 nodes: with another CNI it advises commercial support or in-house expertise, and Fargate and Auto Mode run no other CNI',
		[s.eksAlternateCni],
		'2026-12-02'
	),
	vpcCniIpamDaemon: fact(
		true,
		'The VPC CNI gets each pod’s address from the IPAM daemon in the node’s aws-node pod, so with aws-node gone no new pod on a VPC CNI node gets an address',
		[s.vpcCniProposal],
		'2026-12-02'
	),
	vpcCniSwapOnEmptyCluster: fact(
		true,
		'Calico’s EKS guide replaces the VPC CNI only on a cluster created without nodes, and a Calico maintainer knows of no non-disruptive switch on a running cluster',
		[s.eksPage, s.vpcCniSwapIssue],
		'2026-12-02'
	),
	eksAutoModeNoPlugins: fact(
		true,
		'EKS Auto Mode supports no alternate CNI and no network policy plugin: its nodes run the VPC CNI with AWS’s own network policy, turned on through a ConfigMap and the node class',
		[s.eksAlternateCni, s.eksAutoNetworkPolicy],
		'2026-12-02'
	),
	fargateVpcCniOnly: fact(
		true,
		'Fargate nodes run the Amazon VPC CNI and nothing else: installing another CNI plugin on them fails',
		[s.eksAlternateCni, s.eksFargate],
		'2026-12-02'
	),
	fargateNoDaemonSets: fact(
		true,
		'Fargate runs no DaemonSets, so calico-node never runs beside a Fargate pod and Calico policy is not enforced on it; Fargate pods can have security groups of their own',
		[s.eksFargate],
		'2026-12-02'
	),
	eksHybridNodesCnis: fact(
		{ cniPages: 'Cilium and Calico', gateway: 'Cilium only' },
		'CNIs AWS names for EKS Hybrid Nodes, which cannot run the VPC CNI: its hybrid-nodes CNI page and its alternate-CNI page name Cilium and Calico (VXLAN, IPv4); the hybrid nodes gateway works only with AWS’s build of Cilium',
		[s.eksHybridNodesCni, s.eksAlternateCni, s.eksHybridNodesGateway],
		'2026-12-02'
	),
	eksHybridNodesCalicoVersion: fact(
		'3.29',
		'Calico release AWS’s hybrid-nodes CNI page names as supported',
		[s.eksHybridNodesCni],
		'2026-12-02'
	),
	vpcCniAnnotatePodIp: fact(
		true,
		'With Calico policy on the Amazon VPC CNI, set ANNOTATE_POD_IP=true on aws-node (which needs patch permission on pods in its ClusterRole) so pod IPs reach Calico quickly',
		[s.eksPage, s.eksAlternateCni, s.vpcCniAnnotatePodIp],
		'2026-12-02'
	),
	vpcCniPolicyConflicts: fact(
		true,
		'The Amazon VPC CNI’s own network policy must stay off when Calico enforces policy: the two conflict',
		[s.eksPage],
		'2026-12-02'
	),
} as const;

/** What Azure and AKS impose. */
export const azureFacts = {
	azureMtu: fact(1500, 'Default MTU of an Azure VNET', [s.mtuPage], checkedOn.docs),
	azureDropsIpip: fact(
		true,
		'Azure’s network drops IP-in-IP (IP protocol 4) between VMs',
		[s.azurePage],
		checkedOn.docs
	),
	azureLayer3Only: fact(
		true,
		'Azure VNETs are layer 3 only: an unwrapped pod packet is delivered only with a route-table entry for the pod range and IP forwarding on the node’s NIC',
		[s.vnetFaq, s.azurePage, s.azureCrossSubnetIssue]
	),
	aksKubenetRetirement: fact(
		'2028-03-31',
		'Date AKS retires kubenet (Microsoft recommends Azure CNI Overlay)',
		[s.aksKubenetRetirement, s.aksKubenet]
	),
	udrRouteLimit: fact(
		400,
		'Routes an Azure route table (UDR) holds, and so nodes a kubenet-style AKS cluster can have',
		[s.aksKubenet]
	),
	aksMaxPodsPerNode: fact(250, 'Most pods per node AKS allows', [s.aksIpPlanning]),
	aksKubenetDefaultMaxPods: fact(110, 'Default max pods per node on AKS with kubenet', [
		s.aksKubenet,
		s.aksIpPlanning,
	]),
	azureCniDefaultMaxPods: fact(
		30,
		'Default max pods per node with traditional Azure CNI, whose addresses are reserved on the VNET up front',
		[s.aksIpPlanning]
	),
	azureCniOverlayUnwrapped: fact(
		true,
		'Azure CNI Overlay adds no tunnel header: Azure routes the pod range between nodes at full MTU; traffic leaving the VNET is source-NATed to the node',
		[s.aksCniOverlay]
	),
	azureCniOverlayInUpstreamSince: fact(
		'2023-09-29',
		'Date Calico’s page added the Azure CNI overlay option',
		[s.azureOverlayDocsCommit],
		checkedOn.docs
	),
	aksOverlayUpdateNeeds: fact(
		[
			'Kubernetes 1.27 or later',
			'a user-assigned managed identity, to detach kubenet’s route table',
			'no dynamic IP allocation',
			'no Windows node pools on the Docker runtime',
		],
		'What AKS needs before it updates a kubenet cluster to Azure CNI Overlay',
		[s.aksUpdateCni],
		'2026-12-02'
	),
	aksOverlayUpdateCaveats: fact(
		true,
		'The kubenet to Azure CNI Overlay update reimages every node pool at once and removes kubenet’s route table; a custom azure-ip-masq-agent configuration can break connectivity, and a leftover azure-ip-masq-agent-config ConfigMap should be deleted first',
		[s.aksUpdateCni],
		'2026-12-02'
	),
	aksOverlayUpdatePolicyConflict: fact(
		true,
		'Microsoft’s update page lists a cluster without network policy among the prerequisites of the update, while its network policy page describes kubenet with Calico moving to Azure CNI Overlay with Calico',
		[s.aksUpdateCni, s.aksNetworkPolicies],
		'2026-12-02'
	),
	aksCalicoPolicyOnlyOnOverlay: fact(
		true,
		'After kubenet with Calico moves to Azure CNI Overlay, Calico enforces policy only (it was the CNI too), and a new pod may wait briefly before Calico lets its traffic out',
		[s.aksNetworkPolicies],
		'2026-12-02'
	),
	aksRecommendsCilium: fact(
		true,
		'Microsoft recommends Azure CNI Powered by Cilium for network policy on AKS; a kubenet cluster gets there only through Azure CNI Overlay first, and the switch replaces Calico',
		[s.aksNetworkPolicies, s.aksUpdateCni],
		'2026-12-02'
	),
	aksRecommendedPolicyEngine: fact(
		'Cilium',
		'The network policy engine Microsoft recommends on AKS (with Azure CNI Powered by Cilium, Linux nodes only); Calico is the engine AKS supports on Windows nodes',
		[s.aksNetworkPolicies],
		'2026-12-02'
	),
	azureNpmEndOfSupport: fact(
		{ windows: '2026-09-30', linux: '2028-09-30' },
		'Dates from which AKS no longer supports Azure Network Policy Manager (NPM): on Windows nodes, and on Linux nodes',
		[s.aksNetworkPolicies],
		'2026-12-02'
	),
	aksManagedCalico: fact(
		true,
		'With az aks create --network-policy calico, Azure installs, upgrades and supports Calico itself: no choice of version and no Calico resources; installing Calico yourself needs --network-policy none',
		[s.aksPage, s.aksMigratePage, s.aksNetworkPolicies],
		'2026-12-02'
	),
	aksKubenetCalicoManagedOnly: fact(
		true,
		'On an AKS kubenet cluster Calico runs only as Azure-managed (--network-policy calico), as CNI and policy engine, on Linux nodes only; Calico’s AKS guide has no self-managed kubenet setup',
		[s.aksNetworkPolicies, s.aksPage],
		'2026-12-02'
	),
} as const;

/** What Google Cloud and GKE impose. */
export const googleCloudFacts = {
	gcpDefaultMtu: fact(1460, 'Default MTU of a Google Cloud VPC', [s.gcpMtu]),
	gcpMtuRange: fact({ min: 1300, max: 8896 }, 'MTUs a Google Cloud VPC can be set to', [s.gcpMtu]),
	gcpLayer3Only: fact(
		true,
		'Google Cloud routes every packet at layer 3 and drops pod traffic that is neither wrapped nor covered by alias IPs or routes',
		[s.gcePage, s.upstreamPage],
		checkedOn.docs
	),
	gkePolicyOnly: fact(
		true,
		'On GKE, Calico is network policy only: GKE does not let you replace its CNI, so a Calico overlay needs Kubernetes you run yourself on Compute Engine',
		[s.gkePage]
	),
	gkeDefaultMaxPods: fact(
		110,
		'Default max pods per node on GKE Standard, the one value that gives each node a /24',
		[s.gkeFlexiblePodCidr]
	),
	gkePolicyModes: fact(
		'Autopilot: GKE Dataplane V2; Standard: off unless --enable-network-policy (Calico)',
		'Who enforces network policy on GKE',
		[s.gkeDataplaneV2, s.gkeNetworkPolicy]
	),
} as const;
