import { defineCheckRule } from '../define-rule';
import { facts, has, releaseText, sources } from '../../facts';
import { routeView } from '../routes';

/** BIRD programming the IP-in-IP routes, which Calico deprecated in the release that made Felix the default. */
export const birdIpipRoutes = defineCheckRule({
	id: 'bird-ipip-routes',
	severity: 'warning',
	checks:
		'From the release that makes Felix program IP-in-IP routes by default, BIRD is not left programming them: that is deprecated and due to be removed.',
	facts: ['ipipWithoutBgpSince', 'birdIpipRoutesRemoval'],
	sources: [sources.clusterRouteDesign],
	run: (c) => {
		if (!has(c.release, 'ipipRoutesByFelixDefault')) return [];
		const { programmers, source } = routeView(c);
		if (programmers.ipip?.length !== 1 || programmers.ipip[0] !== 'BIRD') return [];
		return [
			{
				key: 'ipip',
				message: `BIRD programs the IP-in-IP routes, which Calico ${releaseText(c.release)} deprecates; Calico ${facts.birdIpipRoutesRemoval.value} is due to remove it.`,
				reason:
					source === 'clusterRoutingMode'
						? 'clusterRoutingMode BIRD keeps the old arrangement. Unset it, or set FelixIPIPOnly, and Felix takes the routes over on its own (BGP still carries the unencapsulated ones).'
						: 'The programClusterRoutes fields keep the old arrangement. Set FelixConfiguration to EnabledIPIPOnly and BGPConfiguration to EnabledNoEncapOnly (the defaults), or remove both.',
			},
		];
	},
});
