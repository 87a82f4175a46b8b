import { defineCheckRule } from '../define-rule';
import { isRecord } from '../parse';
import { placeOf, resourceName, resourcesOf, specOf, textOf } from '../resources';
import { sources } from '../../facts';
import type { CheckContext } from '../context';
import { getEnvironment } from '../../catalog/environments';

/** Names of the pools in the paste that hand out LoadBalancer addresses. */
function loadBalancerPools(c: CheckContext): string[] {
	const uses = (pool: Record<string, unknown>) =>
		Array.isArray(pool.allowedUses) && pool.allowedUses.includes('LoadBalancer');
	const direct = resourcesOf(c, 'IPPool')
		.filter((pool) => uses(specOf(pool)))
		.map((pool) => resourceName(pool));
	const network =
		c.installation && isRecord(c.installation.spec) ? c.installation.spec.calicoNetwork : undefined;
	const listed = isRecord(network) && Array.isArray(network.ipPools) ? network.ipPools : [];
	return [
		...direct,
		...listed
			.filter(isRecord)
			.filter(uses)
			.map((pool) => `pool ${textOf(pool.cidr)}`),
	];
}

/** On a cloud, Calico's LoadBalancer IPAM assigns addresses only to the Services that ask for it. */
export const lbIpamCloud = defineCheckRule({
	id: 'lb-ipam-cloud',
	severity: 'warning',
	checks:
		'On a cloud with its own load balancer controller, a LoadBalancer pool goes with assignIPs: RequestedServicesOnly, so Calico does not give every LoadBalancer Service an address.',
	facts: ['lbIpamNeedsPool'],
	sources: [sources.serviceLbPage],
	run: (c) => {
		if (!getEnvironment(c.env).cloudLoadBalancers) return [];
		const pools = loadBalancerPools(c);
		if (!pools.length) return [];
		const config = resourcesOf(c, 'KubeControllersConfiguration')[0];
		const controllers =
			config && isRecord(specOf(config).controllers)
				? (specOf(config).controllers as Record<string, unknown>)
				: {};
		const lb = isRecord(controllers.loadBalancer) ? controllers.loadBalancer : {};
		const mode = textOf(lb.assignIPs) || 'AllServices';
		if (mode !== 'AllServices') return [];
		const said = config
			? `${resourceName(config)} sets assignIPs: ${mode}`
			: 'assignIPs is AllServices by default';
		return [
			{
				...(config ? placeOf(config, 'spec.controllers.loadBalancer.assignIPs') : {}),
				message: `The paste has a LoadBalancer pool (${pools.join(', ')}) and ${said}: Calico gives every Service of type LoadBalancer an address from it, including Services the cloud’s load balancer controller serves.`,
				reason:
					'With AllServices, Calico’s kube-controllers assigns an address to each LoadBalancer Service, including those the cloud’s controller serves. Set RequestedServicesOnly so only Services that ask for a Calico address (loadBalancerClass: calico, or Calico’s IP pool annotations) get one.',
				fix: `kubectl patch kubecontrollersconfiguration default --type=merge --patch '{"spec":{"controllers":{"loadBalancer":{"assignIPs":"RequestedServicesOnly"}}}}'\n`,
			},
		];
	},
});
