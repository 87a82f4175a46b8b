import { facts, factGroups, type FactId } from './index';
import { calicoAbout } from './calico-about';
import { awsAbout, azureAbout, googleCloudAbout } from './clouds-about';
import { checkerFacts, type CheckerFactId } from './checker';
import { distributionFacts, type DistributionFactId } from './distributions';
import {
	neutronPortSecurity,
	openstackAllowedAddress,
	neutronVxlanMtu,
	neutronSecurityGroupProtocols,
	calicoNeutronNoEncapsulation,
	occmRouteController,
	vsphereNoRoutes,
	nsxSpoofGuard,
	nsxIpProtocolRules,
	proxmoxIpFilter,
	proxmoxVxlanZoneMtu,
	doksCilium,
	doFirewallProtocols,
	doAntiSpoofing,
	calicoDoGuide,
	hetznerLayer3,
	hetznerPrivateMtu,
	hetznerNetworkRouteLimit,
	hetznerPrivateIpv4Only,
	hccmRoutesSwitch,
	hetznerFirewallProtocols,
} from './platforms';
import {
	okeNetworkTypes,
	okeVcnNativePods,
	okeMaxPodsPerNode,
	okeCalicoPolicyOnly,
	okeFlannelReplaced,
	okeTestedCalico,
	okeVirtualNodesNoCalico,
	ociSkipSourceDestCheck,
	ociSecurityRuleProtocols,
	ociVcnMtu,
} from './oracle';
import { oracleAbout } from './oracle-about';
import type { Fact, SourcedFact } from './types';

/** What OpenStack's Neutron does to pod traffic from its VMs. */
const openstackFacts = {
	neutronPortSecurity,
	openstackAllowedAddress,
	neutronVxlanMtu,
	neutronSecurityGroupProtocols,
	calicoNeutronNoEncapsulation,
	occmRouteController,
} as const;

/** What vSphere, NSX and Proxmox VE do to pod traffic from their VMs. */
const vmPlatformFacts = {
	vsphereNoRoutes,
	nsxSpoofGuard,
	nsxIpProtocolRules,
	proxmoxIpFilter,
	proxmoxVxlanZoneMtu,
} as const;

/** What DigitalOcean does to pod traffic, and what DOKS runs. */
const digitaloceanFacts = {
	doksCilium,
	doFirewallProtocols,
	doAntiSpoofing,
	calicoDoGuide,
} as const;

/** What Hetzner Cloud networks do to pod traffic. */
const hetznerFacts = {
	hetznerLayer3,
	hetznerPrivateMtu,
	hetznerNetworkRouteLimit,
	hetznerPrivateIpv4Only,
	hccmRoutesSwitch,
	hetznerFirewallProtocols,
} as const;

/** What OKE and OCI's networks do to pod traffic, and how Oracle runs Calico. */
const oracleFacts = {
	okeNetworkTypes,
	okeVcnNativePods,
	okeMaxPodsPerNode: { ...okeMaxPodsPerNode, about: oracleAbout.okeMaxPodsPerNode },
	okeCalicoPolicyOnly,
	okeFlannelReplaced,
	okeTestedCalico: { ...okeTestedCalico, about: oracleAbout.okeTestedCalico },
	okeVirtualNodesNoCalico: {
		...okeVirtualNodesNoCalico,
		about: oracleAbout.okeVirtualNodesNoCalico,
	},
	ociSkipSourceDestCheck,
	ociSecurityRuleProtocols,
	ociVcnMtu: { ...ociVcnMtu, about: oracleAbout.ociVcnMtu },
} as const;

/** Every fact of OpenStack, vSphere, Proxmox, DigitalOcean, Hetzner and Oracle Cloud, by name, for the pages that cite them. */
export const platformFacts = {
	...openstackFacts,
	...vmPlatformFacts,
	...digitaloceanFacts,
	...hetznerFacts,
	...oracleFacts,
} as const;

/** The name of a fact of OpenStack, vSphere, Proxmox, DigitalOcean, Hetzner or Oracle Cloud. */
export type PlatformFactId = keyof typeof platformFacts;

/** What each fact of `facts` is, in a few words: kept apart from the values the browser reads. */
const aboutOf: Readonly<Record<FactId, string>> = {
	...calicoAbout,
	...awsAbout,
	...azureAbout,
	...googleCloudAbout,
	neutronPortSecurity: platformFacts.neutronPortSecurity.about,
	proxmoxIpFilter: platformFacts.proxmoxIpFilter.about,
	okeVirtualNodesNoCalico: oracleAbout.okeVirtualNodesNoCalico,
};

/** The facts of a group of `facts` with their descriptions joined back. */
function described<Group extends Partial<Record<FactId, SourcedFact>>>(
	group: Group
): { [Id in keyof Group]: Group[Id] & { about: string } } {
	return Object.fromEntries(
		Object.entries(group).map(([id, fact]) => [id, { ...fact, about: aboutOf[id as FactId] }])
	) as unknown as { [Id in keyof Group]: Group[Id] & { about: string } };
}

/** A fact of `facts` by name, with its description, for pages built on the server. */
export const describedFacts = described(facts);

/**
 * The fact groups as the Sources page lists them: those of `facts` (with their descriptions joined back), then
 * the platforms', the distributions' and the checker's own. Only pages and exports built on the server import
 * this, so those descriptions and facts stay out of the recommender's bundle.
 */
export const allFactGroups = [
	...factGroups.map((group) => ({ ...group, facts: described(group.facts) })),
	{ id: 'digitalocean', title: 'DigitalOcean', facts: digitaloceanFacts },
	{ id: 'hetzner', title: 'Hetzner Cloud', facts: hetznerFacts },
	{ id: 'oracle-cloud', title: 'Oracle Cloud', facts: oracleFacts },
	{ id: 'openstack', title: 'OpenStack', facts: openstackFacts },
	{ id: 'vm-platforms', title: 'vSphere, NSX and Proxmox VE', facts: vmPlatformFacts },
	{ id: 'distributions', title: 'Kubernetes distributions', facts: distributionFacts },
	{ id: 'checker', title: 'The configuration checker', facts: checkerFacts },
] as const;

/** Every fact as a list with its name and description, the platforms', distributions' and checker's included, each once. */
export const allFactList: readonly (Fact & {
	id: FactId | PlatformFactId | CheckerFactId | DistributionFactId;
})[] = [
	...(Object.keys(describedFacts) as FactId[])
		.filter((id) => !(id in platformFacts))
		.map((id) => ({ id, ...describedFacts[id] })),
	...(Object.keys(platformFacts) as PlatformFactId[]).map((id) => ({ id, ...platformFacts[id] })),
	...(Object.keys(distributionFacts) as DistributionFactId[]).map((id) => ({
		id,
		...distributionFacts[id],
	})),
	...(Object.keys(checkerFacts) as CheckerFactId[]).map((id) => ({ id, ...checkerFacts[id] })),
];
