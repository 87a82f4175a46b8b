import { factGroups, factList, type FactId } from './index';
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
import type { Fact } from './types';

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

/** Every fact of OpenStack, vSphere, Proxmox, DigitalOcean and Hetzner, by name, for the pages that cite them. */
export const platformFacts = {
	...openstackFacts,
	...vmPlatformFacts,
	...digitaloceanFacts,
	...hetznerFacts,
} as const;

/** The name of a fact of OpenStack, vSphere, Proxmox, DigitalOcean or Hetzner. */
export type PlatformFactId = keyof typeof platformFacts;

/**
 * The fact groups as the Sources page lists them: those of `facts`, then the platforms', the distributions' and the
 * checker's own. Only pages and exports built on the server import this, so those facts stay out of the
 * recommender's bundle.
 */
export const allFactGroups = [
	...factGroups,
	{ id: 'digitalocean', title: 'DigitalOcean', facts: digitaloceanFacts },
	{ id: 'hetzner', title: 'Hetzner Cloud', facts: hetznerFacts },
	{ id: 'openstack', title: 'OpenStack', facts: openstackFacts },
	{ id: 'vm-platforms', title: 'vSphere, NSX and Proxmox VE', facts: vmPlatformFacts },
	{ id: 'distributions', title: 'Kubernetes distributions', facts: distributionFacts },
	{ id: 'checker', title: 'The configuration checker', facts: checkerFacts },
] as const;

/** Every fact as a list with its name, the platforms', distributions' and checker's included, each once. */
export const allFactList: readonly (Fact & {
	id: FactId | PlatformFactId | CheckerFactId | DistributionFactId;
})[] = [
	...factList.filter((fact) => !(fact.id in platformFacts)),
	...(Object.keys(platformFacts) as PlatformFactId[]).map((id) => ({ id, ...platformFacts[id] })),
	...(Object.keys(distributionFacts) as DistributionFactId[]).map((id) => ({
		id,
		...distributionFacts[id],
	})),
	...(Object.keys(checkerFacts) as CheckerFactId[]).map((id) => ({ id, ...checkerFacts[id] })),
];
