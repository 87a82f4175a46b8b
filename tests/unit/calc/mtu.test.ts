import { describe, expect, test } from 'vitest';
import {
	InputError,
	mtuTable,
	overheadMadeOf,
	podMtu,
	podMtuWorking,
	underlayPresetFor,
	type MtuInput,
} from '../../../src/lib';

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
		[65000, 'The underlay MTU must be a whole number from 576 to 9216 (got 65000).'],
		['', 'The underlay MTU is empty: enter a whole number from 576 to 9216.'],
		['  ', 'The underlay MTU is empty: enter a whole number from 576 to 9216.'],
		['abc', 'The underlay MTU must be a whole number from 576 to 9216 (got "abc").'],
		['70000', 'The underlay MTU must be a whole number from 576 to 9216 (got 70000).'],
	])('rejects an underlay MTU of %j, in words', (underlayMtu, message) => {
		expect(() => podMtu({ underlayMtu, encapsulation: 'vxlan' })).toThrow(
			new InputError('underlayMtu', message)
		);
	});

	test('reads an underlay MTU typed in a box as its number', () => {
		expect(podMtu({ underlayMtu: ' 1500 ', encapsulation: 'vxlan' })).toEqual(
			podMtu({ underlayMtu: 1500, encapsulation: 'vxlan' })
		);
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

describe('the MTU calculator’s answer in words', () => {
	test('names each part of an overhead with its bytes', () => {
		const [vxlan] = podMtu({ underlayMtu: 1500, encapsulation: 'vxlan' }).overheads;
		expect(overheadMadeOf(vxlan!)).toBe(
			'outer IPv4 header 20 + UDP header 8 + VXLAN header 8 + inner Ethernet header 14'
		);
	});

	test.each<[string, MtuInput, number, string]>([
		[
			'nothing wrapped',
			{ underlayMtu: 9001, encapsulation: 'none' },
			0,
			'Nothing is wrapped, so pods can use the full 9001 bytes.',
		],
		['VXLAN', { underlayMtu: 1500, encapsulation: 'vxlan' }, 50, '1500 − 50 (VXLAN) = 1450.'],
		[
			'VXLAN with WireGuard',
			{ underlayMtu: 1500, encapsulation: 'vxlan', wireguard: true },
			60,
			'1500 − 60 (WireGuard) = 1440. With more than one wrapper on, Calico leaves room for the largest.',
		],
	])(
		'with %s, the pod MTU leaves room for %i bytes and the working reads “%s”',
		(_, input, reservedBytes, working) => {
			const result = podMtu(input);
			expect(result.reservedBytes).toBe(reservedBytes);
			expect(podMtuWorking(result)).toBe(working);
		}
	);

	test.each([
		[1500, false, 'ethernet'],
		['1500', true, 'aks'],
		[9001, false, 'aws-vpc'],
	] as const)(
		'an underlay MTU of %j (on AKS: %s) selects the common network %s',
		(mtu, aks, id) => {
			expect(underlayPresetFor(mtu, aks)).toBe(id);
		}
	);

	test('an MTU no common network has, or an empty box, selects none: the MTU is custom', () => {
		expect([underlayPresetFor(1400, false), underlayPresetFor('', false)]).toEqual(['', '']);
	});
});

describe('the MTU calculator for a dual-stack cluster', () => {
	// Felix takes the smallest MTU of every enabled wrapper, IPv4 and IPv6 alike (determinePodMTU).
	test.each([
		{ encapsulation: 'vxlan', wireguard: false, mtu: 1430, limitedBy: 'VXLAN (IPv6)' },
		{ encapsulation: 'none', wireguard: true, mtu: 1420, limitedBy: 'WireGuard (IPv6)' },
		{ encapsulation: 'vxlan', wireguard: true, mtu: 1420, limitedBy: 'WireGuard (IPv6)' },
		{ encapsulation: 'ipip', wireguard: false, mtu: 1480, limitedBy: 'IP-in-IP (IPv4)' },
		{ encapsulation: 'none', wireguard: false, mtu: 1500, limitedBy: null },
	] as const)(
		'$encapsulation with WireGuard $wireguard on 1500 gives $mtu, set by $limitedBy',
		({ encapsulation, wireguard, mtu, limitedBy }) => {
			const result = podMtu({ underlayMtu: 1500, encapsulation, wireguard, ipVersion: 'dual' });
			expect(result.podMtu).toBe(mtu);
			expect(result.limitedBy).toBe(limitedBy);
		}
	);

	test('VXLAN lists both families’ overheads and fits the larger IPv6 one', () => {
		const result = podMtu({ underlayMtu: 9001, encapsulation: 'vxlan', ipVersion: 'dual' });
		expect(result.overheads.map((o) => [o.name, o.bytes])).toEqual([
			['VXLAN (IPv4)', 50],
			['VXLAN (IPv6)', 70],
		]);
		expect(podMtuWorking(result)).toBe(
			'9001 − 70 (VXLAN (IPv6)) = 8931. With more than one wrapper on, Calico leaves room for the largest.'
		);
	});

	test('IP-in-IP wraps only the IPv4 pool, and says so instead of failing', () => {
		const result = podMtu({ underlayMtu: 1500, encapsulation: 'ipip', ipVersion: 'dual' });
		expect(result.warnings.join(' ')).toContain('only the IPv4 pool is wrapped');
		expect(result.warnings.join(' ')).toContain('choose VXLAN');
	});

	test('WireGuard on AKS leaves room for the IPv6 overhead and the extra 100 bytes', () => {
		const result = podMtu({
			underlayMtu: 1500,
			encapsulation: 'none',
			wireguard: true,
			aks: true,
			ipVersion: 'dual',
		});
		expect(result.podMtu).toBe(1320);
		expect(result.warnings[0]).toContain('detects 1420');
	});

	test('an unknown family is refused with what to choose', () => {
		expect(() =>
			podMtu({ underlayMtu: 1500, encapsulation: 'vxlan', ipVersion: 5 as unknown as 4 })
		).toThrow('Choose IPv4, IPv6 or dual-stack.');
	});
});
