import ipaddr from 'ipaddr.js';
import { defineCheckRule } from '../define-rule';
import { cidrsOverlap } from '../cidrs';
import { poolName } from '../pools';
import { placeOf, resourceName, resourcesOf, specOf, textOf } from '../resources';
import { has, releaseBefore, since } from '../../facts';
import { checkerSources } from '../../facts/checker-sources';
import type { Cidr } from '../../input/cidr';
import type { RuleHit } from '../types';

/** True for an address written without a prefix length, which Calico's validator reads as one address. */
const bareAddress = (value: string) => !value.includes('/') && ipaddr.isValid(value);

/** A reserved range as IPAM reads it: an address and prefix, host bits allowed, a bare address as itself. */
function readRange(text: string): Cidr | null {
	const value = bareAddress(text)
		? `${text}/${ipaddr.parse(text).kind() === 'ipv4' ? 32 : 128}`
		: text;
	try {
		const [address, prefix] = ipaddr.parseCIDR(value);
		const network = ipaddr.parse(
			address.kind() === 'ipv4'
				? ipaddr.IPv4.networkAddressFromCIDR(value).toString()
				: ipaddr.IPv6.networkAddressFromCIDR(value).toString()
		);
		const family = address.kind() === 'ipv4' ? 4 : 6;
		return {
			text: `${network.toString()}/${prefix}`,
			family,
			prefix,
			bits: family === 4 ? 32 : 128,
		};
	} catch {
		return null;
	}
}

/** An IPReservation reserves valid ranges inside the cluster's pools, and leaves each pool something to hand out. */
export const ipReservation = defineCheckRule({
	id: 'ip-reservation',
	severity: 'warning',
	checks:
		'Each range of an IPReservation is a CIDR; it lies in a pool of the paste (else it reserves nothing), and no pool is reserved whole (else IPAM hands out nothing from it).',
	facts: [],
	sources: [checkerSources.ipReservationApi333],
	run: (c) =>
		resourcesOf(c, 'IPReservation').flatMap((reservation) => {
			const hits: RuleHit[] = [];
			const name = resourceName(reservation);
			const ranges = specOf(reservation).reservedCIDRs;
			(Array.isArray(ranges) ? ranges : []).forEach((entry, i) => {
				const text = textOf(entry);
				const at = placeOf(reservation, `spec.reservedCIDRs[${i}]`);
				const key = `${reservation.line}:${i}`;
				const range = readRange(text);
				if (range && bareAddress(text) && has(c.release, 'crdFieldRules')) {
					hits.push({
						key,
						...at,
						severity: 'error',
						message: `${name}: "${text}" is an address without a prefix length; write ${range.text}.`,
						reason: `From Calico ${since('crdFieldRules').minor} the IPReservation CRD takes CIDRs only (format: cidr, which Kubernetes checks as Go’s net.ParseCIDR does), so kubectl apply refuses it; Calico ${releaseBefore(since('crdFieldRules'))?.minor ?? ''} and Calico’s own validator take a bare address as one address.`,
						sources: [
							checkerSources.ipReservationApi333,
							checkerSources.crdIPReservation332,
							checkerSources.crdFormats,
						],
					});
					return;
				}
				if (!range) {
					hits.push({
						key,
						...at,
						severity: 'error',
						message: `${name}: "${text}" is not a CIDR (write one address with /32, or /128 for IPv6).`,
						reason: 'The API refuses the IPReservation, so nothing is reserved.',
					});
					return;
				}
				const pools = c.allPools.filter((pool) => pool.parsed);
				if (!pools.length) return;
				const holding = pools.filter((pool) => cidrsOverlap(pool.parsed!, range));
				if (!holding.length) {
					hits.push({
						key,
						...at,
						severity: 'info',
						message: `${name}: ${range.text} is in none of the pools in the paste, so it reserves nothing Calico would hand out.`,
						reason:
							'Calico IPAM only assigns addresses from its IP pools; a reservation outside them has no effect (which is harmless if the pool it is meant for is not in the paste).',
					});
					return;
				}
				for (const pool of holding.filter((p) => range.prefix <= p.parsed!.prefix))
					hits.push({
						key: `${key}:${pool.parsed!.text}`,
						...at,
						message: `${name}: ${range.text} reserves the whole of ${poolName(pool, false)}, so Calico IPAM hands out no address from it.`,
						reason:
							'Pods that the pool is meant for stay without an address. Narrow the reservation, or disable the pool on purpose (disabled: true) if that is the aim.',
					});
			});
			return hits;
		}),
});
