import { describe, expect, test } from 'vitest';
import { searchHint } from '../../../src/lib/words/search-hint';

describe('what a search that finds nothing says', () => {
	test.each([
		{ term: 'k3s', says: 'does not cover k3s yet', href: '/environments/other/' },
		{ term: 'install calico on K3S', says: 'does not cover k3s yet', href: '/environments/other/' },
		{ term: 'vSphere', says: 'does not cover VMware vSphere yet', href: '/environments/other/' },
		{ term: 'openshift ovn', says: 'does not cover OpenShift yet', href: '/environments/other/' },
		{
			term: 'migrate operator manifest',
			says: 'moving a Calico install from manifests to the Tigera operator',
			href: /^https:\/\/docs\.tigera\.io\/calico\/3\.\d+\/operations\/operator-migration$/,
		},
	])('“$term” says what is not covered and where to go', ({ term, says, href }) => {
		const hint = searchHint(term);
		expect(hint.notCovered).toContain(says);
		expect(hint.instead?.href).toMatch(href);
	});

	test.each([{ term: 'frobnicate' }, { term: 'k3' }, { term: 'migrate' }])(
		'“$term” names nothing uncovered but still lists what the guide covers',
		({ term }) => {
			const hint = searchHint(term);
			expect(hint.notCovered).toBeNull();
			expect(hint.covers.map((c) => c.href)).toEqual(
				expect.arrayContaining(['/recommend/', '/environments/aws/', '/migrate/', '/tools/mtu/'])
			);
		}
	);
});
