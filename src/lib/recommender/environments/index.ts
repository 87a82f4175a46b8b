import type { EnvironmentId } from '../../catalog/environments';
import { aws, awsPage } from './aws';
import { azure, azurePage } from './azure';
import type { EnvironmentDefinition, EnvironmentPage } from './define';
import { digitalocean, digitaloceanPage } from './digitalocean';
import { googleCloud, googleCloudPage } from './google-cloud';
import { hetzner, hetznerPage } from './hetzner';
import { ibmCloud, ibmCloudPage } from './ibm-cloud';
import { laptop, laptopPage } from './laptop';
import { onPrem, onPremPage } from './on-prem';
import { openstack, openstackPage } from './openstack';
import { oracleCloud, oracleCloudPage } from './oracle-cloud';
import { other, otherPage } from './other';
import { vsphere, vspherePage } from './vsphere';

export type { EnvironmentDefinition, EnvironmentPage } from './define';
export type { Listing, ListingMark, Rule, Verdict } from './types';
export { notRoutableTradeoff } from './types';

/** Every environment's definition by its id; the type holds each key to the definition of that id. */
export const environmentDefinitions: { readonly [Id in EnvironmentId]: EnvironmentDefinition<Id> } =
	{
		'on-prem': onPrem,
		aws,
		azure,
		'google-cloud': googleCloud,
		'ibm-cloud': ibmCloud,
		'oracle-cloud': oracleCloud,
		digitalocean,
		hetzner,
		openstack,
		vsphere,
		laptop,
		other,
	};

/** The definition of an environment: its decision. */
export function environmentDefinition(env: EnvironmentId): EnvironmentDefinition {
	return environmentDefinitions[env];
}

/** Every environment's page data (underlay and listings) by its id; pages import it, the recommender does not. */
export const environmentPages: { readonly [Id in EnvironmentId]: EnvironmentPage<Id> } = {
	'on-prem': onPremPage,
	aws: awsPage,
	azure: azurePage,
	'google-cloud': googleCloudPage,
	'ibm-cloud': ibmCloudPage,
	'oracle-cloud': oracleCloudPage,
	digitalocean: digitaloceanPage,
	hetzner: hetznerPage,
	openstack: openstackPage,
	vsphere: vspherePage,
	laptop: laptopPage,
	other: otherPage,
};
