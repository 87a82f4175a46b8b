import { defineCheckRule } from '../define-rule';
import { podMtu, underlayMtuRange, type MtuEncapsulation } from '../../calc/mtu';
import type { EnvironmentId } from '../../catalog/environments';
import { facts } from '../../facts';
import { installationFix } from '../fix-yaml';
import { placeOf, resourcesOf } from '../resources';
import type { CheckContext } from '../context';

/** The underlay MTU most clusters of an environment have, and where it comes from (none where it varies). */
const usualUnderlay: Partial<Record<EnvironmentId, { mtu: number; where: string }>> = {
	aws: { mtu: facts.awsVpcMtu.value, where: 'inside an AWS VPC' },
	azure: { mtu: facts.azureMtu.value, where: 'on an Azure VNET' },
	'google-cloud': { mtu: facts.gcpDefaultMtu.value, where: 'on a Google Cloud VPC by default' },
};

/** Where the Installation's calicoNetwork.mtu is written, when the paste holds the Installation. */
function mtuPlace(c: CheckContext) {
	const pasted = resourcesOf(c, 'Installation')[0];
	return pasted ? placeOf(pasted, 'spec.calicoNetwork.mtu') : {};
}

const wrapperOf = (encapsulation: string): MtuEncapsulation =>
	encapsulation.startsWith('VXLAN') ? 'vxlan' : encapsulation.startsWith('IPIP') ? 'ipip' : 'none';

/** An explicit pod MTU leaves room for the pools’ wrappers on the usual network. */
export const mtuTooLarge = defineCheckRule({
	id: 'mtu-too-large',
	severity: 'warning',
	checks:
		'An explicit spec.calicoNetwork.mtu leaves room for the pools’ encapsulation (and WireGuard) on the environment’s usual network MTU: AWS 9001, Azure 1500, Google Cloud 1460.',
	facts: [
		'awsVpcMtu',
		'azureMtu',
		'gcpDefaultMtu',
		'ipipOverheadV4',
		'vxlanOverheadV4',
		'vxlanOverheadV6',
		'wireguardOverheadV4',
	],
	run: (c) => {
		if (c.mtu === undefined || c.mtu === null) return [];
		const { min, max } = underlayMtuRange;
		if (typeof c.mtu !== 'number' || !Number.isInteger(c.mtu) || c.mtu < min || c.mtu > max)
			return [
				{
					key: 'range',
					...mtuPlace(c),
					severity: 'error',
					message: `spec.calicoNetwork.mtu must be a whole number from ${min} to ${max}, not ${JSON.stringify(c.mtu)}.`,
					reason: 'Pods would get an MTU no network carries.',
				},
			];
		const underlay = usualUnderlay[c.env];
		if (!underlay) return [];
		const wireguard = c.felix.some((spec) => spec[facts.wireguardFields.value.ipv4] === true);
		const results = (
			c.allPools.length ? c.allPools : [{ encapsulation: 'None', parsed: null }]
		).map((pool) => {
			const ipVersion = pool.parsed?.family ?? 4;
			const encapsulation =
				ipVersion === 6 && wrapperOf(pool.encapsulation) === 'ipip'
					? 'none'
					: wrapperOf(pool.encapsulation);
			return podMtu({
				underlayMtu: underlay.mtu,
				encapsulation,
				ipVersion,
				wireguard,
				aks: c.provider === 'AKS',
			});
		});
		const tightest = results.reduce((a, b) => (b.podMtu < a.podMtu ? b : a));
		if (c.mtu <= tightest.podMtu) return [];
		const spent = tightest.limitedBy
			? `${tightest.limitedBy} takes ${tightest.reservedBytes} bytes`
			: 'nothing is wrapped';
		return [
			{
				...mtuPlace(c),
				message: `spec.calicoNetwork.mtu is ${c.mtu}, more than the ${tightest.podMtu} that fits: the network carries ${underlay.mtu} bytes ${underlay.where}, and ${spent}.`,
				reason:
					'Packets larger than the path carries are dropped silently, so small requests work while large transfers stall. If your network’s MTU differs from the usual one, compare with it instead.',
				fix: installationFix({ mtu: tightest.podMtu }),
			},
		];
	},
});
