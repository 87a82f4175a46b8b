import ipaddr from 'ipaddr.js';
import type { Cidr } from '../input/cidr';

/** True when two networks share an address: the shorter one holds the other's first address. */
export function cidrsOverlap(a: Cidr, b: Cidr): boolean {
	if (a.family !== b.family) return false;
	const [wide, narrow] = a.prefix <= b.prefix ? [a, b] : [b, a];
	const [wideAddress] = ipaddr.parseCIDR(wide.text);
	const [narrowAddress] = ipaddr.parseCIDR(narrow.text);
	return narrowAddress.match(wideAddress, wide.prefix);
}
