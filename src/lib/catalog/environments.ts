import { byId } from '../input/by-id';

/** A provider's managed Kubernetes service. */
export type ManagedService = 'EKS' | 'AKS' | 'GKE' | 'IKS';

/** Where a cluster can run, as the recommender URL names it (`env=`). */
export const environmentIds = [
	'on-prem',
	'aws',
	'azure',
	'google-cloud',
	'ibm-cloud',
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
	/** The provider's managed Kubernetes service, if there is one. */
	managedService?: ManagedService;
	/** Where readers run Kubernetes themselves in this environment, e.g. “Compute Engine”. */
	selfManagedOn?: string;
	/** Path of the environment's page in the guide. */
	page: string;
}

/** Every environment, in the order the guide presents them. */
export const environments: readonly Environment[] = [
	{
		id: 'on-prem',
		name: 'On-premises',
		page: '/environments/on-prem/',
	},
	{
		id: 'aws',
		name: 'AWS',
		managedService: 'EKS',
		selfManagedOn: 'EC2 instances',
		page: '/environments/aws/',
	},
	{
		id: 'azure',
		name: 'Azure',
		managedService: 'AKS',
		selfManagedOn: 'Azure virtual machines',
		page: '/environments/azure/',
	},
	{
		id: 'google-cloud',
		name: 'Google Cloud',
		managedService: 'GKE',
		selfManagedOn: 'Compute Engine',
		page: '/environments/google-cloud/',
	},
	{
		id: 'ibm-cloud',
		name: 'IBM Cloud',
		managedService: 'IKS',
		selfManagedOn: 'IBM Cloud virtual servers',
		page: '/environments/ibm-cloud/',
	},
	{
		id: 'laptop',
		name: 'A laptop or CI runner',
		selfManagedOn: 'kind, minikube or a single kubeadm node',
		page: '/environments/laptop/',
	},
	{
		id: 'other',
		name: 'Anywhere else',
		page: '/environments/other/',
	},
];

/** True when `value` is one of the environment ids. */
export function isEnvironmentId(value: unknown): value is EnvironmentId {
	return typeof value === 'string' && (environmentIds as readonly string[]).includes(value);
}

/** The environment with this id. */
export const getEnvironment: (id: EnvironmentId) => Environment = byId(environments, 'environment');
