import type { EnvironmentId } from '../catalog/environments';
import { facts, hostLocalPodsPerRange, longDate, sources as s, type Source } from '../facts';
import type { OptionId } from '../catalog/options';
import type { CompleteAnswers } from '../catalog/questions';
import { differenceRule } from './difference-rules';

/** Pods per host-local range as the upstream page counts them: it reserves two addresses of each range, not three. */
const upstreamPodsPerRange = hostLocalPodsPerRange + 1;

/** A place where this guide departs from Calico's “Determine best networking option” page, and why. */
export interface Difference {
	/** Anchor on the differences page. */
	id: string;
	title: string;
	/** What the upstream page says, in our words. */
	upstream: string;
	/** What this guide says instead. */
	guide: string;
	why: string;
	sources: readonly Source[];
	/** For a different recommendation: the environment whose recommendation departs. */
	env?: EnvironmentId;
	/** For a different recommendation: true in the situations of `env` where the recommender's pick departs from upstream's. */
	appliesTo?: (answers: CompleteAnswers, pick: OptionId) => boolean;
}

/** Every difference from the upstream page, recommendations first. */
export const differences: readonly Difference[] = [
	{
		...differenceRule('azure-self-managed'),
		upstream:
			'For clusters on Azure that do not use AKS, the upstream page recommends Calico VXLAN in cross-subnet mode.',
		guide:
			'This guide recommends plain Calico VXLAN, and lists cross-subnet as an alternative that needs a route-table entry per node and IP forwarding.',
		why: 'Azure VNETs are layer 3 only: an unwrapped pod packet, which cross-subnet mode sends inside a subnet, is dropped unless Azure has a route for the pod range and the node’s NIC forwards IP. Users who followed the old advice found pods on one subnet unable to talk until they switched to plain VXLAN.',
		sources: facts.azureLayer3Only.sources,
	},
	{
		...differenceRule('aks-short-of-addresses'),
		upstream:
			'For AKS clusters that cannot spare VNET addresses, the upstream page recommends Calico CNI with the Azure cloud provider and host-local IPAM (“kubenet + Calico”).',
		guide: `This guide recommends the Azure CNI in overlay mode with Calico for policy, and keeps the host-local setup as an alternative marked as retiring.`,
		why: `AKS retires kubenet on ${longDate(facts.aksKubenetRetirement.value)} and Microsoft points to Azure CNI Overlay instead; Calico’s own AKS guide no longer offers the host-local setup, and its route table caps the cluster at ${facts.udrRouteLimit.value} nodes.`,
		sources: [...facts.aksKubenetRetirement.sources, s.aksPage, s.aksCniOverlay],
	},
	{
		...differenceRule('gke'),
		upstream:
			'On Google Cloud, the upstream page recommends a Calico overlay to readers who want no cloud dependency or are short of VPC addresses, without saying that GKE cannot run one.',
		guide:
			'On GKE this guide keeps GKE’s own networking and names GKE’s remedies (fewer max pods per node, discontiguous multi-Pod CIDR); a Calico overlay is for Kubernetes you run yourself on Compute Engine.',
		why: 'Calico on GKE is network policy only: GKE does not let you replace its CNI.',
		sources: [...facts.gkePolicyOnly.sources, s.gkeFlexiblePodCidr, s.gkeMultiPodCidr],
	},
	{
		...differenceRule('eks-plain-vxlan'),
		upstream:
			'On AWS, the upstream page offers only the cross-subnet overlay as the alternative to the Amazon VPC CNI.',
		guide:
			'For EKS this guide follows Calico’s own EKS installation guide, which installs plain VXLAN; cross-subnet stays the pick for clusters you run yourself on EC2.',
		why: 'Calico’s EKS guide is the tested path on EKS, and plain VXLAN works whatever the source/destination check is set to.',
		sources: [s.eksPage],
	},
	{
		id: 'azure-cni-overlay-unwrapped',
		title: 'Azure CNI Overlay adds no header',
		upstream: 'The newer upstream tuple for the Azure CNI in overlay mode reads “Overlay: Yes”.',
		guide:
			'This guide keeps the tuple as upstream writes it, but shows the option as unwrapped at full MTU.',
		why: 'Azure routes the overlay’s pod range between nodes in its own routing domains; no tunnel header is added, and traffic leaving the VNET is source-NATed to the node.',
		sources: facts.azureCniOverlayUnwrapped.sources,
	},
	{
		id: 'host-local-253',
		title: `Host-local gives ${hostLocalPodsPerRange} pods per /${facts.hostLocalRangePrefix.value}, not ${upstreamPodsPerRange}`,
		upstream: 'The upstream page says two addresses of each /24 are reserved.',
		guide: `This guide counts three: the network address, the gateway (.1) and the broadcast address are never given to pods, so ${hostLocalPodsPerRange} fit; on AKS the limit is lower still.`,
		why: 'The host-local plugin’s allocator starts at .2 and stops before the broadcast address.',
		sources: [...facts.hostLocalUnassignable.sources, ...facts.aksMaxPodsPerNode.sources],
	},
	{
		id: 'azure-cni-explainer',
		title: 'The Azure CNI explainer names the wrong cloud',
		upstream:
			'The explainer beside the Azure CNI tuple says pod IPs are known to the “AWS network”.',
		guide: 'Pod IPs of the Azure CNI are VNET addresses, known to Azure’s network.',
		why: 'A copy error in the component that renders the tuples.',
		sources: [s.upstreamGeekDetails],
	},
	{
		id: 'cross-subnet-explainer',
		title: 'Cross-subnet VXLAN wraps in VXLAN',
		upstream:
			'The explainer beside the cross-subnet VXLAN tuple says packets between subnets are wrapped in IP-in-IP.',
		guide:
			'Cross-subnet VXLAN wraps packets between subnets in VXLAN; cross-subnet IP-in-IP is a separate option.',
		why: 'A copy error in the component that renders the tuples.',
		sources: [s.upstreamGeekDetails],
	},
	{
		id: 'ipip-routing',
		title: 'IP-in-IP no longer needs BGP',
		upstream:
			'The upstream page tags both IP-in-IP options “Routing: BGP”, as if their routes could only travel over BGP.',
		guide: `From Calico ${facts.ipipWithoutBgpSince.value}, Felix programs the IP-in-IP routes by default, so an IP-in-IP pool runs with BGP off and the network between nodes needs IP protocol ${facts.ipipProtocol.value} but not TCP ${facts.bgpPort.value}. The guide keeps upstream’s tag in the tuples, and its tables say for IP-in-IP which releases need BGP.`,
		why: `Calico ${facts.ipipWithoutBgpSince.value} moved the default owner of IP-in-IP routes from BIRD to Felix, and the operator that ships it accepts an IP-in-IP pool with bgp: Disabled unless clusterRoutingMode is BIRD. Before, Felix could take the routes only when told to (programClusterRoutes from ${facts.programClusterRoutesSince.value}, the operator’s clusterRoutingMode: Felix from ${facts.clusterRoutingModeSince.value}). Leaving them to BIRD is deprecated and due to go in ${facts.birdIpipRoutesRemoval.value}.`,
		sources: facts.ipipWithoutBgpSince.sources,
	},
	{
		id: 'age',
		title: 'The upstream page dates from 2020',
		upstream:
			'The page’s substance was written in June 2020 and has gained one option since (the Azure CNI overlay, 2023).',
		guide: `This guide is written for Calico ${facts.calicoVersion.value} and checks its facts against current sources; it covers options and limits that came later.`,
		why: 'Cloud networking moved on: kubenet retirement, managed node group caps, Calico’s EKS and AKS guides, Felix programming IP-in-IP routes without BGP.',
		sources: [s.upstreamAge, s.upstreamPage],
	},
	{
		id: 'eks-cni-swap-live',
		title: 'Leaving the VPC CNI on a running EKS cluster',
		upstream:
			'Calico’s EKS guide swaps the Amazon VPC CNI for Calico CNI only on a cluster created without nodes: it deletes aws-node, installs Calico, then adds node groups.',
		guide:
			'The migration guide advises the same on a second cluster that workloads move to, and for a running cluster gives an in-place order: cordon the old nodes, remove aws-node, install Calico, add node groups, drain the old ones, with the window in which old nodes cannot start pods.',
		why: `On a running cluster the VPC CNI’s address manager runs in aws-node, so removing it leaves the old nodes unable to start pods until they are drained. AWS supports only its own CNI on EC2 nodes, and a Calico maintainer knows of no switch without disruption.`,
		sources: [
			...facts.vpcCniSwapOnEmptyCluster.sources,
			...facts.vpcCniIpamDaemon.sources,
			...facts.eksSupportsOnlyVpcCni.sources,
		],
	},
	{
		id: 'windows-managed-cni',
		title: 'Windows nodes on EKS and AKS: the provider’s CNI only',
		upstream:
			'The upstream page offers a Calico overlay on EKS and on AKS to readers short of addresses or avoiding cloud networking, and says nothing of Windows nodes.',
		guide:
			'With Windows nodes on EKS or AKS, this guide rules out every option that brings Calico’s own CNI and keeps the provider’s: the Amazon VPC CNI on EKS, the Azure CNI on AKS.',
		why: `Calico for Windows brings its own CNI only to ${facts.windowsCalicoCniPlatforms.value.join(', ')}; on EKS and AKS its Windows nodes need the provider’s CNI, and Calico’s AKS guide lists the Windows dataplane as unsupported with Calico networking installed by hand.`,
		sources: [...facts.windowsCalicoCniPlatforms.sources, ...facts.aksSelfManagedNoWindows.sources],
	},
	{
		id: 'eks-auto-mode-fargate',
		title: 'EKS Auto Mode and Fargate leave Calico out',
		upstream:
			'The upstream page treats EKS as one platform and does not mention Auto Mode or Fargate.',
		guide:
			'This guide asks about both: on Auto Mode nodes no Calico option can run, not even policy, and pods on Fargate rule out a Calico overlay and are not covered by Calico policy.',
		why: 'Auto Mode takes no CNI or network policy plugin but AWS’s own; Fargate runs the VPC CNI and nothing else, and no DaemonSets.',
		sources: [s.eksAlternateCni, s.eksAutoNetworkPolicy, s.eksFargate],
	},
	{
		id: 'aks-two-ways',
		title: 'Who runs Calico on AKS',
		upstream:
			'The upstream page gives the Azure CNI options and the host-local setup with Calico for policy, without saying who installs Calico.',
		guide:
			'For the Azure CNI (either form) this guide gives two ways, each with its own output: Azure-managed Calico (--network-policy calico, nothing to apply) and self-managed Calico (--network-policy none, then the operator and the Installation). For the host-local (kubenet) setup it gives only the Azure-managed way.',
		why: 'With --network-policy calico Azure installs and upgrades Calico itself, with no version choice and no Calico resources, so an Installation of your own belongs only on a cluster created with --network-policy none; on kubenet, AKS runs Calico only as its own managed add-on, and Calico’s AKS guide shows no self-managed setup for it.',
		sources: [...facts.aksManagedCalico.sources, ...facts.aksKubenetCalicoManagedOnly.sources],
	},
];

export { differencesFor, differencesPage } from './difference-rules';
