import type { Wrapper } from './encapsulation';
import type { EnvironmentId, ManagedService } from './environments';
import type { PoolEncapsulation } from '../operator/types';
import type { Release, Source } from '../facts';

/** The five fields of an upstream tuple ("geek details"), with upstream keys and values. */
export interface OptionTuple {
	Policy: 'Calico';
	IPAM: 'Calico' | 'AWS' | 'Azure' | 'Host Local' | 'OCI';
	CNI: 'Calico' | 'AWS' | 'Azure' | 'OCI';
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
	by?: 'Calico' | 'Flannel';
}

/** Who tells the network where each pod lives. */
export type RouteSource = 'BGP' | 'Calico' | 'cloud' | 'Flannel';

/** What an option's catalog entry says about its Tigera operator `Installation`. */
export interface OperatorChoice {
	cni: 'Calico' | 'AmazonVPC' | 'AzureVNET' | 'GKE';
	ipam: 'Calico' | 'HostLocal' | 'AmazonVPC' | 'AzureVNET';
	/** `spec.kubernetesProvider` when the option only exists on a managed service. */
	provider?: 'EKS' | 'AKS' | 'GKE';
}

/** Operator values for the Tigera `Installation` of an option (BGP and pool encapsulation derived from the option). */
export interface OperatorSettings extends OperatorChoice {
	/** `calicoNetwork.bgp` in the newest release; `bgpSettingIn()` gives it for another. */
	bgp: 'Enabled' | 'Disabled';
	/** IP pool encapsulation; absent when the option has no Calico IP pool. */
	encapsulation?: PoolEncapsulation;
}

/** Where an option can be installed: on which managed services, and on Kubernetes you run yourself. */
export interface Installability {
	managed: readonly ManagedService[];
	selfManaged: boolean;
}

/** An option on its way out, with the date and what replaces it. */
export interface Retirement {
	/** YYYY-MM-DD. */
	date: string;
	note: string;
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
	/** The requirement as a page that answers for every release states it (naming the releases where it differs). */
	text: string;
	/** The requirement in one release, where it differs by release. */
	inRelease?: (release: Release) => string;
}

/** One way to network a cluster with Calico, as the catalog declares it; the rest is derived (see `NetworkingOption`). */
export interface OptionSpec<Id extends string = string> {
	id: Id;
	name: string;
	/** One sentence that tells this option apart from the others. */
	summary: string;
	/** Upstream's words for the IPAM and CNI of the tuple, and its word for the overlay where the option adds no header. */
	upstream: { IPAM: OptionTuple['IPAM']; CNI: OptionTuple['CNI']; overlay?: 'Yes' };
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
	routes: RouteSource;
	underlay: readonly UnderlayRequirement[];
	/** What the option ties you to in the cloud, or null when nothing. */
	cloudDependency: string | null;
	installable: Installability;
	addresses: AddressUse;
	/** What caps pods per node, or null when only Kubernetes does. */
	podDensity: string | null;
	/** Null for options the Tigera operator does not install. */
	operator: OperatorChoice | null;
	/** Set when the option is being retired. */
	retiring?: Retirement;
	/** Where the option and its properties come from; never empty. */
	sources: readonly Source[];
}

/** One way to network a cluster with Calico: the catalog entry with its derived fields. */
export interface NetworkingOption<Id extends string = string> extends Omit<
	OptionSpec<Id>,
	'operator'
> {
	/** The upstream tuple, derived from IPAM, CNI, encapsulation and routes. */
	tuple: OptionTuple;
	/** True when BGP carries the pod routes. */
	needsBgp: boolean;
	/** The managed service the option needs, when it cannot run on Kubernetes you run yourself. */
	requiresManaged?: ManagedService;
	operator: OperatorSettings | null;
}
