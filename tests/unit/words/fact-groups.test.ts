import { describe, expect, test } from 'vitest';
import { factGroupSummaries, snapshotOf } from '../../../src/lib/words/fact-groups';

describe('the Sources page heads each group of facts with when and at which snapshot they were read', () => {
	test.each([
		{
			url: 'https://github.com/projectcalico/calico/blob/v3.32.1/felix/config/config_params.go',
			snapshot: 'projectcalico/calico v3.32.1',
		},
		{
			url: 'https://github.com/tigera/operator/blob/release-v1.44/pkg/render/node.go',
			snapshot: 'tigera/operator release-v1.44',
		},
		{
			url: 'https://github.com/projectcalico/calico/pull/11727',
			snapshot: 'projectcalico/calico #11727',
		},
		{
			url: 'https://docs.tigera.io/calico/3.32/networking/ipam/ip-pools',
			snapshot: 'Calico docs 3.32',
		},
		{
			url: 'https://learn.microsoft.com/en-us/azure/aks/concepts-network',
			snapshot: 'learn.microsoft.com (as published)',
		},
	])('a source at $url was read at “$snapshot”', ({ url, snapshot }) => {
		expect(snapshotOf({ title: 'x', url })).toBe(snapshot);
	});

	test('every group names its checked days and at least one snapshot', () => {
		for (const group of factGroupSummaries()) {
			expect(group.checked).toMatch(
				/^\d{1,2} [A-Z][a-z]+( \d{4})?( to \d{1,2} [A-Z][a-z]+ \d{4})?$/
			);
			expect(group.readAt.length).toBeGreaterThan(0);
		}
	});

	test('Calico’s code and the operator are read at pinned releases, never at master or main', () => {
		const calico = factGroupSummaries().find((g) => g.id === 'calico')!;
		expect(calico.readAt).toContain('projectcalico/calico v3.32.1');
		expect(calico.readAt).toContain('Calico docs 3.32');
		expect(
			calico.readAt.filter((s) =>
				/^(projectcalico\/calico|tigera\/operator) (master|main)$/.test(s)
			)
		).toEqual([]);
	});
});
