import { describe, expect, test } from 'vitest';
import {
	comparisonCaption,
	comparisonColumns,
	comparisonRows,
	detailsParts,
	formatDetails,
	optionsFor,
} from '../../../src/lib';

const row = (id: string) => comparisonRows().find((r) => r.option.id === id)!;

describe('the comparison table', () => {
	test.each([
		['azure-cni-overlay', 'wrapping', 'None'],
		['calico-vxlan-cross-subnet', 'wrapping', 'VXLAN between subnets, 50 B (70 B IPv6)'],
		['calico-ipip', 'wrapping', 'IP-in-IP, 20 B (IPv4 only)'],
		['canal', 'wrapping', 'VXLAN, 50 B (70 B IPv6), by Flannel'],
		['azure-host-local', 'pods', 'At most 250 (the AKS limit)'],
		['azure-cni-overlay', 'pods', 'At most 250 (the AKS limit)'],
		['canal', 'pods', '253 (one /24)'],
		['aws-vpc-cni', 'pods', 'Capped by the instance’s ENIs (and by EKS on managed node groups)'],
		['oke-vcn-native', 'pods', 'At most 256, as the shape’s VNICs allow'],
		['calico-vxlan', 'pods', 'Kubernetes’ own limit'],
		['azure-host-local', 'retiring', 'Retiring 31 March 2028'],
		['calico-bgp-peering', 'needsBgp', 'Yes'],
	] as const)('shows %s with %s “%s”', (id, column, words) => {
		expect(row(id)[column]).toBe(words);
	});

	test('for an environment, it has that environment’s options only, in catalog order', () => {
		expect(comparisonRows('google-cloud').map((r) => r.option.id)).toEqual(
			optionsFor('google-cloud').map((o) => o.id)
		);
	});
});

describe('the comparison table’s frame', () => {
	test.each([
		[undefined, 'Every networking option the guide knows'],
		['aws', 'The options for AWS side by side'],
		['on-prem', 'The options for On-premises side by side'],
	] as const)('for %s, is captioned “%s”', (env, caption) => {
		expect(comparisonCaption(env)).toBe(caption);
	});

	test('lists where each option applies only in the table of every option', () => {
		expect(comparisonColumns().map((c) => c.heading)).toEqual([
			'Where',
			'Pod IPs routable',
			'Wrapping',
			'Needs BGP',
			'Windows nodes',
			'IPv6 pods',
			'Who routes',
			'Cloud dependency',
			'Addresses',
			'Pods per node',
		]);
		expect(comparisonColumns('azure').map((c) => c.cell)).not.toContain('where');
		expect(comparisonColumns('azure')).toHaveLength(9);
	});
});

describe('an option’s upstream details in the table', () => {
	test.each([
		['a,b,c', ['a,', 'b,', 'c']],
		['Encapsulation:VXLAN', ['Encapsulation:VXLAN']],
		['', ['']],
	])('splits “%s” after each comma', (details, parts) => {
		expect(detailsParts(details)).toEqual(parts);
	});

	test('joins back into the upstream string for every option', () => {
		for (const row of comparisonRows())
			expect(row.details.join('')).toBe(formatDetails(row.option.tuple));
	});
});
