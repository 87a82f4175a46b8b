/**
 * The Calico releases the guide describes, oldest first, each as what it added to the one before (as ESLint's
 * `conf/globals.js` builds each ECMAScript version from the previous one). A version typed anywhere else is a
 * bug: facts, rules and pages read it from here, and source links are pinned to a release's tag.
 */

/** Something a release brought that changes an answer of the guide. */
export type ReleaseFeature =
	| 'programClusterRoutes'
	| 'clusterRoutingMode'
	| 'unencapsulatedRoutesByFelix'
	| 'ipipRoutesByFelixDefault'
	| 'nativeV3CrdsByDefault'
	| 'helmChartWithoutCrds'
	| 'nftablesAuto'
	| 'kubevirtLiveMigration'
	| 'crdFieldRules'
	| 'localSubnetL2Reachability';

/** One Calico minor release: its newest patch the guide read, the operator that ships it, and what it added. */
export interface Release {
	/** The minor version readers name, e.g. `3.32`. */
	minor: string;
	/** The newest patch release the guide read, as tagged in projectcalico/calico, e.g. `v3.32.1`. */
	patch: string;
	/** The tigera/operator release that ships that patch, as tagged, e.g. `v1.42.4`. */
	operator: string;
	/** The branch of projectcalico/calico the release is cut from, where its code is read, e.g. `release-v3.32`. */
	branch: string;
	/** What this release added that the guide's answers depend on (each described, with its source, beside it). */
	adds: readonly ReleaseFeature[];
	/** The date (YYYY-MM-DD) the release's figures were checked. */
	checked: string;
}

/** The releases, oldest first (sources: the GitHub release pages of projectcalico/calico and tigera/operator). */
export const releases = [
	{
		minor: '3.31',
		patch: 'v3.31.7',
		operator: 'v1.40.17',
		branch: 'release-v3.31',
		adds: [
			// api/pkg/apis/projectcalico/v3/felixconfig.go @ v3.31.0: "whether Felix should program IPIP routes
			// instead of BIRD", Enabled or Disabled, default Disabled.
			// FelixConfiguration programClusterRoutes (Enabled or Disabled): Felix can program the IP-in-IP routes instead of BIRD
			'programClusterRoutes',
		],
		checked: '2026-12-03',
	},
	{
		minor: '3.32',
		patch: 'v3.32.1',
		operator: 'v1.42.4',
		branch: 'release-v3.32',
		adds: [
			// BGPConfiguration programClusterRoutes @ v3.32: Enabled (the default) lets BIRD program the routes of
			// pools with vxlanMode Never; Disabled leaves them to Felix. The operator's validation.go @ v1.42.4.
			// BGPConfiguration programClusterRoutes: the IP-in-IP and unencapsulated routes can be left to Felix
			'unencapsulatedRoutesByFelix',
			// The operator’s calicoNetwork.clusterRoutingMode: BIRD or Felix
			'clusterRoutingMode',
			// calico PR 11727; charts/tigera-operator @ release-v3.32.
			// The tigera-operator Helm chart no longer carries Calico’s CRDs: the CRD chart is installed first
			'helmChartWithoutCrds',
			// felix/config/config_params.go @ v3.32.1: NftablesMode default Auto.
			// FelixConfiguration nftablesMode defaults to Auto: Felix uses nftables when kube-proxy runs in nftables mode
			'nftablesAuto',
			// IPAMConfiguration kubeVirtVMAddressPersistence and FelixConfiguration ipv4ElevatedRoutePriority @ v3.32.1
			// (neither in v3.31.7); tigera/docs calico/networking/kubevirt/kubevirt-networking.mdx.
			// KubeVirt VMs keep their IP address and live-migrate between nodes (bridge binding, BGP networking without an overlay)
			'kubevirtLiveMigration',
			// libcalico-go/config/crd/crd.projectcalico.org_bgppeers.yaml and _bgpfilters.yaml @ v3.32.1 carry
			// x-kubernetes-validations, _ipreservations.yaml `format: cidr` (none @ v3.31.7, where only Calico's
			// validator checks them, and it takes a bare address as a reservation).
			// Calico's CRDs carry their own field rules (BGPPeer, BGPFilter, IPReservation CIDRs), so kubectl apply refuses a resource that breaks one
			'crdFieldRules',
		],
		checked: '2026-12-03',
	},
	{
		minor: '3.33',
		patch: 'v3.33.1',
		operator: 'v1.44.1',
		branch: 'release-v3.33',
		adds: [
			// design/cluster-route-programming/DESIGN.md @ release-v3.33; calico PR 13470; operator PR 5150.
			// Felix programs the IP-in-IP routes by default (programClusterRoutes: EnabledIPIPOnly in Felix, EnabledNoEncapOnly in BGP), so an IP-in-IP pool needs no BGP; the operator adds clusterRoutingMode: FelixIPIPOnly
			'ipipRoutesByFelixDefault',
			// tigera/docs calico/operations/native-v3-crds.mdx; operator PR 4973.
			// New operator installs serve Calico’s resources as native projectcalico.org/v3 CRDs where the cluster supports it, so kubectl apply works without the Calico API server
			'nativeV3CrdsByDefault',
			// api/pkg/apis/projectcalico/v3/felixconfig.go @ release-v3.33 (not in v3.32.1); tigera/docs
			// calico/networking/configuring/local-subnet-l2-reachability.mdx.
			// Felix answers ARP and NDP for pod and LoadBalancer addresses of unencapsulated pools inside the host subnet (localSubnetL2Reachability), so the local segment reaches them without BGP
			'localSubnetL2Reachability',
		],
		checked: '2026-12-03',
	},
] as const satisfies readonly Release[];

