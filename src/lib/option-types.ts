import type { Wrapper } from './encapsulation';
import type { EnvironmentId } from './environments';

/** The five fields of an upstream tuple ("geek details"), with upstream keys and values. */
export interface OptionTuple {
	Policy: 'Calico';
	IPAM: 'Calico' | 'AWS' | 'Azure' | 'Host Local';
	CNI: 'Calico' | 'AWS' | 'Azure';
	/** Upstream writes either `Overlay:<value>` or `Cross-subnet:<value>`; exactly one is set. */
	Overlay?: 'No' | 'Yes' | 'VXLAN' | 'IPIP';
	'Cross-subnet'?: 'VXLAN' | 'IPIP';
	Routing: 'BGP' | 'Calico' | 'VPC Native' | 'Flannel';
}

/** When pod traffic is wrapped: never, always between nodes, or only between subnets. */
export type EncapsulationScope = 'never' | 'always' | 'cross-subnet';

/** Who wraps the traffic, and how. */
export interface EncapsulationInfo {
	scope: EncapsulationScope;
	/** The header added; absent when `scope` is `never`. */
	wrapper?: Wrapper;
	/** Who adds the header. */
	by?: 'Calico' | 'Flannel' | 'the cloud network';
}

/** Who tells the network where each pod lives. */
export type RouteSource = 'BGP' | 'Calico' | 'cloud' | 'Flannel';

/** Operator values for the Tigera `Installation` of an option. */
export interface OperatorSettings {
	cni: 'Calico' | 'AmazonVPC' | 'AzureVNET' | 'GKE';
	ipam: 'Calico' | 'HostLocal' | 'AmazonVPC' | 'AzureVNET';
	bgp: 'Enabled' | 'Disabled';
	/** IP pool encapsulation; absent when the option has no Calico IP pool. */
	encapsulation?: 'None' | 'IPIP' | 'IPIPCrossSubnet' | 'VXLAN' | 'VXLANCrossSubnet';
	/** `spec.kubernetesProvider` when the option only exists on a managed service. */
	provider?: 'EKS' | 'AKS' | 'GKE';
}

/** How an option spends IP addresses. */
export interface AddressUse {
	/** Where pod addresses come from. */
	ipam: 'calico-blocks' | 'host-local-24' | 'cloud-network';
	/** True when every pod takes an address from the underlying (cloud) network. */
	consumesUnderlayAddresses: boolean;
	summary: string;
}

/** A requirement on the network underneath, optionally for one environment only. */
export interface UnderlayRequirement {
	env?: EnvironmentId;
	text: string;
}

/** One way to network a cluster with Calico. */
export interface NetworkingOption {
	id: string;
	name: string;
	/** One sentence that tells this option apart from the others. */
	summary: string;
	tuple: OptionTuple;
	/** Environments where the guide lists this option. */
	environments: readonly EnvironmentId[];
	/** False for options the guide describes but never recommends. */
	recommendable: boolean;
	/** Why the guide never recommends it, for options that are not recommendable. */
	whyNotRecommended?: string;
	/** Pod IPs reachable from outside the cluster without NAT. */
	routable: boolean;
	/** How far pod IPs reach, in a few words. */
	reach: string;
	encapsulation: EncapsulationInfo;
	needsBgp: boolean;
	routes: RouteSource;
	underlay: readonly UnderlayRequirement[];
	/** What the option ties you to in the cloud, or null when nothing. */
	cloudDependency: string | null;
	/** The managed service the option needs, when it only exists there. */
	requiresManaged?: 'EKS' | 'AKS' | 'GKE' | 'IKS';
	addresses: AddressUse;
	/** What caps pods per node, or null when only Kubernetes does. */
	podDensity: string | null;
	/** Null for options the Tigera operator does not install. */
	operator: OperatorSettings | null;
	notes: readonly string[];
}
