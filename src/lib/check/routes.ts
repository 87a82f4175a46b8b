import {
	clusterRoutingModes,
	fieldsForMode,
	routeProgrammers,
	type RouteClass,
	type RouteProgrammer,
	type RouteResource,
} from '../operator/cluster-routes';
import { bgpNeed } from '../operator/validate';
import type { CheckContext } from './context';

/** The `programClusterRoutes` values as the paste sets them, by resource: the first resource of each kind that sets one. */
export function pastedRouteFields(c: CheckContext): Partial<Record<RouteResource, string>> {
	const first = (specs: Record<string, unknown>[]) =>
		specs.map((spec) => spec.programClusterRoutes).find((v) => typeof v === 'string') as
			string | undefined;
	return { FelixConfiguration: first(c.felix), BGPConfiguration: first(c.bgpConfigs) };
}

/** Where the cluster's route settings come from: the operator's clusterRoutingMode, or the resources (or defaults). */
export type RouteSource = 'clusterRoutingMode' | 'resources';

/** Who programs the routes of each class of pool the cluster has, and what decided it. */
export interface RouteView {
	programmers: Partial<Record<RouteClass, RouteProgrammer[]>>;
	source: RouteSource;
}

/** The classes of pool whose routes Calico programs, among the cluster's pools (Calico CNI only). */
function poolClasses(c: CheckContext): Map<RouteClass, string> {
	const classes = new Map<RouteClass, string>();
	if (c.poolCni !== 'Calico') return classes;
	for (const pool of c.allPools) {
		const cls = pool.encapsulation.startsWith('IPIP')
			? 'ipip'
			: pool.encapsulation === 'None'
				? 'unencapsulated'
				: undefined;
		if (cls && !classes.has(cls)) classes.set(cls, pool.encapsulation);
	}
	return classes;
}

/**
 * Who programs the routes of each class of pool in the paste, in the chosen release. A class the operator would
 * refuse for want of BGP is left out: the operator-validation rule speaks for it.
 */
export function routeView(c: CheckContext): RouteView {
	const mode = c.clusterRoutingMode || undefined;
	const written =
		mode && clusterRoutingModes(c.release).includes(mode) ? fieldsForMode(mode) : undefined;
	const pasted = pastedRouteFields(c);
	const birdRuns = c.installation ? c.bgp === 'Enabled' : true;
	const all = routeProgrammers(c.release, {
		felix: written?.FelixConfiguration ?? pasted.FelixConfiguration,
		bgp: written?.BGPConfiguration ?? pasted.BGPConfiguration,
		birdRuns,
	});
	const programmers: RouteView['programmers'] = {};
	for (const [cls, encapsulation] of poolClasses(c)) {
		const refused = c.installation && !birdRuns && bgpNeed(encapsulation, mode, c.release);
		if (!refused) programmers[cls] = all[cls];
	}
	return { programmers, source: written ? 'clusterRoutingMode' : 'resources' };
}

/** How a message names a class of pool. */
export const routeClassName: Record<RouteClass, string> = {
	ipip: 'IP-in-IP pools',
	unencapsulated: 'unencapsulated pools',
};
