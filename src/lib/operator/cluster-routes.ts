import { has, type Release } from '../facts';

// Which component writes the routes to other nodes' pods into each node's kernel, per Calico release.
// Sources: api/pkg/apis/projectcalico/v3/felixconfig.go and bgpconfig.go at each release's tag, and
// design/cluster-route-programming/DESIGN.md @ release-v3.33 (the ownership matrix and the supported pairs).
// VXLAN and WireGuard routes are always Felix's and are not modelled here.

/** The two components that can program cluster routes. */
export type RouteProgrammer = 'Felix' | 'BIRD';

/** The kinds of pool whose routes either component can program. */
export type RouteClass = 'ipip' | 'unencapsulated';

/** The resource that holds a `programClusterRoutes` field. */
export type RouteResource = 'FelixConfiguration' | 'BGPConfiguration';

/** The route classes each value of `programClusterRoutes` names, from Calico 3.33 (the same on both resources). */
const classesOf33: Record<string, readonly RouteClass[]> = {
	Disabled: [],
	EnabledIPIPOnly: ['ipip'],
	EnabledNoEncapOnly: ['unencapsulated'],
	Enabled: ['ipip', 'unencapsulated'],
};

/** The values `programClusterRoutes` takes on a resource in a release; empty when the resource has no such field. */
export function programClusterRoutesValues(release: Release, resource: RouteResource): string[] {
	if (has(release, 'ipipRoutesByFelixDefault')) return Object.keys(classesOf33);
	if (resource === 'BGPConfiguration' && !has(release, 'unencapsulatedRoutesByFelix')) return [];
	return has(release, 'programClusterRoutes') ? ['Enabled', 'Disabled'] : [];
}

/** What a component does when its resource leaves `programClusterRoutes` unset (or holds a value it does not know). */
export function programClusterRoutesDefault(release: Release, resource: RouteResource): string {
	if (has(release, 'ipipRoutesByFelixDefault'))
		return resource === 'FelixConfiguration' ? 'EnabledIPIPOnly' : 'EnabledNoEncapOnly';
	return resource === 'FelixConfiguration' ? 'Disabled' : 'Enabled';
}

/** The route classes a value of `programClusterRoutes` hands to the component whose resource holds it. */
function classesOf(release: Release, resource: RouteResource, value: string): RouteClass[] {
	if (has(release, 'ipipRoutesByFelixDefault')) return [...(classesOf33[value] ?? [])];
	if (value !== 'Enabled') return [];
	// In 3.31 the Felix field covered IP-in-IP only; 3.32 extended it to every pool with vxlanMode Never.
	if (resource === 'FelixConfiguration' && !has(release, 'unencapsulatedRoutesByFelix'))
		return ['ipip'];
	return ['ipip', 'unencapsulated'];
}

/** The values of the operator's `calicoNetwork.clusterRoutingMode` in a release; empty before the field existed. */
export function clusterRoutingModes(release: Release): string[] {
	if (!has(release, 'clusterRoutingMode')) return [];
	return has(release, 'ipipRoutesByFelixDefault')
		? ['BIRD', 'Felix', 'FelixIPIPOnly']
		: ['BIRD', 'Felix'];
}

/** The two fields the operator writes for a `clusterRoutingMode` (it writes neither when the mode is unset). */
export function fieldsForMode(mode: string): Record<RouteResource, string> | undefined {
	if (mode === 'BIRD') return { FelixConfiguration: 'Disabled', BGPConfiguration: 'Enabled' };
	if (mode === 'Felix') return { FelixConfiguration: 'Enabled', BGPConfiguration: 'Disabled' };
	if (mode === 'FelixIPIPOnly')
		return { FelixConfiguration: 'EnabledIPIPOnly', BGPConfiguration: 'EnabledNoEncapOnly' };
	return undefined;
}

/** What decides the cluster routes of a cluster: the two fields as set (unset: undefined), and whether BIRD runs. */
export interface RouteSettings {
	felix?: string;
	bgp?: string;
	/** False when BGP is disabled, so BIRD programs nothing whatever its field says. */
	birdRuns: boolean;
}

/** Which components program the routes of each class of pool, in a release. */
export function routeProgrammers(
	release: Release,
	settings: RouteSettings
): Record<RouteClass, RouteProgrammer[]> {
	const known = (resource: RouteResource, value: string | undefined) =>
		value !== undefined && programClusterRoutesValues(release, resource).includes(value)
			? value
			: programClusterRoutesDefault(release, resource);
	const felix = classesOf(
		release,
		'FelixConfiguration',
		known('FelixConfiguration', settings.felix)
	);
	let bird: RouteClass[];
	if (!settings.birdRuns) bird = [];
	else if (programClusterRoutesValues(release, 'BGPConfiguration').length)
		bird = classesOf(release, 'BGPConfiguration', known('BGPConfiguration', settings.bgp));
	// Before the BGP field, BIRD programmed every route Felix did not take.
	else bird = (['ipip', 'unencapsulated'] as const).filter((c) => !felix.includes(c));
	const programmers = (c: RouteClass): RouteProgrammer[] => [
		...(felix.includes(c) ? (['Felix'] as const) : []),
		...(bird.includes(c) ? (['BIRD'] as const) : []),
	];
	return { ipip: programmers('ipip'), unencapsulated: programmers('unencapsulated') };
}
