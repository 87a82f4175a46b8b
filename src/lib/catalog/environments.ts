/** A provider's managed Kubernetes service. */
export type ManagedService = 'EKS' | 'AKS' | 'GKE' | 'IKS';

/** Where a cluster can run, as the recommender URL names it (`env=`). */
export const environmentIds = [
	'on-prem',
	'aws',
	'azure',
	'google-cloud',
	'ibm-cloud',
	'other',
] as const;

/** One of the environment ids of the recommender URL contract. */
export type EnvironmentId = (typeof environmentIds)[number];

/** What the guide knows about one environment. */
export interface Environment {
	id: EnvironmentId;
	/** Name shown to readers. */
	name: string;
	/** The provider's managed Kubernetes service, if there is one. */
	managedService?: ManagedService;
	/** Where readers run Kubernetes themselves in this environment, e.g. “Compute Engine”. */
	selfManagedOn?: string;
	/** Path of the environment's page in the guide. */
	page: string;
	/** One sentence on what the underlay network is like there. */
	underlay: string;
}

/** Every environment, in the order the guide presents them. */
export const environments: readonly Environment[] = [
	{
		id: 'on-prem',
		name: 'On-premises',
		page: '/environments/on-prem/',
		underlay:
			'Your own switches and routers: whether they can peer BGP with the nodes, and whether the nodes share one layer-2 segment, decide the options.',
	},
	{
		id: 'aws',
		name: 'AWS',
		managedService: 'EKS',
		selfManagedOn: 'EC2 instances',
		page: '/environments/aws/',
		underlay:
			'A VPC: subnets are routed by AWS, which drops traffic from addresses it did not assign unless the EC2 source/destination check is off.',
	},
	{
		id: 'azure',
		name: 'Azure',
		managedService: 'AKS',
		selfManagedOn: 'Azure virtual machines',
		page: '/environments/azure/',
		underlay:
			'A VNET: routed by Azure at layer 3 only, even inside a subnet, and it does not carry IP-in-IP (IP protocol 4) between nodes.',
	},
	{
		id: 'google-cloud',
		name: 'Google Cloud',
		managedService: 'GKE',
		selfManagedOn: 'Compute Engine',
		page: '/environments/google-cloud/',
		underlay:
			'A VPC that is routed at layer 3 everywhere, even inside one subnet, and drops pod traffic it has no alias IP or route for.',
	},
	{
		id: 'ibm-cloud',
		name: 'IBM Cloud',
		managedService: 'IKS',
		selfManagedOn: 'IBM Cloud virtual servers',
		page: '/environments/ibm-cloud/',
		underlay: 'IBM Cloud networks, where IKS builds Calico in and runs IP-in-IP between subnets.',
	},
	{
		id: 'other',
		name: 'Anywhere else',
		page: '/environments/other/',
		underlay: 'A network you know little about, or a provider this guide does not cover.',
	},
];

/** True when `value` is one of the environment ids. */
export function isEnvironmentId(value: unknown): value is EnvironmentId {
	return typeof value === 'string' && (environmentIds as readonly string[]).includes(value);
}

/** The environment with this id. */
export function getEnvironment(id: EnvironmentId): Environment {
	const found = environments.find((env) => env.id === id);
	if (!found)
		throw new Error(
			`Unknown environment "${id}". Known environments: ${environmentIds.join(', ')}.`
		);
	return found;
}
