import { defineCheckRule } from '../define-rule';
import { has, since, sources } from '../../facts';
import { pastedRouteFields, routeView } from '../routes';

/** Before the release that hands IP-in-IP routes to Felix, says what the upgrade to it does to this cluster. */
export const ipipRoutesUpgrade = defineCheckRule({
	id: 'ipip-routes-upgrade',
	severity: 'info',
	checks:
		'On a release before Felix programs IP-in-IP routes by default, a cluster whose BIRD programs them and that pins nothing is told that the upgrade hands the routes to Felix.',
	facts: ['ipipWithoutBgpSince', 'birdIpipRoutesRemoval'],
	sources: [sources.clusterRouteDesign],
	run: (c) => {
		if (has(c.release, 'ipipRoutesByFelixDefault')) return [];
		const pinned = c.clusterRoutingMode || Object.values(pastedRouteFields(c)).some(Boolean);
		if (pinned) return [];
		const { programmers } = routeView(c);
		if (programmers.ipip?.length !== 1 || programmers.ipip[0] !== 'BIRD') return [];
		const next = since('ipipRoutesByFelixDefault').minor;
		return [
			{
				key: 'ipip',
				message: `Upgrading to Calico ${next} moves these IP-in-IP routes from BIRD to Felix by itself, since nothing here pins who programs them.`,
				reason: `BIRD withdraws its routes and Felix writes the same ones, not in lockstep, so a route can be missing or doubled for a moment. To upgrade with no such window, set clusterRoutingMode: BIRD before the upgrade (the operator of ${next} takes it) and switch to Felix later, on your own schedule; BIRD-programmed IP-in-IP routes are deprecated from ${next}.`,
			},
		];
	},
});
