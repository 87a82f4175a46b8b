import { describe, expect, test } from 'vitest';
import { decide } from '../../../src/lib/recommender/decide';
import type { Answers } from '../../../src/lib/catalog/questions';
import type { OptionId } from '../../../src/lib/catalog/options';

describe('on Oracle Cloud', () => {
	test.each<{ situation: string; answers: Answers; pick: OptionId; says?: string }>([
		{
			situation: 'not sure of anything, OKE’s VCN-native pods are the pick',
			answers: {},
			pick: 'oke-vcn-native',
			says: 'exists only on OKE',
		},
		{
			situation: 'on OKE, VCN-native pods with Calico policy',
			answers: { managed: 'yes' },
			pick: 'oke-vcn-native',
			says: 'tested',
		},
		{
			situation: 'on OKE short of VCN addresses, a Calico overlay that replaces flannel',
			answers: { managed: 'yes', 'ip-scarce': 'yes' },
			pick: 'calico-vxlan',
			says: 'Calico then replaces flannel as the CNI',
		},
		{
			situation: 'on OKE with routable pods wanted, VCN-native pods even when addresses are short',
			answers: { managed: 'yes', routable: 'yes', 'ip-scarce': 'yes' },
			pick: 'oke-vcn-native',
			says: 'size it for every pod',
		},
		{
			situation: 'on OCI Compute, a Calico VXLAN overlay',
			answers: { managed: 'no' },
			pick: 'calico-vxlan',
		},
		{
			situation: 'on OCI Compute with routable pods wanted, the overlay says why they are not',
			answers: { managed: 'no', routable: 'yes' },
			pick: 'calico-vxlan',
			says: 'nothing on a VCN routes Calico’s pod blocks',
		},
	])('$situation', ({ answers, pick, says }) => {
		const result = decide('oracle-cloud', answers);
		expect(result.pick).toBe(pick);
		if (says) expect([...result.reasons, ...result.tradeoffs].join(' ')).toContain(says);
	});

	test('on OCI Compute, VCN-native pods will not work: they exist only on OKE', () => {
		const result = decide('oracle-cloud', { managed: 'no' });
		const vcn = result.excluded.find((e) => e.option === 'oke-vcn-native');
		expect(vcn?.reason).toContain('exists only on OKE');
	});

	test('security rules that drop IP protocol 4 rule IP-in-IP out', () => {
		const result = decide('oracle-cloud', { managed: 'no', ipip: 'no' });
		expect(result.alternatives).not.toContain('calico-ipip');
		expect(result.excluded.find((e) => e.option === 'calico-ipip')?.blocker?.rule).toBe(
			'ipip-dropped'
		);
	});

	test('pods on OKE virtual nodes are a conflict beside the pick: Calico runs on managed node pools only', () => {
		const result = decide('oracle-cloud', { managed: 'yes', 'oke-virtual-nodes': 'yes' });
		expect(result.pick).toBe('oke-vcn-native');
		expect(result.conflicts).toHaveLength(1);
		expect(result.conflicts[0]).toContain('managed node pools only');
	});

	test('virtual nodes wanted on Kubernetes run on OCI Compute are moot: the question is not asked there', () => {
		const result = decide('oracle-cloud', { managed: 'no', 'oke-virtual-nodes': 'yes' });
		expect(result.conflicts).toEqual([]);
	});
});
