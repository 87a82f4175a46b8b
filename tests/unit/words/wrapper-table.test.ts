import { describe, expect, test } from 'vitest';
import {
	overheadRows,
	standardEthernetMtu,
	wrapperComparison,
	wrapperRowIds,
	type WrapperRowId,
} from '../../../src/lib';

const row = (id: WrapperRowId) => wrapperComparison([id])[0]!;

describe('the VXLAN and IP-in-IP comparison', () => {
	test.each([
		['overhead', '50 (IPv4), 70 (IPv6)', '20 (IPv4 only)'],
		['podMtu', '1450 (IPv4), 1430 (IPv6)', '1480 (IPv4 only)'],
		['ipv6', 'Yes', 'No, IPv4 only'],
		[
			'routes',
			'Felix programs the routes itself, without BGP',
			'Felix programs them from Calico 3.33; before, BIRD shared them over BGP (TCP port 179) unless Felix was told to (from 3.31)',
		],
		[
			'needsBgp',
			'No',
			'No from 3.33 (unless `clusterRoutingMode: BIRD`); before, yes unless Felix’s `programClusterRoutes` (from 3.31) or the operator’s `clusterRoutingMode: Felix` (from 3.32) took the routes',
		],
		[
			'traffic',
			'UDP port 4789',
			'IP protocol 4, plus TCP port 179 where BGP carries the routes (before 3.33, or with `clusterRoutingMode: BIRD`)',
		],
		['windows', 'Always mode only, no cross-subnet', 'Not supported'],
		['azure', 'Yes', 'No, Azure’s network drops IP-in-IP'],
	] as const)('the %s row reads “%s” for VXLAN and “%s” for IP-in-IP', (id, vxlan, ipip) => {
		expect(row(id)).toMatchObject({ vxlan, ipip });
	});

	test('labels the MTU row with the standard Ethernet MTU of 1500', () => {
		expect(standardEthernetMtu).toBe(1500);
		expect(row('podMtu').label).toBe('Pod MTU on a 1500-byte network');
	});

	test('IP-in-IP fails where Azure drops it and shares VXLAN’s cross-subnet caveats', () => {
		expect(row('failures').ipip).toBe(
			'Azure’s network drops IP-in-IP packets; same cross-subnet caveats as VXLAN'
		);
	});

	test('shows the rows a page asks for, in the order it asks', () => {
		expect(wrapperComparison(['traffic', 'overhead']).map((r) => r.id)).toEqual([
			'traffic',
			'overhead',
		]);
	});

	test('shows every row when a page asks for none in particular', () => {
		expect(wrapperComparison().map((r) => r.id)).toEqual(wrapperRowIds);
	});
});

describe('the overhead table', () => {
	test.each([
		['none', 'None', 0, 1500],
		['ipip4', 'IP-in-IP', 20, 1480],
		['vxlan4', 'VXLAN over IPv4', 50, 1450],
		['vxlan6', 'VXLAN over IPv6', 70, 1430],
	] as const)(
		'on a 1500-byte underlay, the %s row (“%s”) adds %i bytes and leaves a pod MTU of %i',
		(id, label, bytes, podMtu) => {
			expect(overheadRows().find((r) => r.id === id)).toEqual({ id, label, bytes, podMtu });
		}
	);

	test('has no IPv6 row for IP-in-IP, which Calico offers over IPv4 only', () => {
		expect(overheadRows().map((r) => r.id)).toEqual(['none', 'ipip4', 'vxlan4', 'vxlan6']);
	});

	test('on a 9000-byte jumbo-frame underlay, VXLAN over IPv4 leaves 8950', () => {
		expect(overheadRows(9000).find((r) => r.id === 'vxlan4')?.podMtu).toBe(8950);
	});
});
