import { describe, expect, test } from 'vitest';
import { decide } from '../../../src/lib/recommender/decide';
import type { EnvironmentId } from '../../../src/lib/catalog/environments';
import { sources } from '../../../src/lib/facts';
import type { Answers } from '../../../src/lib/catalog/questions';
import { wishConflicts } from '../../../src/lib/catalog/wish-conflicts';

describe('wishes Calico cannot meet together are conflicts the recommender states', () => {
	const cases: { env: EnvironmentId; answers: Answers; rule: string; says: string }[] = [
		{
			env: 'on-prem',
			answers: { windows: 'yes', wireguard: 'yes' },
			rule: 'windows-wireguard',
			says: 'does not encrypt with WireGuard',
		},
		{
			env: 'other',
			answers: { windows: 'yes', wireguard: 'yes' },
			rule: 'windows-wireguard',
			says: 'does not encrypt with WireGuard',
		},
		{
			env: 'on-prem',
			answers: { windows: 'yes', ipv6: 'yes' },
			rule: 'windows-ipv6',
			says: 'IPv4 only',
		},
		{
			env: 'google-cloud',
			answers: { managed: 'no', windows: 'yes', ipv6: 'yes' },
			rule: 'windows-ipv6',
			says: 'IPv4 only',
		},
		{
			env: 'on-prem',
			answers: { windows: 'yes', ebpf: 'yes' },
			rule: 'windows-ebpf',
			says: 'mixes eBPF nodes with Windows nodes',
		},
		{
			env: 'aws',
			answers: { managed: 'no', windows: 'yes', ebpf: 'yes' },
			rule: 'windows-ebpf',
			says: 'mixes eBPF nodes with Windows nodes',
		},
	];

	test.each(cases)(
		'$env, $rule: the recommendation says “$says”',
		({ env, answers, rule, says }) => {
			const result = decide(env, answers);
			expect(result.conflicts.join(' ')).toContain(says);
			expect(wishConflicts(result.answers).map((c) => c.rule)).toEqual([rule]);
		}
	);

	test('each conflict names Calico’s Windows limitations as its source, and eBPF its own page too', () => {
		const all = wishConflicts({ windows: 'yes', wireguard: 'yes', ipv6: 'yes', ebpf: 'yes' });
		expect(all.map((c) => c.rule)).toEqual(['windows-ipv6', 'windows-wireguard', 'windows-ebpf']);
		for (const c of all)
			expect(c.sources.map((s) => s.url)).toContain(sources.windowsLimitationsPage.url);
		expect(all[2]!.sources.map((s) => s.url)).toContain(sources.ebpfPage.url);
	});

	test.each([
		{ windows: 'yes', wireguard: 'unsure' },
		{ windows: 'unsure', wireguard: 'yes' },
		{ windows: 'no', wireguard: 'yes', ipv6: 'yes', ebpf: 'yes' },
	] as Answers[])('no conflict unless both wishes are a firm yes: %j', (answers) => {
		expect(wishConflicts(answers)).toEqual([]);
		expect(decide('on-prem', answers).conflicts).toEqual([]);
	});

	test('an environment that does not ask about IPv6 reports no IPv6 conflict', () => {
		expect(decide('aws', { managed: 'no', windows: 'yes', ipv6: 'yes' }).conflicts).toEqual([]);
	});
});
