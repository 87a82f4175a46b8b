import { byId } from '../input/by-id';

/** A provider's managed Kubernetes service. */
export type ManagedService = 'EKS' | 'AKS' | 'GKE' | 'IKS' | 'OKE';

/** Where a cluster can run, as the recommender URL names it (`env=`). */
export const environmentIds = [
	'on-prem',
	'aws',
	'azure',
	'google-cloud',
	'ibm-cloud',
	'oracle-cloud',
	'digitalocean',
	'hetzner',
	'openstack',
	'vsphere',
	'laptop',
	'other',
] as const;

/** One of the environment ids of the recommender URL contract. */
export type EnvironmentId = (typeof environmentIds)[number];

/** What the guide knows about one environment. */
export interface Environment {
	id: EnvironmentId;
	/** Name shown to readers. */
	name: string;
	/** The name inside a sentence, where it differs from `name` (“on-premises”). */
	inSentence?: string;
	/** The provider's managed Kubernetes service, if there is one. */
	managedService?: ManagedService;
	/** Where readers run Kubernetes themselves in this environment, e.g. “Compute Engine”. */
	selfManagedOn?: string;
	/** Path of the environment's page in the guide. */
	page: string;
	/** True where a cloud controller gives LoadBalancer Services their addresses. */
	cloudLoadBalancers?: true;
	/** True where the network routes every packet at layer 3, even inside a subnet, and drops unwrapped pod packets it has no route for. */
	layer3Only?: true;
}

/** Every environment, in the order the guide presents them. */
export const environments: readonly Environment[] = [
	{
		id: 'on-prem',
		name: 'On-premises',
		inSentence: 'on-premises',
		page: '/environments/on-prem/',
	},
	{
		id: 'aws',
		name: 'AWS',
		managedService: 'EKS',
		selfManagedOn: 'EC2 instances',
		page: '/environments/aws/',
		cloudLoadBalancers: true,
	},
	{
		id: 'azure',
		name: 'Azure',
		managedService: 'AKS',
		selfManagedOn: 'Azure virtual machines',
		page: '/environments/azure/',
		cloudLoadBalancers: true,
		layer3Only: true,
	},
	{
		id: 'google-cloud',
		name: 'Google Cloud',
		managedService: 'GKE',
		selfManagedOn: 'Compute Engine',
		page: '/environments/google-cloud/',
		cloudLoadBalancers: true,
		layer3Only: true,
	},
	{
		id: 'ibm-cloud',
		name: 'IBM Cloud',
		managedService: 'IKS',
		selfManagedOn: 'IBM Cloud virtual servers',
		page: '/environments/ibm-cloud/',
		cloudLoadBalancers: true,
	},
	{
		id: 'oracle-cloud',
		name: 'Oracle Cloud',
		managedService: 'OKE',
		selfManagedOn: 'OCI Compute instances',
		page: '/environments/oracle-cloud/',
		cloudLoadBalancers: true,
		layer3Only: true,
	},
	{
		id: 'digitalocean',
		name: 'DigitalOcean',
		selfManagedOn: 'Droplets',
		page: '/environments/digitalocean/',
		cloudLoadBalancers: true,
		layer3Only: true,
	},
	{
		id: 'hetzner',
		name: 'Hetzner Cloud',
		selfManagedOn: 'Hetzner Cloud servers',
		page: '/environments/hetzner/',
		cloudLoadBalancers: true,
		layer3Only: true,
	},
	{
		id: 'openstack',
		name: 'OpenStack',
		selfManagedOn: 'OpenStack virtual machines',
		page: '/environments/openstack/',
		cloudLoadBalancers: true,
	},
	{
		id: 'vsphere',
		name: 'vSphere or Proxmox',
		selfManagedOn: 'vSphere or Proxmox VE virtual machines',
		page: '/environments/vsphere/',
	},
	{
		id: 'laptop',
		name: 'A laptop or CI runner',
		inSentence: 'a laptop or CI runner',
		selfManagedOn: 'kind, minikube or a single kubeadm node',
		page: '/environments/laptop/',
	},
	{
		id: 'other',
		name: 'Anywhere else',
		inSentence: 'anywhere else',
		page: '/environments/other/',
	},
];

/** True when `value` is one of the environment ids. */
export function isEnvironmentId(value: unknown): value is EnvironmentId {
	return typeof value === 'string' && (environmentIds as readonly string[]).includes(value);
}

/** The environment with this id. */
export const getEnvironment: (id: EnvironmentId) => Environment = byId(environments, 'environment');
