import { newestRelease, since } from './releases';
import { sources as s } from './sources';
import { checkedOn, sourced } from './types';

/** Calico's own numbers and rules: versions, header overheads, ports, IP address management, BGP. */
export const calicoFacts = {
	calicoVersion: sourced(newestRelease.minor, [s.calicoRelease], checkedOn.calico),
	ipipOverheadV4: sourced(20, [s.felixDataplane, s.mtuPage], checkedOn.calico),
	vxlanOverheadV4: sourced(50, [s.felixDataplane, s.mtuPage], checkedOn.calico),
	vxlanOverheadV6: sourced(70, [s.felixDataplane, s.mtuPage], checkedOn.calico),
	wireguardOverheadV4: sourced(60, [s.felixDataplane, s.mtuPage], checkedOn.calico),
	wireguardOverheadV6: sourced(80, [s.felixDataplane, s.mtuPage], checkedOn.calico),
	aksWireguardExtraBytes: sourced(100, [s.felixDataplane, s.mtuPage]),
	felixFallbackMtu: sourced(1460, [s.felixDataplane], checkedOn.calico),
	bgpPort: sourced(179, [s.requirementsPage], checkedOn.docs),
	ipipProtocol: sourced(4, [s.requirementsPage], checkedOn.docs),
	vxlanPort: sourced(4789, [s.requirementsPage, s.felixConfigParams], checkedOn.docs),
	vxlanVni: sourced(4096, [s.felixConfigParams], checkedOn.calico),
	typhaPort: sourced(5473, [s.requirementsPage], checkedOn.docs),
	wireguardPortV4: sourced(51820, [s.felixConfigParams], checkedOn.calico),
	wireguardPortV6: sourced(51821, [s.felixConfigParams], checkedOn.calico),
	flannelVxlanPort: sourced(8472, [s.flannelBackends]),
	blockSizeV4: sourced(
		{ default: 26, min: 20, max: 32 },
		[s.ipPoolApi, s.ipPoolPage],
		checkedOn.calico
	),
	blockSizeV6: sourced(
		{ default: 122, min: 116, max: 128 },
		[s.ipPoolApi, s.ipPoolPage],
		checkedOn.calico
	),
	tunnelAddressesPerNode: sourced(1, [s.allocateIp]),
	defaultPoolV4: sourced('192.168.0.0/16', [s.quickstartResources, s.ipPoolPage], checkedOn.calico),
	eksDefaultPool: sourced('172.16.0.0/16', [s.eksPage], checkedOn.docs),
	hostLocalUnassignable: sourced(3, [s.hostLocalRange], checkedOn.calico),
	hostLocalRangePrefix: sourced(24, [s.hostLocalRange, s.aksKubenet], checkedOn.calico),
	bgpMeshNodeLimit: sourced(100, [s.bgpPage], checkedOn.docs),
	defaultAsNumber: sourced(64512, [s.bgpPage], checkedOn.docs),
	programClusterRoutesSince: sourced(since('programClusterRoutes').minor, [
		s.felixConfigApi331,
		s.felixConfigParams331,
	]),
	unencapsulatedRoutesByFelixSince: sourced(since('unencapsulatedRoutesByFelix').minor, [
		s.bgpConfigApi332,
	]),
	clusterRoutingModeSince: sourced(since('clusterRoutingMode').minor, [
		s.calicoRelease,
		s.operatorValidation,
	]),
	ipipWithoutBgpSince: sourced(
		since('ipipRoutesByFelixDefault').minor,
		[s.clusterRouteDesign, s.clusterRoutesPr, s.operatorFelixIpipOnlyPr, s.operatorValidation],
		'2026-12-03'
	),
	aggregatedApiServerDeprecatedSince: sourced('3.32', [s.nativeV3Crds], '2026-12-03'),
	birdReadinessWithBgp: sourced(
		'--bird-ready',
		[s.operatorNodeProbes, s.nodeHealthBird],
		'2026-12-03'
	),
	birdIpipRoutesRemoval: sourced('3.35', [s.clusterRouteDesign], '2026-12-03'),
	operatorBgpDefault: sourced({ default: 'Enabled', eks: 'Disabled', nonCalicoCni: 'Disabled' }, [
		s.operatorDefaults,
	]),
	operatorCniDefaults: sourced(
		{
			cniByProvider: { EKS: 'AmazonVPC', AKS: 'AzureVNET', GKE: 'GKE', other: 'Calico' },
			ipamByCni: {
				Calico: 'Calico',
				AmazonVPC: 'AmazonVPC',
				AzureVNET: 'AzureVNET',
				GKE: 'HostLocal',
			},
		},
		[s.operatorDefaults]
	),
	operatorNatOutgoingDefault: sourced('Enabled', [s.operatorDefaults]),
	operatorNodeSelectorDefault: sourced('all()', [s.operatorDefaults]),
	windowsEncapsulations: sourced(['VXLAN', 'unencapsulated BGP'], [s.windowsPage], checkedOn.docs),
	ipipIpv4Only: sourced(true, [s.ipPoolApi, s.operatorValidation, s.ipPoolPage]),
	ebpfNeedsVxlan: sourced(true, [s.ebpfPage, s.ebpfInstallPage]),
	ebpfNotOnGke: sourced(true, [s.ebpfPage, s.gkePage]),
	wireguardNotOnGke: sourced(true, [s.wireguardPage]),
	wireguardFields: sourced({ ipv4: 'wireguardEnabled', ipv6: 'wireguardEnabledV6' }, [
		s.wireguardPage,
		s.felixConfigPage,
	]),
	installationPoolChanges: sourced(
		{ inPlace: 'encapsulation', identity: 'cidr', fixed: 'blockSize' },
		[s.operatorPoolController, s.operatorPoolValidation, s.ipPoolClient],
		'2026-12-02'
	),
	installationApplyReplacesPools: sourced(
		true,
		[s.kubectlPatch, s.operatorPoolController],
		'2026-12-02'
	),
	installationPoolDrainField: sourced(
		'disableNewAllocations',
		[s.operatorInstallationTypes, s.operatorPoolController, s.ipPoolApi],
		'2026-12-02'
	),
	operatorPoolEncapsulationDefault: sourced(
		{ ipv4CalicoCni: 'IPIP', otherwise: 'None', eksDefaultPool: 'VXLAN' },
		[s.operatorPoolDefaults],
		'2026-12-02'
	),
	operatorNatOutgoingDefaultV6: sourced('Disabled', [s.operatorPoolDefaults], '2026-12-02'),
	operatorDefaultPoolName: sourced('default-ipv4-ippool', [s.operatorPoolDefaults], '2026-12-02'),
	operatorPoolsFromPlatform: sourced(
		['the podSubnet of kubeadm’s kubeadm-config ConfigMap', 'OpenShift’s cluster network'],
		[s.operatorPoolDefaults],
		'2026-12-02'
	),
	windowsStrictAffinity: sourced(true, [s.windowsPage, s.ipamConfigApi], '2026-12-02'),
	windowsCalicoCniPlatforms: sourced(
		['Kubernetes you run yourself', 'OpenShift', 'RKE'],
		[s.windowsPage],
		'2026-12-02'
	),
	aksSelfManagedNoWindows: sourced(true, [s.aksPage], '2026-12-02'),
	windowsNoWireguard: sourced(true, [s.windowsLimitationsPage], '2026-12-02'),
	windowsNoIpv6: sourced(true, [s.windowsLimitationsPage], '2026-12-02'),
	windowsNoEbpf: sourced(true, [s.windowsLimitationsPage, s.ebpfPage], '2026-12-02'),
	calicoPatchRelease: sourced(newestRelease.patch, [s.calicoRelease, s.aksPage], '2026-12-02'),
	ipv6PoolExample: sourced('fd00:10:244::/48', [s.rfc4193, s.ipv6Page], '2026-12-02'),
	ipv6NodeAutodetectionField: sourced(
		'nodeAddressAutodetectionV6',
		[s.operatorInstallationTypes, s.installationApiPage],
		'2026-12-02'
	),
	wireguardPodTrafficIpv4Only: sourced(true, [s.wireguardPage], '2026-12-02'),
	windowsDataplaneField: sourced(
		'HNS' as const,
		[s.windowsOperatorPage, s.operatorInstallationTypes],
		'2026-12-02'
	),
	windowsReservedPerBlock: sourced(4, [s.windowsLimitationsPage], '2026-12-02'),
	windowsBlocksPerNode: sourced(1, [s.windowsLimitationsPage], '2026-12-02'),
	kubevirtLiveMigrationSince: sourced(
		since('kubevirtLiveMigration').minor,
		[s.kubevirtPage, s.ipamConfigApi332, s.felixConfigApi332],
		'2026-12-03'
	),
	kubevirtNeedsBgpUnwrapped: sourced(true, [s.kubevirtPage], '2026-12-03'),
	kubevirtNoWireguard: sourced(true, [s.kubevirtPage], '2026-12-03'),
	kubevirtMigrationPorts: sourced([49152, 49153] as const, [s.kubevirtPage], '2026-12-03'),
	kubevirtPolicySetupTimeout: sourced(
		10,
		[s.kubevirtPage, s.operatorInstallationTypes],
		'2026-12-03'
	),
	l2ReachabilitySince: sourced(
		since('localSubnetL2Reachability').minor,
		[s.felixConfigApi333, s.l2ReachabilityPage],
		'2026-12-03'
	),
	l2ReachabilityLimits: sourced(
		[
			'one node answers for each LoadBalancer address, with no failover until that node’s Node object is deleted',
			'Services must keep externalTrafficPolicy: Cluster (with Local, the answering node may have no backend and drops the traffic)',
			'kube-proxy in IPVS mode needs ipvs.strictARP: true, or every node answers for the address',
			'networks that filter ARP, such as an AWS VPC, drop the answers',
		] as const,
		[s.l2ReachabilityPage],
		'2026-12-03'
	),
	lbPoolExample: sourced('10.0.2.0/24', [s.l2ReachabilityPage], '2026-12-03'),
	lbIpamNeedsPool: sourced(true, [s.serviceLbPage, s.kubeControllersConfigApi331], '2026-12-03'),
	lbBgpField: sourced(
		'serviceLoadBalancerIPs',
		[s.advertiseServiceIpsPage, s.bgpConfigPage],
		'2026-12-03'
	),
	nftablesModeByOperator: sourced(
		{ nftables: 'Auto', nftablesBeforeAuto: 'Enabled', otherwise: 'Disabled' } as const,
		[s.operatorNftables333, s.operatorNftables331],
		'2026-12-03'
	),
	manifestPoolEnvFirstPoolOnly: sourced(true, [s.nodeStartup333], '2026-12-03'),
	tigeraStatusDegraded: sourced('Degraded', [s.operatorTigeraStatusTypes], '2026-12-03'),
	helmValuesKeys: sourced(
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
		[s.helmChartValues333],
		'2026-12-03'
	),
	serviceCidrExample: sourced(
		'10.96.0.0/12',
		[s.kubeadmInitPage, s.operatorValidation144],
		'2026-12-03'
	),
	quickstartPool: sourced(
		{ cidr: '192.168.0.0/16', encapsulation: 'VXLANCrossSubnet', blockSize: 26 } as const,
		[s.quickstartResources333, s.kindPage],
		'2026-12-04'
	),
	kindDisableDefaultCni: sourced('networking.disableDefaultCNI: true', [s.kindPage], '2026-12-04'),
	minikubeCalico: sourced('minikube start --cni=calico', [s.minikubePage], '2026-12-04'),
} as const;
