import { defineCheckRule } from '../define-rule';
import { placeOf, resourceName, resourcesOf, specOf, textOf } from '../resources';
import { isRecord } from '../parse';
import { checkerSources } from '../../facts/checker-sources';
import type { RuleHit } from '../types';

/** Each filter a BGPPeer names is a BGPFilter of the paste, when the paste holds its BGPFilters. */
export const bgpPeerFilters = defineCheckRule({
	id: 'bgp-peer-filters',
	severity: 'warning',
	checks:
		'Each filter a BGPPeer names is one of the BGPFilters in the paste (checked only when the paste holds BGPFilters).',
	facts: [],
	sources: [checkerSources.confdBgpProcessor333],
	run: (c) => {
		const filters = resourcesOf(c, 'BGPFilter');
		if (!filters.length) return [];
		const known = new Set(
			filters.map((filter) => {
				const metadata = isRecord(filter.value.metadata) ? filter.value.metadata : {};
				return textOf(metadata.name);
			})
		);
		const hits: RuleHit[] = [];
		for (const peer of resourcesOf(c, 'BGPPeer')) {
			const named = specOf(peer).filters;
			(Array.isArray(named) ? named : []).forEach((value, i) => {
				const name = textOf(value);
				if (!name || known.has(name)) return;
				hits.push({
					key: `${peer.line}:${name}`,
					...placeOf(peer, `spec.filters[${i}]`),
					message: `${resourceName(peer)} names the filter ${name}, which is not among the BGPFilters in the paste.`,
					reason:
						'Calico builds each peer’s BIRD filter from the BGPFilters it finds and skips a name it cannot find, so routes to and from this peer go through without that filter. Create the BGPFilter, or fix the name.',
				});
			});
		}
		return hits;
	},
});
