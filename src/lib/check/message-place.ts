import { isRecord, type ParsedResource } from './parse';
import { placeOf } from './resources';

/** The fields of an Installation's pool that the operator's messages name. */
const poolFields = [
	'allowedUses',
	'natOutgoing',
	'nodeSelector',
	'encapsulation',
	'blockSize',
	'disableBGPExport',
];

/** The path of the pool a message of the operator's pool validation names, by CIDR or by name. */
function poolPath(installation: ParsedResource, message: string): string | null {
	const named = /^IP pool (name )?(\S+?)(?::|\s)/.exec(message);
	if (!named) return null;
	const spec = isRecord(installation.value.spec) ? installation.value.spec : {};
	const network = isRecord(spec.calicoNetwork) ? spec.calicoNetwork : {};
	const pools = Array.isArray(network.ipPools) ? network.ipPools : [];
	const key = named[1] ? 'name' : 'cidr';
	const i = pools.findIndex((pool) => isRecord(pool) && String(pool[key] ?? '') === named[2]);
	if (i < 0) return null;
	const after = message.slice(named[0].length);
	const field = named[1]
		? 'name'
		: (poolFields.find((name) => after.includes(name)) ?? (after.includes('CIDR') ? 'cidr' : ''));
	return `spec.calicoNetwork.ipPools[${i}]${field ? `.${field}` : ''}`;
}

/**
 * Where a message of the operator's validation points in the Installation: the `spec.…` field it names, the
 * pool (and field) it names, or else the Installation itself.
 */
export function messagePlace(
	installation: ParsedResource,
	message: string
): { line: number; column?: number } {
	const field = /\bspec(?:\.[A-Za-z]\w*)+/.exec(message)?.[0] ?? poolPath(installation, message);
	return placeOf(installation, field ?? '');
}
