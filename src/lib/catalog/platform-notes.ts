import { facts, longDate } from '../facts';

const npm = facts.azureNpmEndOfSupport.value;

/** What the guide says about network policy engines on AKS, for the Azure page (facts.aksRecommendedPolicyEngine, facts.azureNpmEndOfSupport). */
export const aksNetworkPolicyNote = [
	`Microsoft recommends ${facts.aksRecommendedPolicyEngine.value} as the network policy engine on AKS, with Azure CNI Powered by ${facts.aksRecommendedPolicyEngine.value}; it runs on Linux nodes only, and on Windows nodes Calico is the engine AKS supports.`,
	`Azure Network Policy Manager (NPM), the third engine, is on its way out: AKS no longer supports it on Windows nodes from ${longDate(npm.windows)}, and on Linux nodes from ${longDate(npm.linux)}. Microsoft’s page states both dates; copies elsewhere disagree, so go by it.`,
] as const;

/** What the guide says about the CNI on EKS Hybrid Nodes, for the AWS page (facts.eksHybridNodesCnis). */
export const eksHybridNodesNote = [
	`Hybrid nodes, on-premises machines joined to an EKS cluster, cannot run the VPC CNI. AWS’s CNI page for them now supports ${facts.eksHybridNodesCnis.value.cniPage} only: it once supported Calico ${facts.eksHybridNodesCalicoVersion.value} too, with VXLAN and IPv4, and has moved that guide to AWS’s examples repository. Other AWS pages still name ${facts.eksHybridNodesCnis.value.otherPages}; the CNI page is the one that says what AWS supports, so running Calico there is running it without AWS’s support.`,
	`AWS’s newer hybrid nodes gateway, which routes between the VPC and the hybrid nodes’ pods, takes ${facts.eksHybridNodesCnis.value.gateway}, in AWS’s own build, and no other CNI.`,
] as const;

/** Why a GKE cluster on Dataplane V2 runs no Calico (facts.gkeDataplaneV2NoCalico). */
export const dataplaneV2WithoutCalico =
	'GKE Dataplane V2 enforces network policy itself, with Cilium, and GKE turns on no Calico beside it';

/** Why an AKS cluster on Azure CNI Powered by Cilium runs no Calico (facts.aksCiliumDataplaneNoCalico). */
export const aksCiliumWithoutCalico =
	'with Azure CNI Powered by Cilium, Cilium enforces network policy and AKS runs no Calico, Azure-managed or your own';
