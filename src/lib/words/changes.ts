import { facts, longDate, since, type Source } from '../facts';

/** What a change of the guide touched: what it recommends, a checker rule, or a fact it states. */
export type ChangeKind = 'recommendation' | 'rule' | 'fact';

/** One dated change of the guide's own advice, with why it was made and the evidence. */
export interface GuideChange {
	/** Unique and stable: the Atom entry's id and the page's anchor. */
	id: string;
	/** YYYY-MM-DD. */
	date: string;
	kind: ChangeKind;
	title: string;
	/** What the guide said before. */
	before: string;
	/** What it says now. */
	now: string;
	why: string;
	sources: readonly Source[];
}

const ipip = facts.ipipWithoutBgpSince.value;

/** Every change of a recommendation, rule or fact, newest first. */
export const guideChanges: readonly GuideChange[] = [
	{
		id: 'checker-inputs',
		date: '2026-12-03',
		kind: 'rule',
		title: 'The checker reads Helm values, Calico’s manifest and kubectl dumps, and runs in CI',
		before:
			'The checker read bare operator resources only: Helm values got “has no kind”, calico.yaml “a DaemonSet, which the checker does not read”, and a dump one warning per resource.',
		now: 'It reads Helm values for the tigera-operator chart (also inside RKE2’s HelmChartConfig and a Cluster API HelmChartProxy), resources inside ConfigMaps, the calico-node DaemonSet and calico-config of Calico’s manifest, and kubectl dumps, and says what it read; resources that do not bear on networking are counted in one finding. It mirrors more of the operator’s validation (node address detection, host ports, Calico-only fields, the policy setup timeout, Windows), and calico-check runs it in CI with SARIF, JUnit or JSON output.',
		why: 'Most clusters are installed with the Helm chart or the manifest, and a configuration is best rejected before kubectl apply; the operator only degrades its TigeraStatus after the fact.',
		sources: [
			...facts.helmValuesKeys.sources,
			...facts.manifestPoolEnvFirstPoolOnly.sources,
			...facts.tigeraStatusDegraded.sources,
		],
	},
	{
		id: 'windows-service-cidrs',
		date: '2026-12-03',
		kind: 'recommendation',
		title: 'The Windows Installation carries its service range',
		before:
			'The generated Installation for Windows nodes left spec.serviceCIDRs to a kubectl patch afterwards.',
		now: `It sets spec.serviceCIDRs (${facts.serviceCidrExample.value}, kubeadm’s default, to be replaced by the cluster’s own) in the Installation itself.`,
		why: 'The operator refuses Calico for Windows with the Calico CNI and no service range, so the Installation as first applied would have left TigeraStatus degraded until the patch.',
		sources: [...facts.serviceCidrExample.sources],
	},
	{
		id: 'kubevirt-live-migration',
		date: '2026-12-03',
		kind: 'recommendation',
		title: 'On-premises, the recommender asks whether KubeVirt VMs live-migrate',
		before:
			'The recommender did not know about KubeVirt, and could pick an overlay for a cluster whose VMs must live-migrate.',
		now: `A “yes” rules out every pool with a wrapper (VXLAN and IP-in-IP, cross-subnet too) and picks BGP routing without one; on Calico releases before ${facts.kubevirtLiveMigrationSince.value} nothing carries it and the result says so. With WireGuard wanted as well, the two are named as a conflict. The configuration sets linuxPolicySetupTimeoutSeconds and hands over the VM settings.`,
		why: `From Calico ${facts.kubevirtLiveMigrationSince.value}, a VM keeps its address when it moves, but only with bridge binding, on BGP-routed pools without a wrapper, and not with WireGuard.`,
		sources: [...facts.kubevirtLiveMigrationSince.sources],
	},
	{
		id: 'setup-questions',
		date: '2026-12-03',
		kind: 'recommendation',
		title: 'Setup questions: LoadBalancer addresses and kube-proxy’s nftables mode',
		before:
			'The generated configuration left LoadBalancer addresses out, and always kept the operator’s default dataplane (iptables).',
		now: `Two questions that never change the pick shape the configuration. LoadBalancer addresses: a pool with allowedUses: [LoadBalancer], advertised in the BGPConfiguration when the nodes peer with routers, or, on one layer-2 segment from Calico ${facts.l2ReachabilitySince.value}, answered for by Felix over ARP; otherwise a note says what would announce them. kube-proxy in nftables mode: the Installation sets linuxDataplane: Nftables.`,
		why: `The operator writes nftablesMode: ${facts.nftablesModeByOperator.value.otherwise} for every other linuxDataplane, so Felix’s own default (Auto, from Calico ${since('nftablesAuto').minor}) never applies to an operator install; and Calico hands out LoadBalancer addresses only from a pool meant for them.`,
		sources: [
			...facts.lbIpamNeedsPool.sources,
			...facts.l2ReachabilitySince.sources,
			...facts.nftablesModeByOperator.sources,
		],
	},
	{
		id: 'recommender-version',
		date: '2026-12-03',
		kind: 'recommendation',
		title: 'The recommender and the decision record answer for the Calico version you run',
		before:
			'The recommender answered for one release: IP-in-IP needed BGP between nodes in its reasoning, and its Installation always turned BGP on for IP-in-IP.',
		now: `A “Calico version” control (?calico= in the address, kept by the record’s link) picks the release. On-premises asks whether nodes can open BGP sessions with each other (TCP ${facts.bgpPort.value}); a “no” rules out the node mesh in every release and IP-in-IP before ${ipip}. From ${ipip}, IP-in-IP Installations come with bgp: Disabled, and the network needs IP protocol ${facts.ipipProtocol.value} but no BGP.`,
		why: `From Calico ${ipip} Felix programs the IP-in-IP routes, so a network that blocks TCP ${facts.bgpPort.value} but passes IP-in-IP can run it; with BGP left on, calico-node’s readiness would wait on BGP sessions that never come up (${facts.birdReadinessWithBgp.value}).`,
		sources: [...facts.ipipWithoutBgpSince.sources, ...facts.birdReadinessWithBgp.sources],
	},
	{
		id: 'checker-version',
		date: '2026-12-03',
		kind: 'rule',
		title: 'The checker answers for the Calico version you run',
		before: 'The checker judged every configuration by one release’s operator.',
		now: `A “Calico version” control (3.31 to ${facts.calicoVersion.value}, newest by default, also ?calico= in the address and in shared links) picks the operator whose validation applies; new rules say who programs each pool’s routes, flag BIRD-programmed IP-in-IP routes on ${ipip}, and say what the upgrade to ${ipip} changes.`,
		why: 'Readers run at least three minor releases, and the operator’s verdict on the same paste differs between them.',
		sources: [...facts.ipipWithoutBgpSince.sources, facts.calicoVersion.sources[0]!],
	},
	{
		id: 'ipip-without-bgp',
		date: '2026-12-03',
		kind: 'rule',
		title: `IP-in-IP with BGP off is valid from Calico ${ipip}`,
		before:
			'The checker reported “IPIP needs BGP Enabled” for an IP-in-IP pool with bgp: Disabled, and the tables said IP-in-IP needs BGP.',
		now: `From Calico ${ipip}, the checker accepts it unless clusterRoutingMode is BIRD, and the tables say IP-in-IP needs BGP until the release before; the network between nodes needs IP protocol ${facts.ipipProtocol.value} but not TCP ${facts.bgpPort.value}.`,
		why: `Calico ${ipip} made Felix program IP-in-IP routes by default, and its operator accepts the pool without BGP. The old error was false on a valid cluster.`,
		sources: facts.ipipWithoutBgpSince.sources,
	},
	{
		id: 'felix-routes-331',
		date: '2026-12-03',
		kind: 'fact',
		title: `Felix’s routes in Calico ${facts.programClusterRoutesSince.value} covered IP-in-IP only`,
		before: `The guide said Felix could program unencapsulated routes without BGP from Calico ${facts.programClusterRoutesSince.value}.`,
		now: `FelixConfiguration programClusterRoutes took only the IP-in-IP routes in ${facts.programClusterRoutesSince.value}; Felix can program unencapsulated routes from ${facts.unencapsulatedRoutesByFelixSince.value}.`,
		why: 'A reader on 3.31 who turned BGP off by the old text would have lost the routes of an unencapsulated pool.',
		sources: [
			...facts.programClusterRoutesSince.sources,
			...facts.unencapsulatedRoutesByFelixSince.sources,
		],
	},
	{
		id: 'api-access',
		date: '2026-12-03',
		kind: 'fact',
		title: 'kubectl applies Calico resources without the API server on native v3 CRDs',
		before: 'The generated steps said Calico resources need calicoctl or the Calico API server.',
		now: `They say kubectl apply works where the cluster serves Calico’s API, through native projectcalico.org/v3 CRDs (the default for new installs from ${since('nativeV3CrdsByDefault').minor} where the cluster supports them) or the API server.`,
		why: 'The aggregated API server is deprecated, and new installs no longer need it.',
		sources: facts.aggregatedApiServerDeprecatedSince.sources,
	},
	{
		id: 'azure-plain-vxlan',
		date: '2026-11-27',
		kind: 'recommendation',
		title: 'Self-managed Kubernetes on Azure: plain VXLAN, not cross-subnet',
		before: 'The guide followed the upstream page and recommended VXLAN in cross-subnet mode.',
		now: 'It recommends plain VXLAN and keeps cross-subnet as an alternative that needs a route-table entry per node and IP forwarding.',
		why: 'Azure VNETs route at layer 3 only, so the unwrapped packets of cross-subnet mode are dropped without those routes.',
		sources: facts.azureLayer3Only.sources,
	},
	{
		id: 'eks-max-pods',
		date: '2026-11-27',
		kind: 'fact',
		title: 'EKS max pods applies whatever the CNI, and managed node groups cap it',
		before: 'The guide implied that a Calico overlay on EKS lifts the ENI-based pod limit.',
		now: `The limit stays until max pods is raised too, and managed node groups cap it at ${facts.eksMaxPodsCap.value.lowCpu} (${facts.eksMaxPodsCap.value.vcpuThreshold} vCPUs or fewer) or ${facts.eksMaxPodsCap.value.highCpu}.`,
		why: 'The EKS node image sets the kubelet’s max pods from the ENI formula even when Calico CNI runs.',
		sources: [...facts.eksMaxPodsAnyCni.sources, ...facts.eksMaxPodsCap.sources],
	},
	{
		id: 'gke-policy-only',
		date: '2026-11-27',
		kind: 'recommendation',
		title: 'GKE runs Calico for policy only',
		before: 'The guide offered Calico overlays to GKE readers.',
		now: 'On GKE it offers Calico network policy on GKE’s own networking; a Calico overlay on Google Cloud means Kubernetes you run on Compute Engine.',
		why: 'GKE does not let a cluster replace its CNI.',
		sources: facts.gkePolicyOnly.sources,
	},
	{
		id: 'aks-kubenet-retires',
		date: '2026-11-27',
		kind: 'recommendation',
		title: 'kubenet on AKS is marked as retiring',
		before: 'The guide listed the kubenet-style AKS setup without a date.',
		now: `It marks the setup as retiring on ${longDate(facts.aksKubenetRetirement.value)} and recommends Azure CNI Overlay with Calico policy instead.`,
		why: 'AKS retires kubenet on that date, and Calico’s AKS guide no longer offers the setup.',
		sources: facts.aksKubenetRetirement.sources,
	},
];

/** How the changes page names each kind of change. */
export const changeKindLabel: Record<ChangeKind, string> = {
	recommendation: 'A recommendation',
	rule: 'A checker rule',
	fact: 'A fact',
};
