import { describe, expect, test } from 'vitest';
import { InputError, mtuTable, podMtu } from '../../../src/lib';

/** The common-MTU table of Calico's MTU page: underlay, then no encap, IPIP, VXLAN v4, VXLAN v6, WireGuard v4, WireGuard v6. */
const upstream: [string, number[]][] = [
	['ethernet', [1500, 1480, 1450, 1430, 1440, 1420]],
	['jumbo', [9000, 8980, 8950, 8930, 8940, 8920]],
	['aks', [1500, 1480, 1450, 1430, 1340, 1320]],
	['google-cloud', [1460, 1440, 1410, 1390, 1400, 1380]],
	['aws-vpc', [9001, 8981, 8951, 8931, 8941, 8921]],
	['openstack-vxlan', [1450, 1430, 1400, 1380, 1390, 1370]],
];

describe('the MTU calculator', () => {
	test.each(upstream)('reproduces every cell of the upstream table for %s', (id, cells) => {
		const row = mtuTable().find((r) => r.underlay.id === id);
		expect(
			row && [row.none, row.ipip, row.vxlan4, row.vxlan6, row.wireguard4, row.wireguard6]
		).toEqual(cells);
	});

	test('names each part of the VXLAN overhead, which add up to 50 bytes over IPv4', () => {
		const result = podMtu({ underlayMtu: 1500, encapsulation: 'vxlan' });
		expect(result.overheads[0]?.parts.map((p) => p.part)).toEqual([
			'outer IPv4 header',
			'UDP header',
			'VXLAN header',
			'inner Ethernet header',
		]);
		expect(result.overheads[0]?.parts.reduce((sum, p) => sum + p.bytes, 0)).toBe(50);
	});

	test('with VXLAN and WireGuard together, the larger overhead (WireGuard) sets the pod MTU', () => {
		const result = podMtu({ underlayMtu: 1500, encapsulation: 'vxlan', wireguard: true });
		expect(result.podMtu).toBe(1440);
		expect(result.limitedBy).toBe('WireGuard');
	});

	test('no encapsulation leaves the pod MTU equal to the underlay', () => {
		expect(podMtu({ underlayMtu: 9001, encapsulation: 'none' })).toMatchObject({
			podMtu: 9001,
			limitedBy: null,
			overheads: [],
		});
	});

	test('rejects IP-in-IP over IPv6 with a reason', () => {
		expect(() =>
			podMtu({ underlayMtu: 1500, encapsulation: 'ipip', ipVersion: 6 })
		).toThrowErrorMatchingInlineSnapshot(
			`[InputError: IP-in-IP carries IPv4 only: Calico has no IP-in-IP for IPv6 pools. Choose VXLAN or no encapsulation for IPv6.]`
		);
	});

	test.each([
		[0, 'The underlay MTU must be a whole number from 576 to 9216 (got 0).'],
		[-1500, 'The underlay MTU must be a whole number from 576 to 9216 (got -1500).'],
		[1500.5, 'The underlay MTU must be a whole number from 576 to 9216 (got 1500.5).'],
		[Number.NaN, 'The underlay MTU must be a whole number from 576 to 9216 (got NaN).'],
		[65000, 'The underlay MTU must be a whole number from 576 to 9216 (got 65000).'],
	])('rejects an underlay MTU of %s', (underlayMtu, message) => {
		const call = () => podMtu({ underlayMtu, encapsulation: 'vxlan' });
		expect(call).toThrow(InputError);
		expect(call).toThrow(message);
	});

	test('WireGuard on AKS gives 1340 and warns that without host encryption Felix detects 1440, so the MTU is set by hand', () => {
		const result = podMtu({ underlayMtu: 1500, encapsulation: 'none', wireguard: true, aks: true });
		expect(result.podMtu).toBe(1340);
		expect(result.warnings.join(' ')).toMatch(
			/host encryption.*detects 1440.*set spec\.calicoNetwork\.mtu to 1340 by hand/
		);
		expect(podMtu({ underlayMtu: 1500, encapsulation: 'none', wireguard: true }).warnings).toEqual(
			[]
		);
	});
});
