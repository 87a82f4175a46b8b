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

/** An address as a node or peer is written: `10.0.1.5`, `10.0.1.5/24`, `10.0.1.5:179`, `[fd00::5]:179`, `fd00::5/64`. */
export interface Address {
	/** The address alone, canonical (`10.0.1.5`). */
	text: string;
	family: 4 | 6;
}

/** Reads an address with an optional prefix or port; null when it is not one. */
export function readAddress(value: unknown): Address | null {
	if (typeof value !== 'string') return null;
	let text = value.trim();
	const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
	if (bracketed) text = bracketed[1]!;
	else if (/^[\d.]+:\d+$/.test(text)) text = text.slice(0, text.indexOf(':'));
	text = text.replace(/\/\d{1,3}$/, '');
	if (!ipaddr.isValid(text)) return null;
	const address = ipaddr.parse(text);
	// ipaddr reads "10" or "10.1" as IPv4; an address as written here has four parts.
	if (address.kind() === 'ipv4' && !ipaddr.IPv4.isValidFourPartDecimal(text)) return null;
	return { text: address.toString(), family: address.kind() === 'ipv4' ? 4 : 6 };
}

/** True when a network holds an address. */
export function cidrHolds(cidr: Cidr, address: Address): boolean {
	if (cidr.family !== address.family) return false;
	const [network] = ipaddr.parseCIDR(cidr.text);
	return ipaddr.parse(address.text).match(network, cidr.prefix);
}
