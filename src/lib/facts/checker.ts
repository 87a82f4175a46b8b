import { checkerSources as cs } from './checker-sources';
import { sources as s } from './sources';
import { factSources, type FactId } from './index';
import { checkedOn, fact, type Fact, type Source } from './types';

/**
 * Facts only the configuration checker's rules rest on. They are a group of their own, kept out of `facts`,
 * so that the recommender, which reads `facts`, does not ship them; the Sources page lists them with the rest.
 */
export const checkerFacts = {
	nodeAnnotations: fact(
		{
			ipv4: 'projectcalico.org/IPv4Address',
			ipv6: 'projectcalico.org/IPv6Address',
			routeReflectorClusterId: 'projectcalico.org/RouteReflectorClusterID',
		} as const,
		'Annotations on a Kubernetes Node that hold its Calico Node’s BGP address and route reflector cluster ID when the datastore is Kubernetes',
		[cs.calicoNodeAnnotations],
		checkedOn.checker
	),
	serviceEndpointConfigMap: fact(
		'kubernetes-services-endpoint',
		'ConfigMap (tigera-operator namespace, KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT) that gives Calico the API server’s own address; the chart renders it from kubernetesServiceEndpoint.host and .port. The operator refuses Windows nodes without it, the eBPF dataplane needs it unless bpfNetworkBootstrap is Enabled, and bpfNetworkBootstrap Enabled refuses it',
		[
			s.operatorValidation144,
			cs.operatorBpfBootstrap,
			s.installationApiPage,
			cs.helmServiceEndpointTemplate,
		],
		checkedOn.checker
	),
	bgpBackendNeedsBgp: fact(
		'bird',
		'calico-node runs BIRD (CALICO_NETWORKING_BACKEND bird) only when the Installation’s calicoNetwork.bgp is Enabled; otherwise the backend is vxlan or none and no BGP session is opened',
		[cs.operatorNodeBackend],
		checkedOn.checker
	),
	maxBlocksPerHostField: fact(
		'maxBlocksPerHost',
		'IPAMConfiguration field: when above 0, the most blocks one node may hold affinity to (0, the default, sets no limit; below 0 is rejected)',
		[cs.ipamConfigApi333, cs.ipamClient333],
		checkedOn.checker
	),
	ipamConfigRules: fact(
		'maxBlocksPerHost above 0 needs strictAffinity: true, and strictAffinity and autoAllocateBlocks may not both be false',
		'What Calico’s IPAM client refuses in an IPAMConfiguration (SetIPAMConfig, the same in 3.31 to 3.33); with maxBlocksPerHost a node that holds that many blocks gets no further address',
		[cs.ipamClient333],
		checkedOn.checker
	),
} as const;

/** The name of a fact only the configuration checker rests on. */
export type CheckerFactId = keyof typeof checkerFacts;

/** The sources of these facts, the checker's own among them, then `extra`, each once: what a checker rule cites. */
export function checkerFactSources(
	ids: readonly (FactId | CheckerFactId)[],
	extra: readonly Source[] = []
): Source[] {
	const own = ids.filter((id): id is CheckerFactId => id in checkerFacts);
	const shared = ids.filter((id): id is FactId => !(id in checkerFacts));
	const cited: Source[] = own.flatMap((id) => (checkerFacts[id] as Fact).sources);
	return factSources(shared, [...cited, ...extra]);
}