/** A Calico minor version the guide answers for, e.g. `3.33`. */
export type CalicoMinor = (typeof releases)[number]['minor'];

/** The minor versions the guide answers for, oldest first. */
export const supportedMinors: readonly CalicoMinor[] = releases.map((release) => release.minor);

/** The newest release the guide describes: the default for every answer. */
export const newestRelease: Release = releases[releases.length - 1]!;

/** The newest release's minor version, e.g. `3.33`: what a widget shows until the reader picks another. */
export const newestMinor: CalicoMinor = releases[releases.length - 1]!.minor;

/** The release that first brought a feature. */
export function since(feature: ReleaseFeature): Release {
	const first = (releases as readonly Release[]).find((release) => release.adds.includes(feature));
	if (!first)
		throw new Error(
			`No release adds “${feature}”; releases.ts lists ${releases.map((r) => r.minor).join(', ')}.`
		);
	return first;
}

/** The release before a release (the last one without its features); undefined for the oldest the guide lists. */
export function releaseBefore(release: Release): Release | undefined {
	const index = (releases as readonly Release[]).findIndex((r) => r.minor === release.minor);
	return index > 0 ? releases[index - 1] : undefined;
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

/** True when a release has a feature: the feature came in that release or an earlier one. */
export function has(release: Release, feature: ReleaseFeature): boolean {
	return Number(release.minor.split('.')[1]) >= Number(since(feature).minor.split('.')[1]);
}

/** True for a minor version the guide answers for. */
export function isCalicoMinor(value: unknown): value is CalicoMinor {
	return (supportedMinors as readonly unknown[]).includes(value);
}

/** A release by its minor version. */
export function releaseOf(minor: CalicoMinor): Release {
	return releases.find((release) => release.minor === minor) as Release;
}

/** The answer of reading a version a reader gave: the release, or what is wrong with the text. */
export type ReadRelease = { ok: true; release: Release } | { ok: false; message: string };

/**
 * Reads a Calico version as a reader or a URL gives it (`3.32`, `v3.32`, `3.32.1`): the patch is dropped,
 * since the guide's answers differ by minor version only. Nothing given means the newest release.
 */
export function readRelease(text: string | null | undefined): ReadRelease {
	const given = (text ?? '').trim();
	if (!given) return { ok: true, release: newestRelease };
	const minor = /^v?(\d+\.\d+)(\.\d+)?$/.exec(given)?.[1];
	if (minor && isCalicoMinor(minor)) return { ok: true, release: releaseOf(minor) };
	return {
		ok: false,
		message: `“${given}” is not a Calico version this guide answers for: choose ${supportedMinors.join(', ')} (for example ?calico=${newestRelease.minor}).`,
	};
}
