import { platformSources as p } from './platform-sources';
import { checkedOn, fact } from './types';

const read = checkedOn.platforms;

// Each fact is an export of its own, so that a browser bundle takes only the facts its code reads; facts/groups.ts gathers
// them for the Sources page. Only the two that blocker rules cite ride in `facts` (vmPortFacts).

export const neutronPortSecurity = fact(
	'allowed_address_pairs',
	'Neutron lets a port send only from its own MAC and IP address or from an allowed address pair (an address or CIDR); port security off lifts the check and the security groups with it',
	[p.neutronSecurityGroups, p.neutronAddressPairs],
	read
);
export const openstackAllowedAddress = fact(
	'openstack port set --allowed-address ip-address=<pod CIDR> <port>',
	'The OpenStack client command that adds an allowed address pair to a port; --disable-port-security needs --no-security-group beside it',
	[p.openstackPortSet],
	read
);
export const neutronVxlanMtu = fact(
	1450,
	'MTU Neutron gives instances on a VXLAN self-service network whose physical MTU is 1500 (GRE: 1458); Calico’s MTU table has a row for it',
	[p.neutronTunnelMtu, p.neutronConstants, p.neutronMtuPage, p.calicoMtuTable],
	read
);
export const neutronSecurityGroupProtocols = fact(
	'a protocol name or a number from 0 to 255',
	'What a Neutron security group rule takes as its protocol: ipip (protocol 4) can be allowed by name or number',
	[p.neutronAddressPairs],
	read
);
export const calicoNeutronNoEncapsulation = fact(
	'Calico for OpenStack',
	'Where Calico’s docs say IP-in-IP and VXLAN are not supported: Calico as OpenStack’s own Neutron network driver, not Kubernetes on OpenStack VMs',
	[p.calicoOverlayNotSupported],
	read
);
export const occmRouteController = fact(
	'[Route] router-id',
	'The cloud-provider-openstack setting that turns on its route controller: a router route from each node’s pod CIDR (node.spec.podCIDR) to the node, and that CIDR as an allowed address pair on the node’s port',
	[p.occmRoutes, p.occmRoutesCode],
	read
);

export const vsphereNoRoutes = fact(
	'NSX-T only',
	'The vSphere cloud provider programs pod routes only on an NSX-T router (route.router-path); on plain vSphere it has no route controller, so pods need BGP or an overlay',
	[p.vsphereCpiInterface, p.vsphereCpiRoutes],
	read
);
export const nsxSpoofGuard = fact(
	'SpoofGuard',
	'An NSX SpoofGuard profile lets a VM send only from the addresses bound to it, which drops unwrapped pod packets',
	[p.nsxSpoofGuard],
	read
);
export const nsxIpProtocolRules = fact(
	'IPProtocolNSService',
	'The NSX firewall service type that names any IP protocol number, so a distributed firewall rule can allow (or drop) IP protocol 4; the distributed firewall’s default rule allows until it is changed to drop, as VMware advises',
	[p.nsxIpProtocolService, p.nsxDefaultRule],
	read
);
export const proxmoxIpFilter = fact(
	'ipfilter',
	'With a VM’s IP filter on (the ipfilter option or an ipfilter-net<N> IP set), the Proxmox VE firewall drops packets from source addresses not in the set; the firewall is off by default',
	[p.pveFirewall],
	read
);
export const proxmoxVxlanZoneMtu = fact(
	1450,
	'MTU inside a Proxmox VE SDN VXLAN or EVPN zone on a 1500-byte physical network (50 bytes for the VXLAN header)',
	[p.pveSdn],
	read
);

export const doksCilium = fact(
	'Cilium',
	'The CNI DOKS installs and manages; DigitalOcean reverts changes to its managed components, so Calico cannot replace it',
	[p.doManaged],
	read
);
export const doFirewallProtocols = fact(
	['TCP', 'UDP', 'ICMP'] as const,
	'The protocols a DigitalOcean Cloud Firewall rule can name: IP-in-IP (IP protocol 4) cannot be allowed',
	[p.doFirewallRule, p.calicoDoIpipIssue],
	read
);
export const doAntiSpoofing = fact(
	true,
	'DigitalOcean restricts Droplet traffic whose source is not the Droplet’s own IP or MAC address, so a Droplet cannot route packets from pod addresses',
	[p.doDropletLimits],
	read
);
export const calicoDoGuide = fact(
	'kOps, IP-in-IP, BGP',
	'What Calico’s own DigitalOcean guide sets up: a kOps cluster with --networking=calico, IP-in-IP and BGP; it says nothing about Cloud Firewalls',
	[p.calicoDoGuide],
	read
);

export const hetznerLayer3 = fact(
	true,
	'Hetzner Cloud subnets are routed at layer 3: a server sends everything through the network’s gateway, and only addresses Hetzner assigned, or routes added to the network, are delivered',
	[p.hetznerArchitecture, p.hetznerNetworksFaq],
	read
);
export const hetznerPrivateMtu = fact(
	1450,
	'MTU of a Hetzner Cloud server’s private network interface (1500 on the public one)',
	[p.hetznerArchitecture],
	read
);
export const hetznerNetworkRouteLimit = fact(
	100,
	'Routes one Hetzner Cloud network holds; the cloud controller adds one per node for its pod CIDR, so native routing stops at about 100 nodes',
	[p.hccmPrivateNetworks, p.hccmRoutesIssue],
	read
);
export const hetznerPrivateIpv4Only = fact(
	true,
	'Hetzner Cloud networks carry IPv4 only, and a server uses only the addresses Hetzner assigned it there',
	[p.hetznerNetworksFaq],
	read
);
export const hccmRoutesSwitch = fact(
	'HCLOUD_NETWORK_ROUTES_ENABLED',
	'The environment variable of Hetzner’s cloud controller manager that turns its route controller off (false); it is on by default once HCLOUD_NETWORK names a network',
	[p.hccmConfig, p.hccmPrivateNetworks],
	read
);
export const hetznerFirewallProtocols = fact(
	['TCP', 'UDP', 'ICMP', 'ESP', 'GRE'] as const,
	'The protocols a Hetzner Cloud Firewall rule can name (no IP-in-IP); Cloud Firewalls filter public interfaces and not private networks',
	[p.hcloudFirewallProtocols, p.hetznerFirewallsFaq],
	read
);

/** The facts the recommender's blocker for VM ports cites, which ride in `facts` for the browser. */
export const vmPortFacts = { neutronPortSecurity, proxmoxIpFilter } as const;
