import { sources as s } from './sources';
import { checkedOn, sourced } from './types';

/** What AWS, the EKS node image and the Amazon VPC CNI impose. */
export const awsFacts = {
	awsVpcMtu: sourced(9001, [s.ec2Mtu]),
	awsInterRegionPeeringMtu: sourced(8500, [s.ec2Mtu]),
	awsInternetMtu: sourced(1500, [s.ec2Mtu]),
	ec2InstanceLimits: sourced(
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
		[s.instanceInfo, s.eniMaxPods],
		checkedOn.calico
	),
	awsReservedPerSubnet: sourced(5, [s.vpcSubnetSizing]),
	awsSrcDstCheck: sourced(true, [s.awsPage, s.felixConfigPage], checkedOn.docs),
	srcDstCheckIam: sourced(
		['ec2:DescribeInstances', 'ec2:ModifyNetworkInterfaceAttribute'],
		[s.felixAwsEc2, s.felixConfigPage]
	),
	prefixAddresses: sourced(16, [s.eksMorePods, s.vpcCniReadme], checkedOn.calico),
	prefixDelegationCniVersion: sourced('1.9', [s.eksMorePods, s.vpcCniReadme], checkedOn.calico),
	vpcCniCustomNetworkingRange: sourced(
		'100.64.0.0/10',
		[s.eksCustomNetworking, s.eksBestPracticesCustomNetworking],
		'2026-12-04'
	),
	eksIpFamilyAtCreation: sourced(true, [s.eksIpv6], '2026-12-04'),
	prefixDelegationNeedsContiguous: sourced(
		'InsufficientCidrBlocks',
		[s.eksPrefixProcedure],
		'2026-12-04'
	),
	eksMaxPodsCap: sourced({ lowCpu: 110, highCpu: 250, vcpuThreshold: 30 }, [
		s.eksMorePods,
		s.maxPodsCalculator,
	]),
	eksMaxPodsAnyCni: sourced(true, [s.kubeletConfig, s.eniMaxPods, s.eksPage]),
	calicoEksGuideMaxPods: sourced(100, [s.eksPage]),
	eksWebhooksNeedHostNetwork: sourced(true, [s.eksWebhooksIssue]),
	eksSupportsOnlyVpcCni: sourced(true, [s.eksAlternateCni], '2026-12-02'),
	vpcCniIpamDaemon: sourced(true, [s.vpcCniProposal], '2026-12-02'),
	vpcCniSwapOnEmptyCluster: sourced(true, [s.eksPage, s.vpcCniSwapIssue], '2026-12-02'),
	eksAutoModeNoPlugins: sourced(true, [s.eksAlternateCni, s.eksAutoNetworkPolicy], '2026-12-02'),
	fargateVpcCniOnly: sourced(true, [s.eksAlternateCni, s.eksFargate], '2026-12-02'),
	fargateNoDaemonSets: sourced(true, [s.eksFargate], '2026-12-02'),
	eksHybridNodesCnis: sourced(
		{ cniPage: 'Cilium', otherPages: 'Cilium and Calico', gateway: 'Cilium only' } as const,
		[
			s.eksHybridNodesCni,
			s.eksHybridCalicoMoved,
			s.eksAlternateCni,
			s.eksRemotePodNetworkApi,
			s.eksHybridNodesGateway,
		],
		'2026-12-04'
	),
	eksHybridNodesCalicoVersion: sourced('3.29', [s.eksHybridCniBefore], '2026-12-04'),
	vpcCniAnnotatePodIp: sourced(
		true,
		[s.eksPage, s.eksAlternateCni, s.vpcCniAnnotatePodIp],
		'2026-12-02'
	),
	vpcCniPolicyConflicts: sourced(true, [s.eksPage], '2026-12-02'),
} as const;

/** What Azure and AKS impose. */
export const azureFacts = {
	azureMtu: sourced(1500, [s.mtuPage], checkedOn.docs),
	azureDropsIpip: sourced(true, [s.azurePage], checkedOn.docs),
	azureLayer3Only: sourced(true, [s.vnetFaq, s.azurePage, s.azureCrossSubnetIssue]),
	aksKubenetRetirement: sourced('2028-03-31', [s.aksKubenetRetirement, s.aksKubenet]),
	udrRouteLimit: sourced(400, [s.aksKubenet]),
	aksMaxPodsPerNode: sourced(250, [s.aksIpPlanning]),
	aksKubenetDefaultMaxPods: sourced(110, [s.aksKubenet, s.aksIpPlanning]),
	azureCniDefaultMaxPods: sourced(30, [s.aksIpPlanning]),
	azureCniOverlayUnwrapped: sourced(true, [s.aksCniOverlay]),
	azureCniOverlayInUpstreamSince: sourced('2023-09-29', [s.azureOverlayDocsCommit], checkedOn.docs),
	aksOverlayUpdateNeeds: sourced(
		[
			'Kubernetes 1.27 or later',
			'a user-assigned managed identity, to detach kubenet’s route table',
			'no dynamic IP allocation',
			'no Windows node pools on the Docker runtime',
		],
		[s.aksUpdateCni],
		'2026-12-02'
	),
	aksOverlayUpdateCaveats: sourced(true, [s.aksUpdateCni], '2026-12-02'),
	aksOverlayUpdatePolicyConflict: sourced(
		true,
		[s.aksUpdateCni, s.aksNetworkPolicies],
		'2026-12-02'
	),
	aksCalicoPolicyOnlyOnOverlay: sourced(true, [s.aksNetworkPolicies], '2026-12-02'),
	aksRecommendsCilium: sourced(true, [s.aksNetworkPolicies, s.aksUpdateCni], '2026-12-02'),
	aksCiliumDataplaneNoCalico: sourced(
		'--network-dataplane cilium',
		[s.aksCniCilium, s.aksUpdateCni],
		'2026-12-04'
	),
	aksRecommendedPolicyEngine: sourced('Cilium', [s.aksNetworkPolicies], '2026-12-02'),
	azureNpmEndOfSupport: sourced(
		{ windows: '2026-09-30', linux: '2028-09-30' },
		[s.aksNetworkPolicies],
		'2026-12-02'
	),
	aksManagedCalico: sourced(
		true,
		[s.aksPage, s.aksMigratePage, s.aksNetworkPolicies],
		'2026-12-02'
	),
	aksKubenetCalicoManagedOnly: sourced(true, [s.aksNetworkPolicies, s.aksPage], '2026-12-02'),
} as const;

/** What Google Cloud and GKE impose. */
export const googleCloudFacts = {
	gcpDefaultMtu: sourced(1460, [s.gcpMtu]),
	gcpMtuRange: sourced({ min: 1300, max: 8896 }, [s.gcpMtu]),
	gcpLayer3Only: sourced(true, [s.gcePage, s.upstreamPage], checkedOn.docs),
	gkePolicyOnly: sourced(true, [s.gkePage]),
	gkeDefaultMaxPods: sourced(110, [s.gkeFlexiblePodCidr]),
	gkeDataplaneV2NoCalico: sourced(
		'--enable-dataplane-v2',
		[s.gkeDataplaneV2, s.gkeDataplaneV2Concepts],
		'2026-12-04'
	),
	gkeDataplaneV2MigrationCalicoOff: sourced(true, [s.gkeMigrateDataplaneV2], '2026-12-04'),
	gkePolicyModes: sourced(
		'Autopilot: GKE Dataplane V2; Standard: off unless --enable-network-policy (Calico)',
		[s.gkeDataplaneV2, s.gkeNetworkPolicy]
	),
} as const;
