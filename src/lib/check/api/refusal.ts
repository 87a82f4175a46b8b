import { has, releaseText, type Release, type Source } from '../../facts';
import { checkerSources } from '../../facts/checker-sources';

/** Who checks a rule of a Calico resource's API: its CRD (from the release that added the rule to it), or only Calico's validator. */
export type CheckedBy = 'crd' | 'validator';

/** What happens to a BGPPeer or BGPFilter that breaks a rule of its API, in the chosen release. */
export function apiRefusal(release: Release, apiVersion: string, by: CheckedBy): string {
	const validator =
		'Calico’s validator (the Calico API server for projectcalico.org/v3, and calicoctl) refuses it';
	if (by === 'crd' && has(release, 'crdFieldRules'))
		return 'Its CRD’s validation rules refuse it, so kubectl apply fails and the cluster keeps what it had.';
	if (apiVersion.startsWith('crd.'))
		return `${validator}. Applied with kubectl as crd.projectcalico.org/v1 in Calico ${releaseText(release)}, nothing checks it, and BIRD’s configuration is then built from a resource Calico never meant to accept.`;
	return `${validator}, so it is never stored.`;
}

/** The sources of the BGPPeer and BGPFilter rules: the validator before 3.32, the API types with their CRD rules after. */
export const bgpApiSources: readonly Source[] = [
	checkerSources.bgpPeerValidation331,
	checkerSources.bgpPeerApi333,
	checkerSources.bgpFilterApi333,
];
