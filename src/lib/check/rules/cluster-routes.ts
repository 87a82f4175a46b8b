import { defineCheckRule } from '../define-rule';
import { releaseText, sources } from '../../facts';
import { programClusterRoutesValues, type RouteResource } from '../../operator/cluster-routes';
import { pastedRouteFields, routeClassName, routeView } from '../routes';
import type { CheckContext } from '../context';
import { placeOf, resourcesOf } from '../resources';
import type { RuleHit } from '../types';

/** Where a resource's programClusterRoutes is written, when the paste holds the resource. */
function fieldPlace(c: CheckContext, resource: RouteResource) {
	const pasted = resourcesOf(c, resource)[0];
	return pasted ? placeOf(pasted, 'spec.programClusterRoutes') : {};
}

/** A `programClusterRoutes` value the chosen release does not take, or a resource that has no such field in it. */
function valueHits(c: CheckContext): RuleHit[] {
	const calico = `Calico ${releaseText(c.release)}`;
	return (Object.entries(pastedRouteFields(c)) as [RouteResource, string | undefined][]).flatMap(
		([resource, value]) => {
			if (value === undefined) return [];
			const values = programClusterRoutesValues(c.release, resource);
			if (!values.length)
				return [
					{
						key: `${resource}-field`,
						...fieldPlace(c, resource),
						message: `${resource} has no programClusterRoutes field in ${calico}.`,
						reason: `The API server refuses the field or drops it, so BIRD keeps programming the routes it programs by default. The field came in a later release.`,
					},
				];
			return values.includes(value)
				? []
				: [
						{
							key: `${resource}-value`,
							...fieldPlace(c, resource),
							message: `${resource} programClusterRoutes "${value}" is not a value of ${calico}, which takes ${values.join(', ')}.`,
							reason:
								'The API server refuses the resource; a component that meets a value it does not know falls back to its default.',
						},
					];
		}
	);
}

/** The routes to the pods of every IP-in-IP and unencapsulated pool are programmed by exactly one component. */
export const clusterRoutes = defineCheckRule({
	id: 'cluster-routes',
	severity: 'error',
	checks:
		'The routes to the pods of each IP-in-IP and unencapsulated pool are programmed by exactly one component, Felix or BIRD, in the chosen Calico version, and programClusterRoutes holds a value that version takes.',
	facts: ['programClusterRoutesSince', 'unencapsulatedRoutesByFelixSince', 'ipipWithoutBgpSince'],
	sources: [sources.clusterRouteDesign, sources.felixConfigApi331, sources.bgpConfigApi332],
	run: (c) => {
		const values = valueHits(c);
		if (values.length) return values;
		const { programmers, source } = routeView(c);
		const decidedBy =
			source === 'clusterRoutingMode'
				? `clusterRoutingMode ${c.clusterRoutingMode}, which the operator writes into both`
				: 'the programClusterRoutes fields of FelixConfiguration and BGPConfiguration (or their defaults)';
		return Object.entries(programmers).flatMap(([cls, who]) => {
			const pools = routeClassName[cls as keyof typeof routeClassName];
			if (who.length === 1) return [];
			return [
				who.length === 0
					? {
							key: `${cls}-none`,
							message: `Nothing programs the routes to the ${pools}’ pods in Calico ${releaseText(c.release)}: ${decidedBy} leave them to neither Felix nor BIRD${c.bgp === 'Disabled' ? ', and BGP is off' : ''}.`,
							reason:
								'Pods in those pools cannot reach pods on other nodes. Let one component program them: Felix (programClusterRoutes covering them in FelixConfiguration) or BIRD (with BGP on).',
						}
					: {
							key: `${cls}-both`,
							message: `Felix and BIRD both program the routes to the ${pools}’ pods: ${decidedBy} give them to both.`,
							reason:
								'The two components overwrite each other’s routes, so the routes flap. Upstream’s design note lists the pairs that work; nothing in Calico rejects the others.',
						},
			];
		});
	},
});
