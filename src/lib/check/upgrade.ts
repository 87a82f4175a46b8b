import {
	has,
	readRelease,
	releases,
	since,
	sources,
	type Release,
	type ReleaseFeature,
	type Source,
} from '../facts';
import { checkConfiguration } from './check';
import type { CheckInput, Finding } from './types';

/** What an upgrade does to a configuration: one change, whether the reader must act, and how. */
export interface UpgradeItem {
	id: string;
	/** What happens, in a sentence. */
	what: string;
	/** `needed`: act before or during the upgrade; `choose`: a decision to make; `none`: worth knowing. */
	action: 'needed' | 'choose' | 'none';
	/** The field, command or step, when there is one. */
	how?: string;
	sources: readonly Source[];
}

/** The answer for one upgrade: its items, or what is wrong with the versions asked for. */
export type UpgradeResult =
	{ ok: true; from: Release; to: Release; items: UpgradeItem[] } | { ok: false; message: string };

/** What each release's features change for every cluster that upgrades across them, whatever its configuration. */
const releaseItems: Partial<Record<ReleaseFeature, UpgradeItem>> = {
	helmChartWithoutCrds: {
		id: 'helm-crd-chart',
		what: 'The tigera-operator Helm chart stops carrying Calico’s CRDs.',
		action: 'needed',
		how: 'If you install with Helm, install or upgrade the CRD chart first, then the operator chart; an upgrade of the operator chart alone leaves the CRDs behind.',
		sources: [sources.calicoRelease],
	},
	nftablesAuto: {
		id: 'nftables-auto',
		what: 'Felix’s nftablesMode default becomes Auto: it follows kube-proxy into nftables when kube-proxy runs in nftables mode.',
		action: 'none',
		how: 'Set FelixConfiguration nftablesMode to Disabled to stay on iptables whatever kube-proxy does.',
		sources: [sources.felixConfigParams],
	},
	nativeV3CrdsByDefault: {
		id: 'native-v3-crds',
		what: 'New operator installs serve Calico’s resources as native projectcalico.org/v3 CRDs where the cluster supports it; an upgraded cluster keeps the API server it has until you migrate.',
		action: 'choose',
		how: 'Move with a DatastoreMigration resource when you are ready; the aggregated API server is deprecated.',
		sources: [sources.nativeV3Crds],
	},
};

/**
 * What upgrading from one Calico release to a later one changes for a pasted configuration: the checker's
 * findings that appear or go away between the two releases, and what the releases in between change for every
 * cluster. Never throws: bad versions come back as a message.
 */
export function upgradeNotes(input: CheckInput & { from: string; to: string }): UpgradeResult {
	const from = readRelease(input.from);
	const to = readRelease(input.to);
	if (!from.ok) return { ok: false, message: `From: ${from.message}` };
	if (!to.ok) return { ok: false, message: `To: ${to.message}` };
	const order = (r: Release) => releases.findIndex((x) => x.minor === r.minor);
	if (order(to.release) <= order(from.release))
		return {
			ok: false,
			message: `Choose a release after ${from.release.minor} to upgrade to; ${to.release.minor} is not later.`,
		};
	const before = checkConfiguration({ ...input, calico: from.release.minor });
	const after = checkConfiguration({ ...input, calico: to.release.minor });
	const key = (f: Finding) => `${f.rule}:${f.id.split(':').slice(1).join(':')}`;
	const had = new Set(before.findings.map(key));
	const stays = new Set(after.findings.map(key));
	const items: UpgradeItem[] = [];
	for (const finding of before.findings)
		if (finding.rule === 'ipip-routes-upgrade')
			items.push({
				id: finding.id,
				what: finding.message,
				action: 'choose',
				how: finding.reason,
				sources: finding.sources,
			});
	for (const finding of after.findings)
		if (!had.has(key(finding)) && finding.severity !== 'info')
			items.push({
				id: `new-${finding.id}`,
				what: `On ${to.release.minor}: ${finding.message}`,
				action: 'needed',
				how: finding.reason,
				sources: finding.sources,
			});
	for (const finding of before.findings)
		if (!stays.has(key(finding)) && finding.severity === 'error')
			items.push({
				id: `gone-${finding.id}`,
				what: `No longer an error on ${to.release.minor}: ${finding.message}`,
				action: 'none',
				sources: finding.sources,
			});
	for (const [feature, item] of Object.entries(releaseItems) as [ReleaseFeature, UpgradeItem][])
		if (!has(from.release, feature) && has(to.release, feature))
			items.push({ ...item, what: `From ${since(feature).minor}: ${item.what}` });
	return { ok: true, from: from.release, to: to.release, items };
}
