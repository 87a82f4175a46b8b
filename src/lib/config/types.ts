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
