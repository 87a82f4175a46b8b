/** The encapsulations an operator IP pool takes. */
export const poolEncapsulations = [
	'None',
	'IPIP',
	'IPIPCrossSubnet',
	'VXLAN',
	'VXLANCrossSubnet',
] as const;

/** One of the encapsulations an operator IP pool takes. */
export type PoolEncapsulation = (typeof poolEncapsulations)[number];

/** The dataplanes `spec.calicoNetwork.linuxDataplane` takes (the operator defaults to Iptables). */
export const linuxDataplanes = ['Iptables', 'BPF', 'VPP', 'Nftables'] as const;

/** One of the Linux dataplanes the operator installs. */
export type LinuxDataplane = (typeof linuxDataplanes)[number];

/** `spec.calicoNetwork.ipPools[]` of an operator `Installation`. */
export interface InstallationIpPool {
	name: string;
	cidr: string;
	encapsulation: PoolEncapsulation;
	natOutgoing: 'Enabled' | 'Disabled';
	blockSize: number;
	nodeSelector: string;
}

/** The parts of the Tigera operator `Installation` resource this guide writes. */
export interface Installation {
	apiVersion: 'operator.tigera.io/v1';
	kind: 'Installation';
	metadata: { name: 'default' };
	spec: {
		kubernetesProvider?: '' | 'EKS' | 'GKE' | 'AKS' | 'OpenShift' | 'RKE2';
		/** The cluster's service ranges, which Calico for Windows needs. */
		serviceCIDRs?: string[];
		cni: { type: string; ipam: { type: string } };
		calicoNetwork?: {
			bgp?: 'Enabled' | 'Disabled';
			linuxDataplane?: LinuxDataplane;
			mtu?: number;
			clusterRoutingMode?: 'BIRD' | 'Felix';
			/** Lets pods forward IP packets (k3s asks for it). */
			containerIPForwarding?: 'Enabled' | 'Disabled';
			/** Seconds the CNI plugin waits for a new pod's policy before it reports success (KubeVirt live migration). */
			linuxPolicySetupTimeoutSeconds?: number;
			ipPools?: InstallationIpPool[];
			/** How Calico finds each node's IPv6 address; set with an IPv6 pool (dual stack). */
			nodeAddressAutodetectionV6?: { firstFound: true };
			/** `HNS` installs Calico on Windows nodes too. */
			windowsDataplane?: 'HNS';
		};
	};
}

/** Calico's `FelixConfiguration`, with the fields this guide sets (WireGuard's names come from `facts.wireguardFields`). */
export interface FelixConfiguration {
	apiVersion: 'projectcalico.org/v3';
	kind: 'FelixConfiguration';
	metadata: { name: 'default' };
	spec: { awsSrcDstCheck?: 'Disable'; [field: string]: string | boolean | undefined };
}

/** Calico's `BGPConfiguration`, with the fields this guide sets. */
export interface BgpConfiguration {
	apiVersion: 'projectcalico.org/v3';
	kind: 'BGPConfiguration';
	metadata: { name: 'default' };
	spec: {
		nodeToNodeMeshEnabled: boolean;
		asNumber: number;
		/** The LoadBalancer ranges the nodes advertise to their peers. */
		serviceLoadBalancerIPs?: { cidr: string }[];
	};
}

/** Calico's `IPPool` for LoadBalancer addresses: no wrapper, no NAT, used for LoadBalancer Services only. */
export interface LoadBalancerIpPool {
	apiVersion: 'projectcalico.org/v3';
	kind: 'IPPool';
	metadata: { name: string };
	spec: {
		cidr: string;
		ipipMode: 'Never';
		vxlanMode: 'Never';
		natOutgoing: false;
		allowedUses: ['LoadBalancer'];
	};
}

/** Calico's `BGPPeer` as a template: the router's address and AS are placeholders for the reader to fill in. */
export interface BgpPeer {
	apiVersion: 'projectcalico.org/v3';
	kind: 'BGPPeer';
	metadata: { name: string };
	spec: { peerIP: string; asNumber: string };
}
