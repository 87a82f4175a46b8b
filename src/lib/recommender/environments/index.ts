import type { EnvironmentId } from '../../catalog/environments';
import { aws } from './aws';
import { azure } from './azure';
import type { EnvironmentDefinition } from './define';
import { digitalocean } from './digitalocean';
import { googleCloud } from './google-cloud';
import { hetzner } from './hetzner';
import { ibmCloud } from './ibm-cloud';
import { laptop } from './laptop';
import { onPrem } from './on-prem';
import { openstack } from './openstack';
import { other } from './other';
import { vsphere } from './vsphere';

export type { EnvironmentDefinition } from './define';
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
		digitalocean,
		hetzner,
		openstack,
		vsphere,
		laptop,
		other,
	};

/** The definition of an environment: its underlay, decision and listings. */
export function environmentDefinition(env: EnvironmentId): EnvironmentDefinition {
	return environmentDefinitions[env];
}
