import { testRule } from '../rule-tester';
import { v3 } from '../yaml';

const peer = (spec: string) => v3('BGPPeer', 'rack-1', spec);
/** The same peer as kubectl prints the CRD behind it. */
const crdPeer = (spec: string) =>
	`apiVersion: crd.projectcalico.org/v1\nkind: BGPPeer\nmetadata: {name: rack-1}\nspec: ${spec}\n`;

testRule('bgp-peer-validation', {
	valid: [
		{ name: 'a peer with a router', input: { text: peer('{peerIP: 10.0.0.1, asNumber: 64512}') } },
		{
			name: 'a peer address with a port',
			input: { text: peer('{peerIP: "10.0.0.1:1179", asNumber: 64512}') },
		},
		{
			name: 'an IPv6 peer with a port',
			input: { text: peer('{peerIP: "[fd00::1]:179", asNumber: 64512}') },
		},
		{
			name: 'route reflector clients picked by selectors',
			input: {
				text: peer('{nodeSelector: "!has(route-reflector)", peerSelector: has(route-reflector)}'),
			},
		},
		{
			name: 'a peer reached through a gateway of its own family',
			input: { text: peer('{peerIP: 10.1.0.1, asNumber: 64512, reachableBy: 10.0.0.1}') },
		},
		{
			name: 'peering with workloads by their AS number',
			input: { text: peer('{localWorkloadSelector: app == "vrouter", asNumber: 65001}') },
		},
		{
			name: 'nextHopMode alone',
			input: { text: peer('{peerIP: 10.0.0.1, asNumber: 64512, nextHopMode: Keep}') },
		},
	],
	invalid: [
		{
			name: 'both node and nodeSelector',
			input: { text: peer('{node: n1, nodeSelector: all(), peerIP: 10.0.0.1, asNumber: 64512}') },
			severity: 'error',
			message: /BGPPeer rack-1 sets both node and nodeSelector/,
			reason: /CRD’s validation rules refuse it/,
		},
		{
			name: 'both peerIP and peerSelector',
			input: { text: peer('{peerIP: 10.0.0.1, peerSelector: has(rr)}') },
			severity: 'error',
			message: /both peerIP and peerSelector/,
		},
		{
			name: 'an AS number beside peerSelector',
			input: { text: peer('{peerSelector: has(rr), asNumber: 64512}') },
			severity: 'error',
			message: /asNumber with peerSelector/,
		},
		{
			name: 'workloads without an AS number',
			input: { text: peer('{localWorkloadSelector: app == "vrouter"}') },
			severity: 'error',
			message: /localWorkloadSelector without asNumber/,
		},
		{
			name: 'workloads and a peer address at once',
			input: { text: peer('{localWorkloadSelector: app == "x", asNumber: 1, peerIP: 10.0.0.1}') },
			severity: 'error',
			message: /localWorkloadSelector and peerIP/,
		},
		{
			name: 'a peerIP that is a host name',
			input: { text: peer('{peerIP: router.example.com, asNumber: 64512}') },
			severity: 'error',
			message: /not an IP address/,
		},
		{
			name: 'reachableBy without a peer address',
			input: { text: peer('{peerSelector: has(rr), reachableBy: 10.0.0.1}') },
			severity: 'error',
			message: /reachableBy without peerIP/,
		},
		{
			name: 'an IPv4 gateway for an IPv6 peer',
			input: { text: peer('{peerIP: "fd00::1", asNumber: 64512, reachableBy: 10.0.0.1}') },
			severity: 'error',
			message: /same IP family/,
		},
		{
			name: 'the deprecated keepOriginalNextHop beside nextHopMode',
			input: {
				text: peer(
					'{peerIP: 10.0.0.1, asNumber: 64512, keepOriginalNextHop: true, nextHopMode: Self}'
				),
			},
			severity: 'error',
			message: /set nextHopMode: Keep alone/,
		},
		{
			name: 'on 3.31, a peer written through the CRD group is checked by nothing but the validator',
			input: { text: crdPeer('{peerIP: 10.0.0.1, peerSelector: has(rr)}'), calico: '3.31' },
			severity: 'error',
			reason:
				/Applied with kubectl as crd\.projectcalico\.org\/v1 in Calico 3\.31, nothing checks it/,
		},
		{
			name: 'on 3.31, a projectcalico.org/v3 peer is refused by the API server',
			input: { text: peer('{peerIP: 10.0.0.1, peerSelector: has(rr)}'), calico: '3.31' },
			severity: 'error',
			reason: /Calico API server .* refuses it, so it is never stored/,
		},
		{
			name: 'the generated peer with its placeholders still in',
			input: { text: peer('{peerIP: <router address>, asNumber: <router AS number>}') },
			severity: 'warning',
			message: /still has the placeholder <router address> as its peerIP/,
		},
	],
});
