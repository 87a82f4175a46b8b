import { newestRelease, releases, releaseText, since } from './releases';
import { sources as s } from './sources';
import { checkedOn, fact } from './types';

const oldest = releases[0];

/** Calico's own numbers and rules: versions, header overheads, ports, IP address management, BGP. */
export const calicoFacts = {
	calicoVersion: fact(
		newestRelease.minor,
		`Calico release the guidance is written for (operator ${newestRelease.operator} ships ${newestRelease.patch})`,
		[s.calicoRelease],
		checkedOn.calico
	),
	ipipOverheadV4: fact(
		20,
		'Bytes IP-in-IP adds to an IPv4 packet (Calico has no IP-in-IP for IPv6)',
		[s.felixDataplane, s.mtuPage],
		checkedOn.calico
	),
	vxlanOverheadV4: fact(
		50,
		'Bytes VXLAN adds over IPv4: outer IPv4 20 + UDP 8 + VXLAN 8 + inner Ethernet 14',
		[s.felixDataplane, s.mtuPage],
		checkedOn.calico
	),
	vxlanOverheadV6: fact(
		70,
		'Bytes VXLAN adds over IPv6 (outer IPv6 header 40)',
		[s.felixDataplane, s.mtuPage],
		checkedOn.calico
	),
	wireguardOverheadV4: fact(
		60,
		'Bytes Felix reserves for WireGuard over IPv4',
		[s.felixDataplane, s.mtuPage],
		checkedOn.calico
	),
	wireguardOverheadV6: fact(
		80,
		'Bytes Felix reserves for WireGuard over IPv6',
		[s.felixDataplane, s.mtuPage],
		checkedOn.calico
	),
	aksWireguardExtraBytes: fact(
		100,
		'Extra bytes Felix subtracts for WireGuard on AKS, automatically only with kubernetesProvider AKS and host encryption on',
		[s.felixDataplane, s.mtuPage]
	),
	felixFallbackMtu: fact(
		1460,
		'MTU Felix assumes when it cannot detect the host MTU',
		[s.felixDataplane],
		checkedOn.calico
	),
	bgpPort: fact(179, 'TCP port of BGP sessions', [s.requirementsPage], checkedOn.docs),
	ipipProtocol: fact(4, 'IP protocol number of IP-in-IP', [s.requirementsPage], checkedOn.docs),
	vxlanPort: fact(
		4789,
		'UDP port of Calico’s VXLAN',
		[s.requirementsPage, s.felixConfigParams],
		checkedOn.docs
	),
	vxlanVni: fact(
		4096,
		'VXLAN network identifier Calico uses',
		[s.felixConfigParams],
		checkedOn.calico
	),
	typhaPort: fact(5473, 'TCP port of Typha', [s.requirementsPage], checkedOn.docs),
	wireguardPortV4: fact(
		51820,
		'UDP port of WireGuard over IPv4',
		[s.felixConfigParams],
		checkedOn.calico
	),
	wireguardPortV6: fact(
		51821,
		'UDP port of WireGuard over IPv6',
		[s.felixConfigParams],
		checkedOn.calico
	),
	flannelVxlanPort: fact(8472, 'UDP port of Flannel’s VXLAN backend (the Linux kernel’s default)', [
		s.flannelBackends,
	]),
	blockSizeV4: fact(
		{ default: 26, min: 20, max: 32 },
		'Calico IPAM block prefix length for IPv4: default and allowed range',
		[s.ipPoolApi, s.ipPoolPage],
		checkedOn.calico
	),
	blockSizeV6: fact(
		{ default: 122, min: 116, max: 128 },
		'Calico IPAM block prefix length for IPv6: default and allowed range',
		[s.ipPoolApi, s.ipPoolPage],
		checkedOn.calico
	),
	tunnelAddressesPerNode: fact(
		1,
		'Addresses each node takes from its first IPAM block for its tunnel device with VXLAN, IP-in-IP or WireGuard (so a /26 first block serves 63 pods)',
		[s.allocateIp]
	),
	defaultPoolV4: fact(
		'192.168.0.0/16',
		'Default IPv4 pool of the operator and manifests (kubeadm’s pod subnet is used when present)',
		[s.quickstartResources, s.ipPoolPage],
		checkedOn.calico
	),
	eksDefaultPool: fact(
		'172.16.0.0/16',
		'Default IPv4 pool the operator uses on EKS',
		[s.eksPage],
		checkedOn.docs
	),
	hostLocalUnassignable: fact(
		3,
		'Addresses of each host-local range never given to pods: network address, gateway (.1) and broadcast',
		[s.hostLocalRange],
		checkedOn.calico
	),
	hostLocalRangePrefix: fact(
		24,
		'Prefix length of the per-node range in the host-local options',
		[s.hostLocalRange, s.aksKubenet],
		checkedOn.calico
	),
	bgpMeshNodeLimit: fact(
		100,
		'Nodes a full node-to-node BGP mesh suits; beyond, use route reflectors',
		[s.bgpPage],
		checkedOn.docs
	),
	defaultAsNumber: fact(64512, 'Calico’s default BGP AS number', [s.bgpPage], checkedOn.docs),
	programClusterRoutesSince: fact(
		since('programClusterRoutes').minor,
		'First release in which Felix can program IP-in-IP routes instead of BIRD (FelixConfiguration programClusterRoutes); unencapsulated routes stayed with BIRD',
		[s.felixConfigApi331, s.felixConfigParams331]
	),
	unencapsulatedRoutesByFelixSince: fact(
		since('unencapsulatedRoutesByFelix').minor,
		'First release in which Felix can program unencapsulated routes too (BGPConfiguration programClusterRoutes: Disabled)',
		[s.bgpConfigApi332]
	),
	clusterRoutingModeSince: fact(
		since('clusterRoutingMode').minor,
		`First Calico release whose operator has calicoNetwork.clusterRoutingMode: Felix (operator v${releaseText(since('clusterRoutingMode'), 'operator-minor')})`,
		[s.calicoRelease, s.operatorValidation]
	),
	ipipWithoutBgpSince: fact(
		since('ipipRoutesByFelixDefault').minor,
		`First release in which Felix programs IP-in-IP routes by default, so IP-in-IP needs IP protocol 4 but no BGP; operator v${releaseText(since('ipipRoutesByFelixDefault'), 'operator-minor')} accepts bgp: Disabled unless clusterRoutingMode is BIRD`,
		[s.clusterRouteDesign, s.clusterRoutesPr, s.operatorFelixIpipOnlyPr, s.operatorValidation],
		'2026-12-03'
	),
	aggregatedApiServerDeprecatedSince: fact(
		'3.32',
		'Release that deprecates the aggregated Calico API server for native projectcalico.org/v3 CRDs',
		[s.nativeV3Crds],
		'2026-12-03'
	),
	birdReadinessWithBgp: fact(
		'--bird-ready',
		'The check the operator adds to calico-node’s readiness probe when calicoNetwork.bgp is Enabled: the node is not ready until its BGP sessions are established',
		[s.operatorNodeProbes, s.nodeHealthBird],
		'2026-12-03'
	),
	birdIpipRoutesRemoval: fact(
		'3.35',
		'Release due to remove BIRD-programmed IP-in-IP routes, deprecated in 3.33',
		[s.clusterRouteDesign],
		'2026-12-03'
	),
	operatorBgpDefault: fact(
		{ default: 'Enabled', eks: 'Disabled', nonCalicoCni: 'Disabled' },
		'What the operator fills in for a missing calicoNetwork.bgp',
		[s.operatorDefaults]
	),
	operatorCniDefaults: fact(
		{
			cniByProvider: { EKS: 'AmazonVPC', AKS: 'AzureVNET', GKE: 'GKE', other: 'Calico' },
			ipamByCni: {
				Calico: 'Calico',
				AmazonVPC: 'AmazonVPC',
				AzureVNET: 'AzureVNET',
				GKE: 'HostLocal',
			},
		},
		'What the operator fills in for a missing spec.cni.type (by kubernetesProvider) and spec.cni.ipam.type (by CNI)',
		[s.operatorDefaults]
	),
	operatorNatOutgoingDefault: fact(
		'Enabled',
		'What the operator fills in for an IPv4 IP pool with no natOutgoing (block size defaults to the IPAM default for its IP version)',
		[s.operatorDefaults]
	),
	operatorNodeSelectorDefault: fact(
		'all()',
		'What the operator fills in for an IP pool with no nodeSelector',
		[s.operatorDefaults]
	),
	windowsEncapsulations: fact(
		['VXLAN', 'unencapsulated BGP'],
		'What Windows nodes support: no IP-in-IP and no cross-subnet VXLAN',
		[s.windowsPage],
		checkedOn.docs
	),
	ipipIpv4Only: fact(
		true,
		'IP-in-IP carries IPv4 only: an IPv6 IP pool with IP-in-IP is rejected, by the IP pool API and by the operator',
		[s.ipPoolApi, s.operatorValidation, s.ipPoolPage]
	),
	ebpfNeedsVxlan: fact(
		true,
		'The eBPF dataplane forwards NodePort traffic to the node that runs the backing pod in VXLAN, so the network must pass VXLAN between nodes even when pods are not wrapped',
		[s.ebpfPage, s.ebpfInstallPage]
	),
	ebpfNotOnGke: fact(
		true,
		'Calico’s eBPF dataplane does not run on GKE (GKE is not among its supported platforms)',
		[s.ebpfPage, s.gkePage]
	),
	wireguardNotOnGke: fact(true, 'Calico’s WireGuard encryption is not supported on GKE', [
		s.wireguardPage,
	]),
	wireguardFields: fact(
		{ ipv4: 'wireguardEnabled', ipv6: 'wireguardEnabledV6' },
		'FelixConfiguration fields that turn on WireGuard encryption of pod traffic between nodes',
		[s.wireguardPage, s.felixConfigPage]
	),
	installationPoolChanges: fact(
		{ inPlace: 'encapsulation', identity: 'cidr', fixed: 'blockSize' },
		'How the operator applies an edited spec.calicoNetwork.ipPools entry: a new encapsulation updates the pool in place; the CIDR names the pool, so a changed CIDR is a new pool and the old one is deleted; Calico’s IP pool API refuses a changed block size; cidr is required',
		[s.operatorPoolController, s.operatorPoolValidation, s.ipPoolClient],
		'2026-12-02'
	),
	installationApplyReplacesPools: fact(
		true,
		'kubectl apply of an Installation replaces the whole spec.calicoNetwork.ipPools list (custom resources take JSON merge patches, not strategic ones), and the operator deletes the pools it owns that the list no longer holds',
		[s.kubectlPatch, s.operatorPoolController],
		'2026-12-02'
	),
	installationPoolDrainField: fact(
		'disableNewAllocations',
		'Field of an Installation pool entry that stops new addresses from the pool; the operator writes it to the IPPool’s disabled field',
		[s.operatorInstallationTypes, s.operatorPoolController, s.ipPoolApi],
		'2026-12-02'
	),
	operatorPoolEncapsulationDefault: fact(
		{ ipv4CalicoCni: 'IPIP', otherwise: 'None', eksDefaultPool: 'VXLAN' },
		'What the operator fills in for an IP pool with no encapsulation: IPIP for an IPv4 pool with the Calico CNI, None for an IPv6 pool or another CNI; the pool it creates itself on EKS is VXLAN',
		[s.operatorPoolDefaults],
		'2026-12-02'
	),
	operatorNatOutgoingDefaultV6: fact(
		'Disabled',
		'What the operator fills in for an IPv6 IP pool with no natOutgoing',
		[s.operatorPoolDefaults],
		'2026-12-02'
	),
	operatorDefaultPoolName: fact(
		'default-ipv4-ippool',
		'Name of the IPv4 pool the operator creates when the Installation lists none',
		[s.operatorPoolDefaults],
		'2026-12-02'
	),
	operatorPoolsFromPlatform: fact(
		['the podSubnet of kubeadm’s kubeadm-config ConfigMap', 'OpenShift’s cluster network'],
		'Where the operator takes the pools from when the Installation lists none, before its own default (and it creates none when the cluster already has IP pools, or with IPAM other than Calico’s)',
		[s.operatorPoolDefaults],
		'2026-12-02'
	),
	windowsStrictAffinity: fact(
		true,
		'With Calico IPAM, Windows nodes need strictAffinity: true in the default IPAMConfiguration',
		[s.windowsPage, s.ipamConfigApi],
		'2026-12-02'
	),
	windowsCalicoCniPlatforms: fact(
		['Kubernetes you run yourself', 'OpenShift', 'RKE'],
		'Where Calico for Windows supports Calico CNI networking (VXLAN or BGP); on EKS its Windows nodes need the Amazon VPC CNI, on AKS the Azure CNI',
		[s.windowsPage],
		'2026-12-02'
	),
	aksSelfManagedNoWindows: fact(
		true,
		'Calico networking you install yourself on AKS (a cluster created with network plugin none) does not support the Windows dataplane',
		[s.aksPage],
		'2026-12-02'
	),
	windowsNoWireguard: fact(
		true,
		'Calico for Windows does not encrypt with WireGuard',
		[s.windowsLimitationsPage],
		'2026-12-02'
	),
	windowsNoIpv6: fact(
		true,
		'Calico for Windows networks IPv4 only: no IPv6 and no dual-stack pods',
		[s.windowsLimitationsPage],
		'2026-12-02'
	),
	windowsNoEbpf: fact(
		true,
		'The eBPF dataplane is Linux only, and a cluster that mixes eBPF nodes with Windows nodes is not supported',
		[s.windowsLimitationsPage, s.ebpfPage],
		'2026-12-02'
	),
	calicoPatchRelease: fact(
		newestRelease.patch,
		'Calico release whose operator and CRD manifests the generated install steps name',
		[s.calicoRelease, s.aksPage],
		'2026-12-02'
	),
	ipv6PoolExample: fact(
		'fd00:10:244::/48',
		'IPv6 pool the configuration writes for dual-stack pods until the reader gives the cluster’s own: a unique local range (fd00::/8), so it never collides with public addresses',
		[s.rfc4193, s.ipv6Page],
		'2026-12-02'
	),
	ipv6NodeAutodetectionField: fact(
		'nodeAddressAutodetectionV6',
		'Installation field (spec.calicoNetwork) that has Calico detect each node’s IPv6 address; left out, no IPv6 address is detected',
		[s.operatorInstallationTypes, s.installationApiPage],
		'2026-12-02'
	),
	wireguardPodTrafficIpv4Only: fact(
		true,
		'Calico documents wireguardEnabledV6, yet lists WireGuard encryption of pod traffic between nodes as IPv4 only',
		[s.wireguardPage],
		'2026-12-02'
	),
	windowsDataplaneField: fact(
		'HNS' as const,
		'Value of spec.calicoNetwork.windowsDataplane that installs Calico on Windows nodes, with the cluster’s service range in spec.serviceCIDRs and strict IPAM affinity',
		[s.windowsOperatorPage, s.operatorInstallationTypes],
		'2026-12-02'
	),
	windowsReservedPerBlock: fact(
		4,
		'Addresses of each block a Windows node owns that Windows keeps for itself (60 of a /26 left for pods)',
		[s.windowsLimitationsPage],
		'2026-12-02'
	),
	windowsBlocksPerNode: fact(
		1,
		'Blocks a Windows node uses by default (kube-proxy on Windows takes one block per host; Windows nodes neither borrow nor lend)',
		[s.windowsLimitationsPage],
		'2026-12-02'
	),
	kubevirtLiveMigrationSince: fact(
		since('kubevirtLiveMigration').minor,
		'First Calico release that live-migrates KubeVirt VMs with their IP address: bridge binding, the VM’s address kept by IPAM (kubeVirtVMAddressPersistence, on by default), and route priorities that steer traffic to the new host',
		[s.kubevirtPage, s.ipamConfigApi332, s.felixConfigApi332],
		'2026-12-03'
	),
	kubevirtNeedsBgpUnwrapped: fact(
		true,
		'KubeVirt live migration needs Calico’s BGP networking: pools with VXLAN or IP-in-IP are not supported yet (Calico plans them)',
		[s.kubevirtPage],
		'2026-12-03'
	),
	kubevirtNoWireguard: fact(
		true,
		'KubeVirt live migration is not supported with WireGuard encryption',
		[s.kubevirtPage],
		'2026-12-03'
	),
	kubevirtMigrationPorts: fact(
		[49152, 49153] as const,
		'TCP ports libvirt and QEMU use between hosts to copy a VM during live migration; host endpoint policy must let them through',
		[s.kubevirtPage],
		'2026-12-03'
	),
	kubevirtPolicySetupTimeout: fact(
		10,
		'Seconds the example sets in calicoNetwork.linuxPolicySetupTimeoutSeconds, so the CNI plugin waits for policy on the target host before the migration goes on',
		[s.kubevirtPage, s.operatorInstallationTypes],
		'2026-12-03'
	),
	l2ReachabilitySince: fact(
		since('localSubnetL2Reachability').minor,
		'First Calico release whose Felix answers ARP and NDP for pod and LoadBalancer addresses of unencapsulated pools inside the host subnet (FelixConfiguration localSubnetL2Reachability: PodsAndLoadBalancers; off by default)',
		[s.felixConfigApi333, s.l2ReachabilityPage],
		'2026-12-03'
	),
	l2ReachabilityLimits: fact(
		[
			'one node answers for each LoadBalancer address, with no failover until that node’s Node object is deleted',
			'Services must keep externalTrafficPolicy: Cluster (with Local, the answering node may have no backend and drops the traffic)',
			'kube-proxy in IPVS mode needs ipvs.strictARP: true, or every node answers for the address',
			'networks that filter ARP, such as an AWS VPC, drop the answers',
		] as const,
		'Limits of Calico’s L2 reachability for LoadBalancer addresses',
		[s.l2ReachabilityPage],
		'2026-12-03'
	),
	lbPoolExample: fact(
		'10.0.2.0/24',
		'LoadBalancer pool the configuration writes until the reader gives a range of their own (the example of Calico’s L2 reachability page)',
		[s.l2ReachabilityPage],
		'2026-12-03'
	),
	lbIpamNeedsPool: fact(
		true,
		`Calico’s LoadBalancer IPAM (KubeControllersConfiguration loadBalancer.assignIPs, AllServices by default already in ${oldest.minor}) hands out addresses only from IP pools with allowedUses: [LoadBalancer]`,
		[s.serviceLbPage, s.kubeControllersConfigApi331],
		'2026-12-03'
	),
	lbBgpField: fact(
		'serviceLoadBalancerIPs',
		'BGPConfiguration field listing the LoadBalancer ranges the nodes advertise to their BGP peers',
		[s.advertiseServiceIpsPage, s.bgpConfigPage],
		'2026-12-03'
	),
	nftablesModeByOperator: fact(
		{ nftables: 'Auto', nftablesBeforeAuto: 'Enabled', otherwise: 'Disabled' } as const,
		`FelixConfiguration nftablesMode the operator writes: for linuxDataplane Nftables, Auto (each node follows kube-proxy’s mode; Enabled with operator ${releaseText(oldest, 'operator-minor')}, Calico ${oldest.minor}); for any other linuxDataplane, including the default Iptables, Disabled`,
		[s.operatorNftables333, s.operatorNftables331],
		'2026-12-03'
	),
	manifestPoolEnvFirstPoolOnly: fact(
		true,
		'calico-node creates an IPv4 pool from CALICO_IPV4POOL_* only when the cluster has no IPv4 pool; once one exists, the variables change nothing (an unset mode means Never; the CIDR falls back to kubeadm’s pod subnet, then 192.168.0.0/16)',
		[s.nodeStartup333],
		'2026-12-03'
	),
	tigeraStatusDegraded: fact(
		'Degraded',
		'TigeraStatus condition type the operator sets True, with a reason (InvalidConfigurationError, ResourceNotReady, PodFailure, …) and a message, when a component it manages cannot reach the state it should',
		[s.operatorTigeraStatusTypes],
		'2026-12-03'
	),
	helmValuesKeys: fact(
		[
			'installation',
			'apiServer',
			'goldmane',
			'whisker',
			'defaultFelixConfiguration',
			'kubernetesServiceEndpoint',
			'manageCRDs',
			'tigeraOperator',
			'calicoctl',
		] as const,
		'Top-level keys of the tigera-operator chart’s values: installation holds the Installation spec (rendered unless enabled: false); defaultFelixConfiguration is rendered only with enabled: true',
		[s.helmChartValues333],
		'2026-12-03'
	),
	serviceCidrExample: fact(
		'10.96.0.0/12',
		'Service range the Windows Installation writes in spec.serviceCIDRs until the reader gives the cluster’s own (kubeadm’s default --service-cidr); the operator rejects Calico for Windows with the Calico CNI and no serviceCIDRs',
		[s.kubeadmInitPage, s.operatorValidation144],
		'2026-12-03'
	),
	quickstartPool: fact(
		{ cidr: '192.168.0.0/16', encapsulation: 'VXLANCrossSubnet', blockSize: 26 } as const,
		'The IP pool of the Installation in Calico’s quickstart (manifests/custom-resources.yaml), which the kind and minikube guides apply too',
		[s.quickstartResources333, s.kindPage],
		'2026-12-04'
	),
	kindDisableDefaultCni: fact(
		'networking.disableDefaultCNI: true',
		'What a kind cluster’s configuration sets so that kind does not install its own CNI (kindnetd) and Calico can be the CNI; the guide also sets networking.podSubnet to the pool’s CIDR',
		[s.kindPage],
		'2026-12-04'
	),
	minikubeCalico: fact(
		'minikube start --cni=calico',
		'The minikube flag that starts a cluster with minikube’s own packaged Calico; for the operator, start with --cni=false --network-plugin=cni and a pod-network-cidr of the pool',
		[s.minikubePage],
		'2026-12-04'
	),
} as const;
