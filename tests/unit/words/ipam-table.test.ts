import { describe, expect, test } from 'vitest';
import { InputError, ipamComparison, smallestPoolPrefix } from '../../../src/lib';

const example = ipamComparison({ nodes: 100, podsPerNode: 30 });
const row = (id: string) => example.rows.find((r) => r.id === id)!;

describe('the IPAM comparison for 100 nodes with 30 pods each', () => {
	test.each([
		['perNode', 'Held per node', '64 addresses (one block)', '256 addresses'],
		['allNodes', 'Held by 100 nodes', '6,400', '25,600'],
		['used', 'Used by 3,000 pods', '3,000', '3,000'],
		['idle', 'Held but idle', '3,400', '22,600'],
		[
			'smallestPool',
			'Smallest pool that fits',
			'/19 (8,192: room for 128 blocks)',
			'/17 (32,768: room for 128 /24s)',
		],
		['growTo', 'Pods a node can grow to', 'More blocks as needed', '253'],
	] as const)(
		'the %s row, “%s”, reads %s for Calico and %s for host-local',
		(id, label, calico, hostLocal) => {
			expect(row(id)).toEqual({ id, label, calico, hostLocal });
		}
	);

	test('heads its columns with Calico’s /26 blocks and host-local’s /24 per node', () => {
		expect(example.columns).toEqual({
			calico: 'Calico IPAM (/26 blocks)',
			hostLocal: 'host-local (/24 per node)',
		});
	});

	test('names the cluster in its caption', () => {
		expect(example.caption).toBe('Pod addresses for 100 nodes running 30 pods each');
	});
});

describe('the IPAM comparison for other clusters', () => {
	test('a node with more pods than one block holds takes two blocks', () => {
		const rows = ipamComparison({ nodes: 10, podsPerNode: 100 }).rows;
		expect(rows.find((r) => r.id === 'perNode')?.calico).toBe('128 addresses (2 blocks)');
	});

	test('refuses a pool too small for host-local’s /24 per node', () => {
		expect(() => ipamComparison({ nodes: 100, podsPerNode: 30, poolCidr: '10.0.0.0/20' })).toThrow(
			InputError
		);
	});

	test('refuses an IPv6 pool, since host-local’s /24 per node is an IPv4 layout', () => {
		expect(() => ipamComparison({ nodes: 10, podsPerNode: 10, poolCidr: 'fd00::/48' })).toThrow(
			/IPv4 pool/
		);
	});
});

describe('the smallest pool', () => {
	test.each([
		[100, 26, 19],
		[128, 26, 19],
		[129, 26, 18],
		[100, 24, 17],
		[1, 26, 26],
	])('for %i ranges of /%i is a /%i', (count, prefix, expected) => {
		expect(smallestPoolPrefix(count, prefix)).toBe(expected);
	});
});
