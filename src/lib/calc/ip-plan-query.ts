import { toSearchParams } from '../url/query';
import { facts } from '../facts';
import type { IgnoredParameter } from '../url/state';
import { parseCidr } from '../input/cidr';
import { InputError } from '../input/errors';
import { ipPlanParams } from './ip-plan-address';
import { blockSizeFor, readNodeCount, readPodsPerNode, readWindowsNodes } from './ip-plan';

/** The IP plan calculator's boxes as the page holds them: text as typed, and the tunnel tick. */
export interface IpPlanFields {
	poolCidr: string;
	nodes: string;
	podsPerNode: string;
	/** Blank: the family's default block size. */
	blockSize: string;
	tunnel: boolean;
	/** Blank: no Windows nodes. */
	windowsNodes: string;
}

/** What the IP plan calculator shows before the reader or its address changes anything. */
export const ipPlanDefaults: Readonly<IpPlanFields> = {
	poolCidr: facts.defaultPoolV4.value,
	nodes: '100',
	podsPerNode: '30',
	blockSize: '',
	tunnel: true,
	windowsNodes: '',
};

/** The IP plan calculator's state read from an address: the boxes it sets, and what it could not use. */
export interface IpPlanQueryState {
	fields: Partial<IpPlanFields>;
	ignored: IgnoredParameter[];
}

const fieldOf = new Map<string, keyof IpPlanFields>(
	Object.entries(ipPlanParams).map(([field, param]) => [param, field as keyof IpPlanFields])
);
const paramList = Object.values(ipPlanParams).join(', ');

/** Runs a check that throws an `InputError`; returns its message, or null when the value passes. */
function problem(check: () => unknown): string | null {
	try {
		check();
		return null;
	} catch (error) {
		if (error instanceof InputError) return error.message;
		throw error;
	}
}

/**
 * Reads the IP plan calculator's boxes from a query string (with or without `?`, or a whole URL),
 * checking each value as the calculator would. Never throws: what it cannot use is listed in
 * `ignored` with the reason, and that box keeps its default.
 */
export function parseIpPlanQuery(input: string | URLSearchParams): IpPlanQueryState {
	const ignored: IgnoredParameter[] = [];
	const given = new Map<keyof IpPlanFields, string>();
	for (const [param, value] of toSearchParams(input)) {
		const field = fieldOf.get(param);
		if (!field)
			ignored.push({
				param,
				value,
				reason: `"${param}" is not a setting of the IP plan calculator. Known settings: ${paramList}.`,
			});
		else if (given.has(field))
			ignored.push({
				param,
				value,
				reason: `"${param}" appears more than once; only the first value is used.`,
			});
		else given.set(field, value);
	}

	const fields: Partial<IpPlanFields> = {};
	const use = (field: keyof IpPlanFields, reason: string | null, keep: () => void) => {
		const value = given.get(field) as string;
		if (reason === null) keep();
		else ignored.push({ param: ipPlanParams[field], value, reason });
	};
	// The calculator's own message, after the setting it came from.
	const checked = (field: keyof IpPlanFields, check: () => unknown) => {
		const message = problem(check);
		return message === null ? null : `${ipPlanParams[field]}: ${message}`;
	};

	const poolText = given.get('poolCidr');
	if (poolText !== undefined)
		use(
			'poolCidr',
			checked('poolCidr', () => parseCidr(poolText, 'poolCidr')),
			() => {
				fields.poolCidr = parseCidr(poolText, 'poolCidr').text;
			}
		);
	for (const [field, read] of [
		['nodes', readNodeCount],
		['podsPerNode', readPodsPerNode],
	] as const) {
		const text = given.get(field);
		if (text !== undefined)
			use(
				field,
				checked(field, () => read(text)),
				() => (fields[field] = text.trim())
			);
	}
	const blockText = given.get('blockSize');
	if (blockText !== undefined) {
		const pool = parseCidr(fields.poolCidr ?? ipPlanDefaults.poolCidr, 'poolCidr');
		use(
			'blockSize',
			checked('blockSize', () => blockSizeFor(pool.family, blockText, pool.prefix)),
			() => {
				fields.blockSize = blockText.trim();
			}
		);
	}
	const windowsText = given.get('windowsNodes');
	if (windowsText !== undefined) {
		const nodes = readNodeCount(fields.nodes ?? ipPlanDefaults.nodes);
		use(
			'windowsNodes',
			checked('windowsNodes', () => readWindowsNodes(windowsText, nodes)),
			() => {
				fields.windowsNodes = windowsText.trim();
			}
		);
	}
	const tunnelText = given.get('tunnel');
	if (tunnelText !== undefined) {
		const answer = tunnelText.trim().toLowerCase();
		const shown = tunnelText === '' ? 'an empty value' : `"${tunnelText}"`;
		use(
			'tunnel',
			answer === 'yes' || answer === 'no' ? null : `tunnel takes yes or no, not ${shown}.`,
			() => (fields.tunnel = answer === 'yes')
		);
	}
	return { fields, ignored };
}

/** The settings of `fields` that differ from the calculator's defaults, for an address that carries only what the reader changed. */
export function ipPlanChanges(fields: IpPlanFields): Partial<IpPlanFields> {
	return Object.fromEntries(
		Object.entries(fields).filter(
			([field, value]) => ipPlanDefaults[field as keyof IpPlanFields] !== value
		)
	) as Partial<IpPlanFields>;
}

export { ipPlanPage, ipPlanParams, serialiseIpPlanQuery } from './ip-plan-address';
