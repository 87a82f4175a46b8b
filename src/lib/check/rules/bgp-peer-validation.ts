import { defineCheckRule } from '../define-rule';
import { apiRefusal, bgpApiSources, type CheckedBy } from '../api/refusal';
import { readAddress } from '../cidrs';
import { placeOf, resourceName, resourcesOf, specOf, textOf } from '../resources';
import type { RuleHit } from '../types';

type Spec = Record<string, unknown>;

const set = (spec: Spec, field: string) => {
	const value = spec[field];
	return (
		value !== undefined &&
		value !== null &&
		value !== false &&
		textOf(value) !== '' &&
		value !== 0 &&
		value !== '0'
	);
};

/** One rule of the BGPPeer API: the fields it concerns, when a spec breaks it, and what it says. */
interface PeerRule {
	field: string;
	by: CheckedBy;
	breaks: (spec: Spec) => boolean;
	says: string;
}

const family = (value: unknown) => readAddress(value)?.family;

/** True for a value left to fill in, as the guide's generated configuration writes it: `<router address>`. */
const placeholder = (value: unknown) => /^<[^<>]+>$/.test(textOf(value));

/**
 * The rules of `validateBGPPeerSpec` (libcalico-go/lib/validator/v3/validator.go @ v3.31.7), which are CEL rules
 * of the BGPPeer CRD from 3.32 (api/pkg/apis/projectcalico/v3/bgppeer.go @ release-v3.33), except the address
 * family check, which CEL cannot express and the validator keeps.
 */
const peerRules: readonly PeerRule[] = [
	{
		field: 'node',
		by: 'crd',
		breaks: (s) => set(s, 'node') && set(s, 'nodeSelector'),
		says: 'sets both node and nodeSelector; a peer is for one node or for the nodes a selector picks',
	},
	{
		field: 'peerIP',
		by: 'crd',
		breaks: (s) => set(s, 'peerIP') && set(s, 'peerSelector'),
		says: 'sets both peerIP and peerSelector; the far end is one address or the Calico nodes a selector picks',
	},
	{
		field: 'asNumber',
		by: 'crd',
		breaks: (s) => set(s, 'peerSelector') && set(s, 'asNumber'),
		says: 'sets asNumber with peerSelector; the selected nodes peer with their own AS numbers, so leave asNumber out',
	},
	{
		field: 'asNumber',
		by: 'crd',
		breaks: (s) => set(s, 'localWorkloadSelector') && !set(s, 'asNumber'),
		says: 'sets localWorkloadSelector without asNumber; peering with workloads needs their AS number',
	},
	{
		field: 'peerIP',
		by: 'crd',
		breaks: (s) => set(s, 'localWorkloadSelector') && set(s, 'peerIP'),
		says: 'sets both localWorkloadSelector and peerIP; the selected workloads are the far end',
	},
	{
		field: 'peerSelector',
		by: 'crd',
		breaks: (s) => set(s, 'localWorkloadSelector') && set(s, 'peerSelector'),
		says: 'sets both localWorkloadSelector and peerSelector; a peer is with workloads or with nodes, not both',
	},
	{
		field: 'peerIP',
		by: 'validator',
		breaks: (s) => set(s, 'peerIP') && !placeholder(s.peerIP) && !readAddress(s.peerIP),
		says: 'has a peerIP that is not an IP address (optionally with a port: 10.0.0.1:179, [fd00::1]:179)',
	},
	{
		field: 'reachableBy',
		by: 'crd',
		breaks: (s) => set(s, 'reachableBy') && !set(s, 'peerIP'),
		says: 'sets reachableBy without peerIP; the gateway it names is the way to one peer address',
	},
	{
		field: 'reachableBy',
		by: 'validator',
		breaks: (s) =>
			set(s, 'reachableBy') &&
			set(s, 'peerIP') &&
			(!readAddress(s.reachableBy) ||
				family(s.reachableBy) !== (family(s.peerIP) ?? family(s.reachableBy))),
		says: 'has a reachableBy that is not an address of the same IP family as its peerIP',
	},
	{
		field: 'keepOriginalNextHop',
		by: 'crd',
		breaks: (s) =>
			s.keepOriginalNextHop === true && s.nextHopMode !== undefined && s.nextHopMode !== null,
		says: 'sets keepOriginalNextHop: true with nextHopMode; keepOriginalNextHop is deprecated, so set nextHopMode: Keep alone',
	},
];

/** A BGPPeer passes the rules of its API. */
export const bgpPeerValidation = defineCheckRule({
	id: 'bgp-peer-validation',
	severity: 'error',
	checks:
		'A BGPPeer passes the rules of its API: node or nodeSelector, peerIP or peerSelector, no asNumber with peerSelector, localWorkloadSelector with asNumber alone, reachableBy with a peerIP of its family, nextHopMode rather than keepOriginalNextHop.',
	facts: [],
	sources: bgpApiSources,
	run: (c) =>
		resourcesOf(c, 'BGPPeer').flatMap((peer) => {
			const spec = specOf(peer);
			const name = resourceName(peer);
			const unfilled = (['peerIP', 'asNumber'] as const)
				.filter((field) => placeholder(spec[field]))
				.map((field): RuleHit => ({
					key: `${peer.line}:${field}:placeholder`,
					severity: 'warning',
					...placeOf(peer, `spec.${field}`),
					message: `${name} still has the placeholder ${textOf(spec[field])} as its ${field}: fill it in before applying.`,
					reason:
						'A placeholder is neither an address nor an AS number, so the API refuses the BGPPeer as it stands.',
				}));
			const broken = peerRules
				.filter((rule) => rule.breaks(spec))
				.map((rule): RuleHit => ({
					key: `${peer.line}:${rule.field}:${rule.says.slice(0, 24)}`,
					...placeOf(peer, `spec.${rule.field}`),
					message: `${name} ${rule.says}.`,
					reason: apiRefusal(c.release, peer.apiVersion, rule.by),
				}));
			return [...unfilled, ...broken];
		}),
});
