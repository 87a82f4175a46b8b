/** `spec.calicoNetwork.ipPools[]` of an operator `Installation`. */
export interface InstallationIpPool {
	name: string;
	cidr: string;
	encapsulation: 'None' | 'IPIP' | 'IPIPCrossSubnet' | 'VXLAN' | 'VXLANCrossSubnet';
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
		kubernetesProvider?: '' | 'EKS' | 'GKE' | 'AKS';
		cni: { type: string; ipam: { type: string } };
		calicoNetwork?: {
			bgp?: 'Enabled' | 'Disabled';
			mtu?: number;
			clusterRoutingMode?: 'BIRD' | 'Felix';
			ipPools?: InstallationIpPool[];
		};
	};
}

/** Calico's `FelixConfiguration`, with the one field this guide sets. */
export interface FelixConfiguration {
	apiVersion: 'projectcalico.org/v3';
	kind: 'FelixConfiguration';
	metadata: { name: 'default' };
	spec: { awsSrcDstCheck: 'Disable' };
}
