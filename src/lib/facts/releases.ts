/**
 * The Calico releases the guide describes, oldest first, each as what it added to the one before (as ESLint's
 * `conf/globals.js` builds each ECMAScript version from the previous one). A version typed anywhere else is a
 * bug: facts, rules and pages read it from here, and source links are pinned to a release's tag.
 */

/** Something a release brought that changes an answer of the guide. */
export type ReleaseFeature = 'programClusterRoutes' | 'clusterRoutingMode';

/** One Calico minor release: its newest patch the guide read, the operator that ships it, and what it added. */
export interface Release {
	/** The minor version readers name, e.g. `3.32`. */
	minor: string;
	/** The newest patch release the guide read, as tagged in projectcalico/calico, e.g. `v3.32.1`. */
	patch: string;
	/** The tigera/operator release that ships that patch, as tagged, e.g. `v1.42.4`. */
	operator: string;
	/** What this release added that the guide's answers depend on, in a few words each. */
	adds: Partial<Record<ReleaseFeature, string>>;
	/** The date (YYYY-MM-DD) the release's figures were checked. */
	checked: string;
}

/** The releases, oldest first (sources: the GitHub release pages of projectcalico/calico and tigera/operator). */
export const releases: readonly Release[] = [
	{
		minor: '3.31',
		patch: 'v3.31.7',
		operator: 'v1.40.17',
		adds: {
			programClusterRoutes:
				'FelixConfiguration programClusterRoutes: Felix can program IP-in-IP and unencapsulated routes without BGP',
		},
		checked: '2026-12-02',
	},
	{
		minor: '3.32',
		patch: 'v3.32.1',
		operator: 'v1.42.4',
		adds: {
			clusterRoutingMode: 'The operator’s calicoNetwork.clusterRoutingMode: Felix',
		},
		checked: '2026-08-22',
	},
];

/** The newest release the guide describes: the default for every answer. */
export const newestRelease: Release = releases[releases.length - 1]!;

/** The release that first brought a feature. */
export function since(feature: ReleaseFeature): Release {
	const first = releases.find((release) => release.adds[feature] !== undefined);
	if (!first)
		throw new Error(
			`No release adds “${feature}”; releases.ts lists ${releases.map((r) => r.minor).join(', ')}.`
		);
	return first;
}

/** The GitHub page of a release of projectcalico/calico. */
export function releasePage(release: Release): string {
	return `https://github.com/projectcalico/calico/releases/tag/${release.patch}`;
}

/** What of a release a sentence names: its minor version (`3.32`), its patch tag (`v3.32.1`), or its operator's minor (`1.42`). */
export type ReleasePart = 'minor' | 'patch' | 'operator-minor';

/** A release's version as a sentence names it. */
export function releaseText(release: Release, part: ReleasePart = 'minor'): string {
	if (part === 'patch') return release.patch;
	if (part === 'operator-minor') return release.operator.replace(/^v/, '').replace(/\.\d+$/, '');
	return release.minor;
}
