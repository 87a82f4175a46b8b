import ipaddr from 'ipaddr.js';
import { InputError } from './errors';

/** A parsed, validated CIDR. */
export interface Cidr {
	/** The CIDR as written canonically, e.g. `192.168.0.0/16`. */
	text: string;
	family: 4 | 6;
	prefix: number;
	/** Bits in an address of this family: 32 or 128. */
	bits: 32 | 128;
}

/** Parses a network CIDR such as `192.168.0.0/16`; throws an `InputError` a reader can act on when it is not one. */
export function parseCidr(value: unknown, field = 'cidr'): Cidr {
	const text = typeof value === 'string' ? value.trim() : '';
	if (!text)
		throw new InputError(
			field,
			'Enter a CIDR such as 192.168.0.0/16 (an address, a slash, and a prefix length).'
		);
	const invalid = new InputError(
		field,
		`"${text}" is not a valid CIDR. Use an IPv4 or IPv6 network such as 192.168.0.0/16 or fd00:10::/48.`
	);
	if (!text.includes('/')) {
		if (!ipaddr.isValid(text)) throw invalid;
		throw new InputError(
			field,
			`"${text}" has no prefix length. Add a slash and the prefix length, e.g. ${text}/16.`
		);
	}
	let address: ipaddr.IPv4 | ipaddr.IPv6;
	let prefix: number;
	try {
		[address, prefix] = ipaddr.parseCIDR(text);
	} catch {
		throw invalid;
	}
	const family = address.kind() === 'ipv4' ? 4 : 6;
	const network =
		family === 4
			? ipaddr.IPv4.networkAddressFromCIDR(text)
			: ipaddr.IPv6.networkAddressFromCIDR(text);
	const canonical = `${network.toString()}/${prefix}`;
	if (network.toString() !== address.toString()) {
		throw new InputError(
			field,
			`"${text}" has host bits set after the /${prefix}. Did you mean ${canonical}?`
		);
	}
	return { text: canonical, family, prefix, bits: family === 4 ? 32 : 128 };
}
