import { newestRelease, releases, releaseText, since } from './releases';
import type { calicoFacts } from './calico';

const oldest = releases[0];

/** What each fact of Calico and the Tigera operator is, in a few words, as the Sources page lists it; apart from the values, so the browser does not ship it. */
export const calicoAbout: Readonly<Record<keyof typeof calicoFacts, string>> = {
	calicoVersion: `Calico release the guidance is written for (operator ${newestRelease.operator} ships ${newestRelease.patch})`,
	ipipOverheadV4: 'Bytes IP-in-IP adds to an IPv4 packet (Calico has no IP-in-IP for IPv6)',
	vxlanOverheadV4:
		'Bytes VXLAN adds over IPv4: outer IPv4 20 + UDP 8 + VXLAN 8 + inner Ethernet 14',
	vxlanOverheadV6: 'Bytes VXLAN adds over IPv6 (outer IPv6 header 40)',
	wireguardOverheadV4: 'Bytes Felix reserves for WireGuard over IPv4',
	wireguardOverheadV6: 'Bytes Felix reserves for WireGuard over IPv6',
	aksWireguardExtraBytes:
		'Extra bytes Felix subtracts for WireGuard on AKS, automatically only with kubernetesProvider AKS and host encryption on',
	felixFallbackMtu: 'MTU Felix assumes when it cannot detect the host MTU',
	bgpPort: 'TCP port of BGP sessions',
	ipipProtocol: 'IP protocol number of IP-in-IP',
	vxlanPort: 'UDP port of Calico’s VXLAN',
	vxlanVni: 'VXLAN network identifier Calico uses',
	typhaPort: 'TCP port of Typha',
	wireguardPortV4: 'UDP port of WireGuard over IPv4',
	wireguardPortV6: 'UDP port of WireGuard over IPv6',
	flannelVxlanPort: 'UDP port of Flannel’s VXLAN backend (the Linux kernel’s default)',
	blockSizeV4: 'Calico IPAM block prefix length for IPv4: default and allowed range',
	blockSizeV6: 'Calico IPAM block prefix length for IPv6: default and allowed range',
	tunnelAddressesPerNode:
		'Addresses each node takes from its first IPAM block for its tunnel device with VXLAN, IP-in-IP or WireGuard (so a /26 first block serves 63 pods)',
	defaultPoolV4:
		'Default IPv4 pool of the operator and manifests (kubeadm’s pod subnet is used when present)',
	eksDefaultPool: 'Default IPv4 pool the operator uses on EKS',
	hostLocalUnassignable:
		'Addresses of each host-local range never given to pods: network address, gateway (.1) and broadcast',
	hostLocalRangePrefix: 'Prefix length of the per-node range in the host-local options',
	bgpMeshNodeLimit: 'Nodes a full node-to-node BGP mesh suits; beyond, use route reflectors',
	defaultAsNumber: 'Calico’s default BGP AS number',
	programClusterRoutesSince:
		'First release in which Felix can program IP-in-IP routes instead of BIRD (FelixConfiguration programClusterRoutes); unencapsulated routes stayed with BIRD',
	unencapsulatedRoutesByFelixSince:
		'First release in which Felix can program unencapsulated routes too (BGPConfiguration programClusterRoutes: Disabled)',
	clusterRoutingModeSince: `First Calico release whose operator has calicoNetwork.clusterRoutingMode: Felix (operator v${releaseText(since('clusterRoutingMode'), 'operator-minor')})`,
	ipipWithoutBgpSince: `First release in which Felix programs IP-in-IP routes by default, so IP-in-IP needs IP protocol 4 but no BGP; operator v${releaseText(since('ipipRoutesByFelixDefault'), 'operator-minor')} accepts bgp: Disabled unless clusterRoutingMode is BIRD`,
	aggregatedApiServerDeprecatedSince:
		'Release that deprecates the aggregated Calico API server for native projectcalico.org/v3 CRDs',
	birdReadinessWithBgp:
		'The check the operator adds to calico-node’s readiness probe when calicoNetwork.bgp is Enabled: the node is not ready until its BGP sessions are established',
	birdIpipRoutesRemoval:
		'Release due to remove BIRD-programmed IP-in-IP routes, deprecated in 3.33',
	operatorBgpDefault: 'What the operator fills in for a missing calicoNetwork.bgp',
	operatorCniDefaults:
		'What the operator fills in for a missing spec.cni.type (by kubernetesProvider) and spec.cni.ipam.type (by CNI)',
	operatorNatOutgoingDefault:
		'What the operator fills in for an IPv4 IP pool with no natOutgoing (block size defaults to the IPAM default for its IP version)',
	operatorNodeSelectorDefault: 'What the operator fills in for an IP pool with no nodeSelector',
	windowsEncapsulations: 'What Windows nodes support: no IP-in-IP and no cross-subnet VXLAN',
	ipipIpv4Only:
		'IP-in-IP carries IPv4 only: an IPv6 IP pool with IP-in-IP is rejected, by the IP pool API and by the operator',
	ebpfNeedsVxlan:
		'The eBPF dataplane forwards NodePort traffic to the node that runs the backing pod in VXLAN, so the network must pass VXLAN between nodes even when pods are not wrapped',
	ebpfNotOnGke:
		'Calico’s eBPF dataplane does not run on GKE (GKE is not among its supported platforms)',
	wireguardNotOnGke: 'Calico’s WireGuard encryption is not supported on GKE',
	wireguardFields:
		'FelixConfiguration fields that turn on WireGuard encryption of pod traffic between nodes',
	installationPoolChanges:
		'How the operator applies an edited spec.calicoNetwork.ipPools entry: a new encapsulation updates the pool in place; the CIDR names the pool, so a changed CIDR is a new pool and the old one is deleted; Calico’s IP pool API refuses a changed block size; cidr is required',
	installationApplyReplacesPools:
		'kubectl apply of an Installation replaces the whole spec.calicoNetwork.ipPools list (custom resources take JSON merge patches, not strategic ones), and the operator deletes the pools it owns that the list no longer holds',
	installationPoolDrainField:
		'Field of an Installation pool entry that stops new addresses from the pool; the operator writes it to the IPPool’s disabled field',
	operatorPoolEncapsulationDefault:
		'What the operator fills in for an IP pool with no encapsulation: IPIP for an IPv4 pool with the Calico CNI, None for an IPv6 pool or another CNI; the pool it creates itself on EKS is VXLAN',
	operatorNatOutgoingDefaultV6:
		'What the operator fills in for an IPv6 IP pool with no natOutgoing',
	operatorDefaultPoolName:
		'Name of the IPv4 pool the operator creates when the Installation lists none',
	operatorPoolsFromPlatform:
		'Where the operator takes the pools from when the Installation lists none, before its own default (and it creates none when the cluster already has IP pools, or with IPAM other than Calico’s)',
	windowsStrictAffinity:
		'With Calico IPAM, Windows nodes need strictAffinity: true in the default IPAMConfiguration',
	windowsCalicoCniPlatforms:
		'Where Calico for Windows supports Calico CNI networking (VXLAN or BGP); on EKS its Windows nodes need the Amazon VPC CNI, on AKS the Azure CNI',
	aksSelfManagedNoWindows:
		'Calico networking you install yourself on AKS (a cluster created with network plugin none) does not support the Windows dataplane',
	windowsNoWireguard: 'Calico for Windows does not encrypt with WireGuard',
	windowsNoIpv6: 'Calico for Windows networks IPv4 only: no IPv6 and no dual-stack pods',
	windowsNoEbpf:
		'The eBPF dataplane is Linux only, and a cluster that mixes eBPF nodes with Windows nodes is not supported',
	calicoPatchRelease:
		'Calico release whose operator and CRD manifests the generated install steps name',
	ipv6PoolExample:
		'IPv6 pool the configuration writes for dual-stack pods until the reader gives the cluster’s own: a unique local range (fd00::/8), so it never collides with public addresses',
	ipv6NodeAutodetectionField:
		'Installation field (spec.calicoNetwork) that has Calico detect each node’s IPv6 address; left out, no IPv6 address is detected',
	wireguardPodTrafficIpv4Only:
		'Calico documents wireguardEnabledV6, yet lists WireGuard encryption of pod traffic between nodes as IPv4 only',
	windowsDataplaneField:
		'Value of spec.calicoNetwork.windowsDataplane that installs Calico on Windows nodes, with the cluster’s service range in spec.serviceCIDRs and strict IPAM affinity',
	windowsReservedPerBlock:
		'Addresses of each block a Windows node owns that Windows keeps for itself (60 of a /26 left for pods)',
	windowsBlocksPerNode:
		'Blocks a Windows node uses by default (kube-proxy on Windows takes one block per host; Windows nodes neither borrow nor lend)',
	kubevirtLiveMigrationSince:
		'First Calico release that live-migrates KubeVirt VMs with their IP address: bridge binding, the VM’s address kept by IPAM (kubeVirtVMAddressPersistence, on by default), and route priorities that steer traffic to the new host',
	kubevirtNeedsBgpUnwrapped:
		'KubeVirt live migration needs Calico’s BGP networking: pools with VXLAN or IP-in-IP are not supported yet (Calico plans them)',
	kubevirtNoWireguard: 'KubeVirt live migration is not supported with WireGuard encryption',
	kubevirtMigrationPorts:
		'TCP ports libvirt and QEMU use between hosts to copy a VM during live migration; host endpoint policy must let them through',
	kubevirtPolicySetupTimeout:
		'Seconds the example sets in calicoNetwork.linuxPolicySetupTimeoutSeconds, so the CNI plugin waits for policy on the target host before the migration goes on',
	l2ReachabilitySince:
		'First Calico release whose Felix answers ARP and NDP for pod and LoadBalancer addresses of unencapsulated pools inside the host subnet (FelixConfiguration localSubnetL2Reachability: PodsAndLoadBalancers; off by default)',
	l2ReachabilityLimits: 'Limits of Calico’s L2 reachability for LoadBalancer addresses',
	lbPoolExample:
		'LoadBalancer pool the configuration writes until the reader gives a range of their own (the example of Calico’s L2 reachability page)',
	lbIpamNeedsPool: `Calico’s LoadBalancer IPAM (KubeControllersConfiguration loadBalancer.assignIPs, AllServices by default already in ${oldest.minor}) hands out addresses only from IP pools with allowedUses: [LoadBalancer]`,
	lbBgpField:
		'BGPConfiguration field listing the LoadBalancer ranges the nodes advertise to their BGP peers',
	nftablesModeByOperator: `FelixConfiguration nftablesMode the operator writes: for linuxDataplane Nftables, Auto (each node follows kube-proxy’s mode; Enabled with operator ${releaseText(oldest, 'operator-minor')}, Calico ${oldest.minor}); for any other linuxDataplane, including the default Iptables, Disabled`,
	manifestPoolEnvFirstPoolOnly:
		'calico-node creates an IPv4 pool from CALICO_IPV4POOL_* only when the cluster has no IPv4 pool; once one exists, the variables change nothing (an unset mode means Never; the CIDR falls back to kubeadm’s pod subnet, then 192.168.0.0/16)',
	tigeraStatusDegraded:
		'TigeraStatus condition type the operator sets True, with a reason (InvalidConfigurationError, ResourceNotReady, PodFailure, …) and a message, when a component it manages cannot reach the state it should',
	helmValuesKeys:
		'Top-level keys of the tigera-operator chart’s values: installation holds the Installation spec (rendered unless enabled: false); defaultFelixConfiguration is rendered only with enabled: true',
	serviceCidrExample:
		'Service range the Windows Installation writes in spec.serviceCIDRs until the reader gives the cluster’s own (kubeadm’s default --service-cidr); the operator rejects Calico for Windows with the Calico CNI and no serviceCIDRs',
	quickstartPool:
		'The IP pool of the Installation in Calico’s quickstart (manifests/custom-resources.yaml), which the kind and minikube guides apply too',
	kindDisableDefaultCni:
		'What a kind cluster’s configuration sets so that kind does not install its own CNI (kindnetd) and Calico can be the CNI; the guide also sets networking.podSubnet to the pool’s CIDR',
	minikubeCalico:
		'The minikube flag that starts a cluster with minikube’s own packaged Calico; for the operator, start with --cni=false --network-plugin=cni and a pod-network-cidr of the pool',
};
