import { describe, expect, test } from 'vitest';
import {
	checkRules,
	getOption,
	retirementPast,
	retirements,
	retirementsOfOption,
	retirementWhen,
} from '../../../src/lib';

describe('the retirement radar', () => {
	test.each(retirements.map((entry) => ({ entry })))(
		'$entry.id says when, whom it affects, what instead, and cites sources',
		({ entry }) => {
			expect(retirementWhen(entry)).toMatch(/\d/);
			expect(entry.affectsYouIf).not.toMatch(/^affects/i);
			expect(entry.instead.length).toBeGreaterThan(10);
			expect(entry.sources.length).toBeGreaterThan(0);
			for (const id of entry.options ?? []) expect(getOption(id).id).toBe(id);
			for (const id of entry.checkRules ?? [])
				expect(checkRules.map((rule) => rule.id)).toContain(id);
		}
	);

	test.each([
		{ id: 'aks-kubenet', when: '31 March 2028' },
		{ id: 'azure-npm-windows', when: '30 September 2026' },
		{ id: 'bird-ipip-routes', when: 'Calico 3.35 (deprecated in 3.33)' },
		{ id: 'calico-api-server', when: 'Deprecated in Calico 3.32; no removal date yet' },
	])('$id happens: $when', ({ id, when }) => {
		expect(retirementWhen(retirements.find((entry) => entry.id === id)!)).toBe(when);
	});

	test('a dated retirement is past on and after its date; a release-bound one never is', () => {
		const npm = retirements.find((entry) => entry.id === 'azure-npm-windows')!;
		const bird = retirements.find((entry) => entry.id === 'bird-ipip-routes')!;
		expect(retirementPast(npm, '2026-09-29')).toBe(false);
		expect(retirementPast(npm, '2026-09-30')).toBe(true);
		expect(retirementPast(bird, '2099-01-01')).toBe(false);
	});

	test('the kubenet option carries its retirement, and the radar names it', () => {
		expect(retirementsOfOption('azure-host-local').map((entry) => entry.id)).toEqual([
			'aks-kubenet',
		]);
		expect(getOption('azure-host-local').retiring?.date).toBe('2028-03-31');
	});
});
