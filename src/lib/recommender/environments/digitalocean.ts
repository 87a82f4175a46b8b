import { facts } from '../../facts';
import { doFirewallProtocols } from '../../facts/platforms';
import { defineEnvironment, type EnvironmentPage } from './define';
import type { Rule, Verdict } from './types';

const spoofing =
	'DigitalOcean drops a Droplet’s traffic whose source address or MAC is not the Droplet’s own, so an unwrapped pod packet never arrives.';

/** DigitalOcean Droplets: plain VXLAN, since Droplets drop foreign source addresses and Cloud Firewalls pass no IP-in-IP. */
const decide: Rule = (a) => {
	const excluded: Verdict['excluded'] = {
		'calico-vxlan-cross-subnet': `${spoofing} Cross-subnet mode sends exactly such packets inside a subnet.`,
	};
	const tradeoffs: string[] = [];
	if (a.routable === 'yes')
		tradeoffs.push(
			'You need routable pod IPs, but a DigitalOcean VPC has no route to pods and accepts no packets from pod addresses: pods stay reachable only through services or ingress (a DigitalOcean Load Balancer among them).'
		);
	return {
		pick: 'calico-vxlan',
		alternatives: ['calico-ipip'],
		excluded,
		reasons: [
			`${spoofing} Plain VXLAN wraps every packet between nodes in one that carries Droplet addresses only.`,
			`It needs UDP port ${facts.vxlanPort.value} between the Droplets, which a Cloud Firewall can allow; a Cloud Firewall’s rules name ${doFirewallProtocols.value.join(', ')} only, so it cannot allow the IP-in-IP that Calico’s own DigitalOcean guide configures.`,
		],
		tradeoffs,
	};
};

/** DigitalOcean Droplets: how the guide decides. */
export const digitalocean = defineEnvironment({ id: 'digitalocean', decide });

/** DigitalOcean Droplets: what the underlay is like, and the options its page lists (apart from the decision, so the recommender does not ship them). */
export const digitaloceanPage: EnvironmentPage<'digitalocean'> = {
	id: 'digitalocean',
	underlay:
		'A VPC that delivers only packets whose addresses are a Droplet’s own, with Cloud Firewalls that filter TCP, UDP and ICMP and nothing else.',
	listings: [
		{
			option: 'calico-vxlan',
			mark: 'recommended',
			when: 'Kubernetes you run yourself on Droplets (DOKS runs its own Cilium), with or without a Cloud Firewall.',
			answers: {},
			newer: true,
		},
		{
			option: 'calico-ipip',
			mark: 'alternative',
			when: 'No Cloud Firewall sits on the Droplets and IPv4 is enough: the setup Calico’s DigitalOcean guide (kOps) describes.',
			answers: { ipip: 'yes' },
		},
	],
};
