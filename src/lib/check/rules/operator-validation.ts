import { defineCheckRule } from '../define-rule';
import { validateInstallation } from '../../operator/validate';
import { sources } from '../../facts';
import { isRecord } from '../parse';
import { messagePlace } from '../message-place';
import { placeOf, resourcesOf } from '../resources';
import type { CheckContext } from '../context';
import type { RuleHit } from '../types';

/** Where the Installation's pools are written, when the paste holds them. */
const place = (c: CheckContext) => {
	const pasted = resourcesOf(c, 'Installation')[0];
	return pasted ? placeOf(pasted, 'spec.calicoNetwork.ipPools') : {};
};

/** Shape problems validateInstallation assumes away (it reads ipPools as a list of mappings). */
function shapeHits(c: CheckContext): RuleHit[] {
	const spec = c.installationAsPasted?.spec;
	const network = isRecord(spec) ? spec.calicoNetwork : undefined;
	const pools = isRecord(network) ? network.ipPools : undefined;
	if (pools === undefined || pools === null) return [];
	if (!Array.isArray(pools))
		return [
			{
				key: 'ipPools',
				...place(c),
				message: 'spec.calicoNetwork.ipPools must be a list of pools.',
				reason: 'The operator cannot read the pools, so it rejects the Installation.',
			},
		];
	return pools.some((pool) => !isRecord(pool))
		? [
				{
					key: 'ipPools-items',
					...place(c),
					message: 'Each entry of spec.calicoNetwork.ipPools must be a mapping with a cidr.',
					reason: 'The operator cannot read the pools, so it rejects the Installation.',
				},
			]
		: [];
}

/** The Installation passes the operator’s own validation, after its defaults. */
export const operatorValidation = defineCheckRule({
	id: 'operator-validation',
	severity: 'error',
	checks:
		'The Installation passes the networking and IP pool validation of the Tigera operator that ships the chosen Calico version, after the operator fills in its defaults (BGP, the pool it creates, each pool’s encapsulation and nodeSelector).',
	facts: [
		'operatorBgpDefault',
		'operatorNodeSelectorDefault',
		'operatorPoolEncapsulationDefault',
		'ipipIpv4Only',
	],
	sources: [sources.operatorValidation, sources.operatorPoolValidation],
	run: (c) => {
		if (!c.installationAsPasted) return [];
		const shape = shapeHits(c);
		if (shape.length) return shape;
		let messages: string[];
		try {
			messages = validateInstallation(
				c.installationAsPasted,
				{ clusterHasPools: c.directPools.length > 0 },
				c.release
			);
		} catch {
			messages = ['The Installation’s spec could not be read: check its structure.'];
		}
		const pasted = resourcesOf(c, 'Installation')[0];
		return messages.map((message) => ({
			key: message,
			...(pasted ? messagePlace(pasted, message) : {}),
			message,
			reason: 'The operator refuses an Installation that breaks its rules and installs nothing.',
		}));
	},
});
