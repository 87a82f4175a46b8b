import { describe, expect, test } from 'vitest';
import { comparisonRows, optionsFor } from '../../../src/lib';

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
