import { repoFile } from './source-links';

const neutron = '2131d26f73262ec89a5d3e3e0d65521df4908e65';
const neutronLib = '6cd671a8c4614b5ac798fb858d5d32add3419d88';
const osClient = '5b7da4b49fd4cbc69bdfd86438dcc14e9894219a';
const occm = 'c453fb7c9bbb2091aee763d9d2809cc81fdf31c6';
const vsphereCpi = '60f6c5dfe164b59d1ba79b7d10b7c5db4975f476';
const tigeraDocs = 'f2a2762432b54f20274d42c67bfa828d82872498';
const doOpenapi = '40a2bf7276a7422e20265a7644eeee91179db321';
const hccm = '6485324fbd9701d3422c0cf301fa4535065d9d65';
const hcloudGo = 'a6e0b3e403ca8ea6d67e546e8fec94be91ae2ab8';

/** The documents the facts of OpenStack, vSphere, Proxmox, DigitalOcean and Hetzner come from, by a short name. */
export const platformSources = {
	neutronSecurityGroups: {
		title: 'OpenStack Neutron admin guide: Networking introduction (security groups)',
		url: 'https://docs.openstack.org/neutron/latest/admin/intro-os-networking.html',
	},
	neutronAddressPairs: repoFile(
		'openstack/neutron-lib',
		neutronLib,
		'api-ref/source/v2/parameters.yaml'
	),
	openstackPortSet: repoFile(
		'openstack/python-openstackclient',
		osClient,
		'openstackclient/network/v2/port.py'
	),
	neutronTunnelMtu: repoFile(
		'openstack/neutron',
		neutron,
		'neutron/plugins/ml2/drivers/type_tunnel.py'
	),
	neutronConstants: repoFile('openstack/neutron-lib', neutronLib, 'neutron_lib/constants.py'),
	neutronMtuPage: {
		title: 'OpenStack Neutron admin guide: MTU considerations',
		url: 'https://docs.openstack.org/neutron/latest/admin/config-mtu.html',
	},
	calicoMtuTable: repoFile('tigera/docs', tigeraDocs, 'calico/networking/configuring/mtu.mdx'),
	calicoOverlayNotSupported: repoFile(
		'tigera/docs',
		tigeraDocs,
		'calico/networking/configuring/vxlan-ipip.mdx'
	),
	occmRoutes: repoFile(
		'kubernetes/cloud-provider-openstack',
		occm,
		'docs/openstack-cloud-controller-manager/using-openstack-cloud-controller-manager.md'
	),
	occmRoutesCode: repoFile('kubernetes/cloud-provider-openstack', occm, 'pkg/openstack/routes.go'),
	vsphereCpiInterface: repoFile(
		'kubernetes/cloud-provider-vsphere',
		vsphereCpi,
		'docs/book/cloud_provider_interface.md'
	),
	vsphereCpiRoutes: repoFile(
		'kubernetes/cloud-provider-vsphere',
		vsphereCpi,
		'pkg/cloudprovider/vsphere/route/routeprovider.go'
	),
	nsxSpoofGuard: {
		title: 'Broadcom developer: NSX policy API, SpoofGuardProfile',
		url: 'https://developer.broadcom.com/xapis/nsx-vmc-policy/latest/data-structures/SpoofGuardProfile',
	},
	nsxIpProtocolService: {
		title: 'Broadcom developer: NSX-T Data Center REST API, IPProtocolNSService',
		url: 'https://developer.broadcom.com/xapis/nsx-t-data-center-rest-api/latest/types_IPProtocolNSService.html',
	},
	nsxDefaultRule: {
		title:
			'VMware NSX-T Data Center 3.2 administration guide: the distributed firewall’s default rule',
		url: 'https://docs.vmware.com/en/VMware-NSX-T-Data-Center/3.2/administration/GUID-22DF2616-8B3F-4E13-8116-B7501D2A8E6D.html',
	},
	pveFirewall: {
		title: 'Proxmox VE documentation: Proxmox VE Firewall',
		url: 'https://pve.proxmox.com/pve-docs/chapter-pve-firewall.html',
	},
	pveSdn: {
		title: 'Proxmox VE documentation: Software-Defined Network',
		url: 'https://pve.proxmox.com/pve-docs/chapter-pvesdn.html',
	},
	doManaged: {
		title: 'DigitalOcean docs: The managed elements of DigitalOcean Kubernetes',
		url: 'https://docs.digitalocean.com/products/kubernetes/details/managed/',
	},
	doFirewallRule: repoFile(
		'digitalocean/openapi',
		doOpenapi,
		'specification/resources/firewalls/models/firewall_rule.yml'
	),
	doDropletLimits: {
		title: 'DigitalOcean docs: Droplet limits',
		url: 'https://docs.digitalocean.com/products/droplets/details/limits/',
	},
	calicoDoGuide: repoFile(
		'tigera/docs',
		tigeraDocs,
		'calico/getting-started/kubernetes/self-managed-public-cloud/do.mdx'
	),
	calicoDoIpipIssue: {
		title: 'projectcalico/calico issue 1095: DigitalOcean firewalls block IP-in-IP',
		url: 'https://github.com/projectcalico/calico/issues/1095',
	},
	hetznerArchitecture: {
		title: 'Hetzner docs: Networks, technical concepts, architecture',
		url: 'https://docs.hetzner.com/networking/networks/technical-concepts/architecture',
	},
	hetznerNetworksFaq: {
		title: 'Hetzner docs: Cloud networks FAQ',
		url: 'https://docs.hetzner.com/cloud/networks/faq',
	},
	hccmPrivateNetworks: repoFile(
		'hetznercloud/hcloud-cloud-controller-manager',
		hccm,
		'docs/explanation/private-networks.md'
	),
	hccmConfig: repoFile(
		'hetznercloud/hcloud-cloud-controller-manager',
		hccm,
		'internal/config/config.go'
	),
	hccmRoutesIssue: {
		title:
			'hetznercloud/hcloud-cloud-controller-manager issue 342: the 100-route limit of a network',
		url: 'https://github.com/hetznercloud/hcloud-cloud-controller-manager/issues/342',
	},
	hcloudFirewallProtocols: repoFile('hetznercloud/hcloud-go', hcloudGo, 'hcloud/firewall.go'),
	hetznerFirewallsFaq: {
		title: 'Hetzner docs: Cloud Firewalls FAQ (private networks)',
		url: 'https://docs.hetzner.com/cloud/firewalls/faq',
	},
} as const;
