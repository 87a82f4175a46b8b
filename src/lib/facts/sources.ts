import { newestRelease, releasePage } from './releases';
import {
	calico331,
	calico332,
	calico333,
	calicoAt,
	calicoFile,
	calicoPage,
	calicoPage333,
	operatorBranch,
	operatorRepo,
} from './source-links';
import type { Source } from './types';

const eksAmi = 'https://github.com/awslabs/amazon-eks-ami/blob/main';

/** Every document the guide's facts come from, by a short name. */
export const sources = {
	// Calico and the Tigera operator
	felixDataplane: calicoFile('felix/dataplane/linux/int_dataplane.go'),
	felixConfigParams: calicoFile('felix/config/config_params.go'),
	felixConfigParams331: {
		title: 'projectcalico/calico v3.31.0 felix/config/config_params.go',
		url: 'https://github.com/projectcalico/calico/blob/v3.31.0/felix/config/config_params.go',
	},
	felixConfigApi331: {
		title: 'projectcalico/calico v3.31.0 api/pkg/apis/projectcalico/v3/felixconfig.go',
		url: 'https://github.com/projectcalico/calico/blob/v3.31.0/api/pkg/apis/projectcalico/v3/felixconfig.go',
	},
	bgpConfigApi332: {
		title: 'projectcalico/calico v3.32.1 api/pkg/apis/projectcalico/v3/bgpconfig.go',
		url: 'https://github.com/projectcalico/calico/blob/v3.32.1/api/pkg/apis/projectcalico/v3/bgpconfig.go',
	},
	clusterRouteDesign: {
		title: 'projectcalico/calico release-v3.33 design/cluster-route-programming/DESIGN.md',
		url: 'https://github.com/projectcalico/calico/blob/release-v3.33/design/cluster-route-programming/DESIGN.md',
	},
	clusterRoutesPr: {
		title: 'projectcalico/calico PR 13470: Felix programs IP-in-IP cluster routes by default',
		url: 'https://github.com/projectcalico/calico/pull/13470',
	},
	operatorFelixIpipOnlyPr: {
		title: 'tigera/operator PR 5150: clusterRoutingMode FelixIPIPOnly',
		url: 'https://github.com/tigera/operator/pull/5150',
	},
	nativeV3Crds: {
		title: 'Calico docs 3.33: native v3 CRDs',
		url: 'https://docs.tigera.io/calico/3.33/operations/native-v3-crds',
	},
	felixAwsEc2: calicoFile('felix/aws/ec2.go'),
	ipPoolApi: calicoFile('api/pkg/apis/projectcalico/v3/ippool.go'),
	ipamConfigApi: calicoFile('api/pkg/apis/projectcalico/v3/ipamconfig.go'),
	allocateIp: calicoFile('node/pkg/allocateip/allocateip.go'),
	quickstartResources: calicoFile('manifests/custom-resources.yaml'),
	calicoRelease: {
		title: `Calico ${newestRelease.patch} release`,
		url: releasePage(newestRelease),
	},
	mtuPage: calicoPage(
		'networking/configuring/mtu',
		'Configure MTU to maximize network performance'
	),
	bgpPage: calicoPage('networking/configuring/bgp', 'Configure BGP peering'),
	ipPoolPage: calicoPage('reference/resources/ippool', 'IP pool resource'),
	felixConfigPage: calicoPage('reference/resources/felixconfig', 'Felix configuration resource'),
	requirementsPage: calicoPage('getting-started/kubernetes/requirements', 'System requirements'),
	awsPage: calicoPage('reference/public-cloud/aws', 'Amazon Web Services'),
	azurePage: calicoPage('reference/public-cloud/azure', 'Azure'),
	gcePage: calicoPage('reference/public-cloud/gce', 'Google Compute Engine'),
	eksPage: calicoPage(
		'getting-started/kubernetes/managed-public-cloud/eks',
		'Amazon Elastic Kubernetes Service (EKS)'
	),
	aksPage: calicoPage(
		'getting-started/kubernetes/managed-public-cloud/aks',
		'Microsoft Azure Kubernetes Service (AKS)'
	),
	gkePage: calicoPage(
		'getting-started/kubernetes/managed-public-cloud/gke',
		'Google Kubernetes Engine (GKE)'
	),
	wireguardPage: calicoPage(
		'network-policy/encrypt-cluster-pod-traffic',
		'Encrypt in-cluster pod traffic'
	),
	ebpfPage: calicoPage('operations/ebpf/enabling-ebpf', 'Enabling the eBPF data plane'),
	ebpfInstallPage: calicoPage('operations/ebpf/install', 'Install in eBPF mode'),
	windowsPage: calicoPage(
		'getting-started/kubernetes/windows-calico/requirements',
		'Calico for Windows requirements'
	),
	kindPage: calicoPage('getting-started/kubernetes/kind', 'Installing on Kind'),
	minikubePage: calicoPage(
		'getting-started/kubernetes/minikube',
		'Quickstart for Calico on minikube'
	),
	quickstartResources333: calicoAt(calico333, 'manifests/custom-resources.yaml'),
	installationApiPage: calicoPage('reference/installation/api', 'Installation API reference'),
	bgpConfigPage: calicoPage('reference/resources/bgpconfig', 'BGP configuration resource'),
	bgpPeerPage: calicoPage('reference/resources/bgppeer', 'BGP peer resource'),
	nodeResourcePage: calicoPage('reference/resources/node', 'Node resource'),
	migratePoolsPage: calicoPage(
		'networking/ipam/migrate-pools',
		'Migrate from one IP pool to another'
	),
	operatorRevertsPoolEdits: {
		title: 'tigera/operator#2340 (the operator reverts edits to the IP pools it owns)',
		url: 'https://github.com/tigera/operator/issues/2340',
	},
	calicoPoolEditsReverted: {
		title: 'projectcalico/calico#9426 (IP pool changes undone by the operator)',
		url: 'https://github.com/projectcalico/calico/issues/9426',
	},
	upstreamPage: {
		title: 'tigera/docs calico/networking/determine-best-networking.mdx',
		url: 'https://github.com/tigera/docs/blob/main/calico/networking/determine-best-networking.mdx',
	},
	upstreamGeekDetails: {
		title: 'tigera/docs src/components/partials/GeekDetails.js',
		url: 'https://github.com/tigera/docs/blob/main/src/components/partials/GeekDetails.js',
	},
	upstreamAge: {
		title: 'projectcalico/calico#3670 (the page’s substance, June 2020)',
		url: 'https://github.com/projectcalico/calico/issues/3670',
	},
	azureOverlayDocsCommit: {
		title: 'tigera/docs: “Adds support for Azure CNI with overlay networking” (2023-09-29)',
		url: 'https://github.com/tigera/docs/commits/main/calico/networking/determine-best-networking.mdx',
	},
	operatorNodeProbes: {
		title: 'tigera/operator release-v1.44 pkg/render/node.go (nodeProbes)',
		url: 'https://github.com/tigera/operator/blob/release-v1.44/pkg/render/node.go',
	},
	nodeHealthBird: {
		title: 'projectcalico/calico release-v3.33 node/pkg/health/health.go',
		url: 'https://github.com/projectcalico/calico/blob/release-v3.33/node/pkg/health/health.go',
	},
	operatorValidation: {
		title: `tigera/operator ${newestRelease.operator} pkg/controller/installation/validation.go`,
		url: `${operatorRepo}/pkg/controller/installation/validation.go`,
	},
	operatorDefaults: {
		title: 'tigera/operator pkg/controller/installation/core_controller.go',
		url: `${operatorRepo}/pkg/controller/installation/core_controller.go`,
	},
	operatorNftables331: {
		title: `tigera/operator ${operatorBranch('3.31')} pkg/controller/installation/core_controller.go (setNftablesMode)`,
		url: `https://github.com/tigera/operator/blob/${operatorBranch('3.31')}/pkg/controller/installation/core_controller.go`,
	},
	operatorNftables333: {
		title: `tigera/operator ${operatorBranch('3.33')} pkg/controller/installation/core_controller.go (setNftablesMode)`,
		url: `https://github.com/tigera/operator/blob/${operatorBranch('3.33')}/pkg/controller/installation/core_controller.go`,
	},
	felixConfigApi333: calicoAt(calico333, 'api/pkg/apis/projectcalico/v3/felixconfig.go'),
	nodeStartup333: calicoAt(calico333, 'node/pkg/lifecycle/startup/startup.go'),
	operatorTigeraStatusTypes: {
		title: `tigera/operator ${operatorBranch('3.33')} api/v1/tigerastatus_types.go`,
		url: `https://github.com/tigera/operator/blob/${operatorBranch('3.33')}/api/v1/tigerastatus_types.go`,
	},
	helmChartValues333: calicoAt(calico333, 'charts/tigera-operator/values.yaml'),
	felixConfigApi332: calicoAt(calico332, 'api/pkg/apis/projectcalico/v3/felixconfig.go'),
	ipamConfigApi332: calicoAt(calico332, 'api/pkg/apis/projectcalico/v3/ipamconfig.go'),
	kubeControllersConfigApi331: calicoAt(
		calico331,
		'api/pkg/apis/projectcalico/v3/kubecontrollersconfig.go'
	),
	l2ReachabilityPage: calicoPage333(
		'networking/configuring/local-subnet-l2-reachability',
		'L2 reachability for pods and services without BGP'
	),
	kubevirtPage: calicoPage('networking/kubevirt/kubevirt-networking', 'KubeVirt networking'),
	kubevirtBgpPage: calicoPage(
		'networking/kubevirt/live-migration-bgp',
		'BGP routing for KubeVirt live migration'
	),
	serviceLbPage: calicoPage(
		'networking/ipam/service-loadbalancer',
		'Configure LoadBalancer IP address management'
	),
	advertiseServiceIpsPage: calicoPage(
		'networking/configuring/advertise-service-ips',
		'Advertise Kubernetes service IP addresses'
	),
	kubeadmInitPage: {
		title: 'Kubernetes docs: kubeadm init (--service-cidr)',
		url: 'https://kubernetes.io/docs/reference/setup-tools/kubeadm/kubeadm-init/',
	},
	operatorValidation144: {
		title: `tigera/operator ${operatorBranch('3.33')} pkg/controller/installation/validation.go`,
		url: `https://github.com/tigera/operator/blob/${operatorBranch('3.33')}/pkg/controller/installation/validation.go`,
	},
	eksWebhooksIssue: {
		title: 'projectcalico/calico#3818 (EKS webhooks on a Calico overlay)',
		url: 'https://github.com/projectcalico/calico/issues/3818',
	},
	azureCrossSubnetIssue: {
		title: 'projectcalico/calico#6568 (VXLANCrossSubnet on Azure)',
		url: 'https://github.com/projectcalico/calico/issues/6568',
	},
	hostLocalRange: {
		title: 'containernetworking/plugins plugins/ipam/host-local/backend/allocator/range.go',
		url: 'https://github.com/containernetworking/plugins/blob/main/plugins/ipam/host-local/backend/allocator/range.go',
	},
	flannelBackends: {
		title: 'flannel-io/flannel Documentation/backends.md',
		url: 'https://github.com/flannel-io/flannel/blob/master/Documentation/backends.md',
	},
	operatorPoolController: {
		title: 'tigera/operator pkg/controller/ippool/pool_controller.go (release-v1.42)',
		url: 'https://github.com/tigera/operator/blob/release-v1.42/pkg/controller/ippool/pool_controller.go',
	},
	operatorInstallationTypes: {
		title: 'tigera/operator api/v1/installation_types.go (release-v1.42)',
		url: 'https://github.com/tigera/operator/blob/release-v1.42/api/v1/installation_types.go',
	},
	ipPoolClient: {
		title: 'projectcalico/calico libcalico-go/lib/clientv3/ippool.go (release-v3.32)',
		url: 'https://github.com/projectcalico/calico/blob/release-v3.32/libcalico-go/lib/clientv3/ippool.go',
	},
	kubectlPatch: {
		title: 'Kubernetes: kubectl patch (no strategic merge patch for custom resources)',
		url: 'https://kubernetes.io/docs/reference/kubectl/generated/kubectl_patch/',
	},
	vpcCniSwapIssue: {
		title: 'projectcalico/calico#3512 (replacing the VPC CNI with Calico on a running cluster)',
		url: 'https://github.com/projectcalico/calico/issues/3512',
	},
	operatorPoolDefaults: {
		title: 'tigera/operator v1.42.4 pkg/controller/ippool/defaults.go',
		url: 'https://github.com/tigera/operator/blob/v1.42.4/pkg/controller/ippool/defaults.go',
	},
	operatorPoolValidation: {
		title: 'tigera/operator v1.42.4 pkg/controller/ippool/validation.go',
		url: 'https://github.com/tigera/operator/blob/v1.42.4/pkg/controller/ippool/validation.go',
	},
	ipv6Page: calicoPage('networking/ipam/ipv6', 'Configure dual stack or IPv6 only'),
	windowsLimitationsPage: calicoPage(
		'getting-started/kubernetes/windows-calico/limitations',
		'Calico for Windows limitations and known issues'
	),
	windowsOperatorPage: calicoPage(
		'getting-started/kubernetes/windows-calico/operator',
		'Install Calico for Windows using the operator'
	),
	aksMigratePage: calicoPage(
		'getting-started/kubernetes/managed-public-cloud/aks-migrate',
		'Migrate from Azure-managed Calico to self-managed Calico'
	),
	rfc4193: {
		title: 'RFC 4193: Unique Local IPv6 Unicast Addresses',
		url: 'https://www.rfc-editor.org/rfc/rfc4193',
	},
	operatorMigrationPage: calicoPage(
		'operations/operator-migration',
		'Migrate Calico to an operator-managed installation'
	),
	// AWS
	eniMaxPods: {
		title: 'awslabs/amazon-eks-ami nodeadm/internal/kubelet/eni_max_pods.go',
		url: `${eksAmi}/nodeadm/internal/kubelet/eni_max_pods.go`,
	},
	instanceInfo: {
		title: 'awslabs/amazon-eks-ami nodeadm/internal/kubelet/instance-info.jsonl',
		url: `${eksAmi}/nodeadm/internal/kubelet/instance-info.jsonl`,
	},
	kubeletConfig: {
		title: 'awslabs/amazon-eks-ami nodeadm/internal/kubelet/config.go',
		url: `${eksAmi}/nodeadm/internal/kubelet/config.go`,
	},
	maxPodsCalculator: {
		title: 'awslabs/amazon-eks-ami templates/al2023/runtime/max-pods-calculator.sh',
		url: `${eksAmi}/templates/al2023/runtime/max-pods-calculator.sh`,
	},
	eksMorePods: {
		title: 'Amazon EKS User Guide: Assign more IP addresses to nodes with prefixes',
		url: 'https://docs.aws.amazon.com/eks/latest/userguide/cni-increase-ip-addresses.html',
	},
	vpcCniReadme: {
		title: 'aws/amazon-vpc-cni-k8s README',
		url: 'https://github.com/aws/amazon-vpc-cni-k8s',
	},
	ec2Mtu: {
		title: 'Amazon EC2 User Guide: Network maximum transmission unit (MTU)',
		url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/network_mtu.html',
	},
	vpcSubnetSizing: {
		title: 'Amazon VPC User Guide: Subnet CIDR blocks',
		url: 'https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html',
	},
	eksCustomNetworking: {
		title: 'Amazon EKS User Guide: Deploy pods in alternate subnets with custom networking',
		url: 'https://docs.aws.amazon.com/eks/latest/userguide/cni-custom-network.html',
	},
	eksBestPracticesCustomNetworking: {
		title: 'Amazon EKS Best Practices Guide: Custom networking',
		url: 'https://docs.aws.amazon.com/eks/latest/best-practices/custom-networking.html',
	},
	eksIpv6: {
		title: 'Amazon EKS User Guide: Learn about IPv6 addresses to clusters, pods, and services',
		url: 'https://docs.aws.amazon.com/eks/latest/userguide/cni-ipv6.html',
	},
	eksPrefixProcedure: {
		title: 'Amazon EKS User Guide: Increase the available IP addresses for your Amazon EKS node',
		url: 'https://docs.aws.amazon.com/eks/latest/userguide/cni-increase-ip-addresses-procedure.html',
	},
	eksAlternateCni: {
		title: 'Amazon EKS User Guide: Alternate CNI plugins for Amazon EKS clusters',
		url: 'https://docs.aws.amazon.com/eks/latest/userguide/alternate-cni-plugins.html',
	},
	vpcCniProposal: {
		title: 'aws/amazon-vpc-cni-k8s docs/cni-proposal.md (the L-IPAM daemon on each node)',
		url: 'https://github.com/aws/amazon-vpc-cni-k8s/blob/master/docs/cni-proposal.md',
	},
	eksFargate: {
		title: 'Amazon EKS User Guide: Simplify compute management with AWS Fargate',
		url: 'https://docs.aws.amazon.com/eks/latest/userguide/fargate.html',
	},
	eksAutoNetworkPolicy: {
		title: 'Amazon EKS User Guide: Use network policies with EKS Auto Mode',
		url: 'https://docs.aws.amazon.com/eks/latest/userguide/auto-net-pol.html',
	},
	eksHybridNodesCni: {
		title: 'Amazon EKS User Guide: Configure a CNI for hybrid nodes',
		url: 'https://docs.aws.amazon.com/eks/latest/userguide/hybrid-nodes-cni.html',
	},
	eksHybridCalicoMoved: {
		title:
			'awsdocs/amazon-eks-user-guide PR 1163: the hybrid nodes CNI page as it moved Calico’s guide to aws-samples/eks-hybrid-examples',
		url: 'https://github.com/awsdocs/amazon-eks-user-guide/pull/1163',
	},
	eksHybridCniBefore: {
		title:
			'awsdocs/amazon-eks-user-guide 7ddc234d01 latest/ug/nodes/hybrid-nodes-cni.adoc (before Calico moved out)',
		url: 'https://github.com/awsdocs/amazon-eks-user-guide/blob/7ddc234d01246c925667375bd89203c80ff3ea5f/latest/ug/nodes/hybrid-nodes-cni.adoc',
	},
	eksRemotePodNetworkApi: {
		title: 'Amazon EKS API Reference: RemotePodNetwork',
		url: 'https://docs.aws.amazon.com/eks/latest/APIReference/API_RemotePodNetwork.html',
	},
	eksHybridNodesGateway: {
		title: 'Amazon EKS User Guide: EKS hybrid nodes gateway',
		url: 'https://docs.aws.amazon.com/eks/latest/userguide/hybrid-nodes-gateway-overview.html',
	},
	vpcCniAnnotatePodIp: {
		title: 'aws/amazon-vpc-cni-k8s README: ANNOTATE_POD_IP',
		url: 'https://github.com/aws/amazon-vpc-cni-k8s#annotate_pod_ip-v193',
	},
	// Azure
	vnetFaq: {
		title: 'Azure Virtual Network FAQ (“Layer 3 overlays”)',
		url: 'https://learn.microsoft.com/azure/virtual-network/virtual-networks-faq',
	},
	aksKubenet: {
		title: 'AKS: Use kubenet networking',
		url: 'https://learn.microsoft.com/azure/aks/configure-kubenet',
	},
	aksKubenetRetirement: {
		title: 'Azure/AKS#4859 (kubenet retirement)',
		url: 'https://github.com/Azure/AKS/issues/4859',
	},
	aksCniOverlay: {
		title: 'AKS: Azure CNI Overlay networking',
		url: 'https://learn.microsoft.com/azure/aks/azure-cni-overlay',
	},
	aksIpPlanning: {
		title: 'AKS: IP address planning (max pods per node)',
		url: 'https://learn.microsoft.com/azure/aks/concepts-network-ip-address-planning',
	},
	aksUpdateCni: {
		title: 'AKS: Update Azure CNI IPAM mode and data plane technology',
		url: 'https://learn.microsoft.com/azure/aks/update-azure-cni',
	},
	aksCniCilium: {
		title: 'AKS: Configure Azure CNI Powered by Cilium',
		url: 'https://learn.microsoft.com/azure/aks/azure-cni-powered-by-cilium',
	},
	aksNetworkPolicies: {
		title: 'AKS: Secure traffic between pods with network policies',
		url: 'https://learn.microsoft.com/azure/aks/use-network-policies',
	},
	// Google Cloud
	gcpMtu: {
		title: 'Google Cloud VPC: Maximum transmission unit',
		url: 'https://cloud.google.com/vpc/docs/mtu',
	},
	gkeFlexiblePodCidr: {
		title: 'GKE: Configure maximum Pods per node',
		url: 'https://cloud.google.com/kubernetes-engine/docs/how-to/flexible-pod-cidr',
	},
	gkeMultiPodCidr: {
		title: 'GKE: Add Pod IPv4 address ranges (discontiguous multi-Pod CIDR)',
		url: 'https://cloud.google.com/kubernetes-engine/docs/how-to/multi-pod-cidr',
	},
	gkeDataplaneV2: {
		title: 'GKE: Dataplane V2',
		url: 'https://cloud.google.com/kubernetes-engine/docs/how-to/dataplane-v2',
	},
	gkeDataplaneV2Concepts: {
		title: 'GKE: About GKE Dataplane V2',
		url: 'https://cloud.google.com/kubernetes-engine/docs/concepts/dataplane-v2',
	},
	gkeMigrateDataplaneV2: {
		title: 'GKE: Migrate a cluster to GKE Dataplane V2',
		url: 'https://cloud.google.com/kubernetes-engine/docs/how-to/migrate-dataplane-v2',
	},
	gkeNetworkPolicy: {
		title: 'GKE: Control communication between Pods with network policies',
		url: 'https://cloud.google.com/kubernetes-engine/docs/how-to/network-policy',
	},
} as const satisfies Record<string, Source>;

/** The name of a source document. */
export type SourceId = keyof typeof sources;
