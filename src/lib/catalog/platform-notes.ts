import { facts, longDate } from '../facts';

const npm = facts.azureNpmEndOfSupport.value;

/** What the guide says about network policy engines on AKS, for the Azure page (facts.aksRecommendedPolicyEngine, facts.azureNpmEndOfSupport). */
export const aksNetworkPolicyNote = [
	`Microsoft recommends ${facts.aksRecommendedPolicyEngine.value} as the network policy engine on AKS, with Azure CNI Powered by ${facts.aksRecommendedPolicyEngine.value}; it runs on Linux nodes only, and on Windows nodes Calico is the engine AKS supports.`,
	`Azure Network Policy Manager (NPM), the third engine, is on its way out: AKS no longer supports it on Windows nodes from ${longDate(npm.windows)}, and on Linux nodes from ${longDate(npm.linux)}. Microsoft’s page states both dates; copies elsewhere disagree, so go by it.`,
] as const;

/** What the guide says about the CNI on EKS Hybrid Nodes, for the AWS page (facts.eksHybridNodesCnis). */
export const eksHybridNodesNote = [
	`Hybrid nodes, on-premises machines joined to an EKS cluster, cannot run the VPC CNI. AWS’s pages on them name ${facts.eksHybridNodesCnis.value.cniPages} as the CNIs it supports there (Calico ${facts.eksHybridNodesCalicoVersion.value}), with VXLAN and IPv4.`,
	`AWS’s newer hybrid nodes gateway, which routes between the VPC and the hybrid nodes’ pods, takes ${facts.eksHybridNodesCnis.value.gateway}, in AWS’s own build, and no other CNI. Read AWS’s current CNI page before you choose Calico for hybrid nodes.`,
] as const;
