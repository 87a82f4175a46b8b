import { isBlank } from '../input/errors';
import type { IpPlanInput } from './ip-plan';

// The calculator's address, apart from the parsing (ip-plan-query.ts), so pages that only link to the
// calculator, such as the recommender, do not carry the address arithmetic with them.

/** The query parameter of each box, in the order the address writes them. */
export const ipPlanParams = {
	poolCidr: 'pool',
	nodes: 'nodes',
	podsPerNode: 'pods-per-node',
	blockSize: 'block-size',
	tunnel: 'tunnel',
	windowsNodes: 'windows-nodes',
} as const satisfies Record<keyof IpPlanInput, string>;

/** Writes the IP plan calculator's settings as a query string (without `?`) in a stable order, leaving out blank ones. */
export function serialiseIpPlanQuery(input: Partial<IpPlanInput>): string {
	const params = new URLSearchParams();
	for (const [field, param] of Object.entries(ipPlanParams) as [keyof IpPlanInput, string][]) {
		const value = input[field];
		if (value === undefined || isBlank(value)) continue;
		params.set(param, typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value).trim());
	}
	// Slashes and colons are allowed in a query; leaving them readable keeps `pool=10.0.0.0/16` legible.
	return params.toString().replace(/%2F/gi, '/').replace(/%3A/gi, ':');
}

/** The address of the IP plan calculator with these settings filled in, e.g. `/tools/ip-plan/?nodes=50`. */
export function ipPlanPage(input: Partial<IpPlanInput> = {}): string {
	const query = serialiseIpPlanQuery(input);
	return `/tools/ip-plan/${query ? `?${query}` : ''}`;
}
