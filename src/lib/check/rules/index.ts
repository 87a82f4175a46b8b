import { type Source } from '../../facts';
import { checkerFactSources } from '../../facts/checker';
import type { ConfigRule } from '../define-rule';
import { emptyPaste } from './empty-paste';
import { yamlSyntax } from './yaml-syntax';
import { unknownKind } from './unknown-kind';
import { unknownField } from './unknown-field';
import { contextInput } from './context-input';
import { noInstallation } from './no-installation';
import { operatorValidation } from './operator-validation';
import { operatorDefaultPool } from './operator-default-pool';
import { ippoolValidation } from './ippool-validation';
import { azureIpip } from './azure-ipip';
import { layer3CrossSubnet } from './layer3-cross-subnet';
import { awsSrcDstCheck } from './aws-src-dst-check';
import { ipv6Ipip } from './ipv6-ipip';
import { windowsEncapsulation } from './windows-encapsulation';
import { gkeEbpf } from './gke-ebpf';
import { windowsWireguard } from './windows-wireguard';
import { windowsIpv6 } from './windows-ipv6';
import { windowsEbpf } from './windows-ebpf';
import { windowsStrictAffinity } from './windows-strict-affinity';
import { poolCapacity } from './pool-capacity';
import { poolOverlap } from './pool-overlap';
import { bgpMeshSize } from './bgp-mesh-size';
import { mtuTooLarge } from './mtu-too-large';
import { operatorOwnedPool } from './operator-owned-pool';
import { clusterRoutes } from './cluster-routes';
import { birdIpipRoutes } from './bird-ipip-routes';
import { ipipRoutesUpgrade } from './ipip-routes-upgrade';
import { manifestPoolEnv } from './manifest-pool-env';
import { tigeraStatus } from './tigera-status';
import { bgpPeerValidation } from './bgp-peer-validation';
import { bgpFilterValidation } from './bgp-filter-validation';
import { ipamBlockLimits } from './ipam-block-limits';
import { ipReservation } from './ip-reservation';
import { bgpPeersWithoutBgp } from './bgp-peers-without-bgp';
import { bgpPeerFilters } from './bgp-peer-filters';
import { serviceEndpoint } from './service-endpoint';
import { nodeAddresses } from './node-addresses';
import { lbIpamCloud } from './lb-ipam-cloud';

export type { ConfigRule } from '../define-rule';

/** Every rule of the checker, in the order its findings are listed within a severity. */
export const checkRules: readonly ConfigRule[] = [
	// The paste itself: empty, not YAML, not a Calico resource, unknown fields, the context, a missing Installation.
	emptyPaste,
	yamlSyntax,
	unknownKind,
	unknownField,
	contextInput,
	noInstallation,
	// What Calico’s manifest sets once, and what the operator reports.
	manifestPoolEnv,
	tigeraStatus,
	// The operator’s validation after its own defaulting, and the IP pool API’s.
	operatorValidation,
	operatorDefaultPool,
	ippoolValidation,
	// The rules of the BGP and IPAM resources' own APIs.
	bgpPeerValidation,
	bgpFilterValidation,
	ipamBlockLimits,
	// Who programs the routes to other nodes' pods, in the chosen Calico version.
	clusterRoutes,
	birdIpipRoutes,
	ipipRoutesUpgrade,
	// Where the cluster’s network cannot carry what the configuration sends (the recommender’s blockers, applied to a configuration).
	azureIpip,
	layer3CrossSubnet,
	awsSrcDstCheck,
	ipv6Ipip,
	windowsEncapsulation,
	gkeEbpf,
	serviceEndpoint,
	lbIpamCloud,
	// What Calico for Windows cannot do, against what the configuration turns on.
	windowsWireguard,
	windowsIpv6,
	windowsEbpf,
	windowsStrictAffinity,
	// How many nodes each pool has blocks for, and whether pools overlap the other networks the reader named.
	poolCapacity,
	poolOverlap,
	bgpMeshSize,
	ipReservation,
	// BGP peers against the BGP the configuration runs, and the nodes' own addresses.
	bgpPeersWithoutBgp,
	bgpPeerFilters,
	nodeAddresses,
	// An explicit pod MTU against the overhead of the pools’ wrappers.
	mtuTooLarge,
	// Direct IPPools that copy a pool the operator owns.
	operatorOwnedPool,
];

/** The sources of a rule: those of its facts, then its own, each once. */
export function ruleSources(rule: ConfigRule): Source[] {
	return checkerFactSources(rule.facts, rule.sources ?? []);
}
