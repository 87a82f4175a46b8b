import { describe, expect, test } from 'vitest';
import {
	answerValues,
	decideIntro,
	decisionTable,
	environmentGlance,
	environmentIds,
	getOption,
	listings,
	questionCount,
	questionsByEnvironment,
	type Situation,
} from '../../../src/lib';

const matches = (situation: Situation, answers: Record<string, string | undefined>) =>
	situation.conditions.every((c) =>
		(c.answers as readonly string[]).includes(answers[c.question] ?? 'unsure')
	);

describe('the decision at a glance says what the recommender says', () => {
	test.each(environmentIds)(
		'%s: every combination of answers falls in a situation, and every situation it falls in names its pick',
		(env) => {
			const { situations } = environmentGlance(env);
			for (const row of decisionTable(env)) {
				const found = situations.filter((s) => matches(s, row.answers));
				expect(found.length, JSON.stringify(row.answers)).toBeGreaterThan(0);
				expect(new Set(found.map((s) => s.pick)), JSON.stringify(row.answers)).toEqual(
					new Set([row.pick])
				);
			}
		}
	);

	test.each(environmentIds)(
		'%s: the table has one column per preference question and a cell for each',
		(env) => {
			const glance = environmentGlance(env);
			for (const s of glance.situations) expect(s.cells).toHaveLength(glance.questions.length);
			expect(glance.situations.length).toBeLessThanOrEqual(12);
		}
	);

	test.each(environmentIds)('%s: every option the page lists has its printed decision', (env) => {
		const shown = environmentGlance(env).options;
		expect(shown.map((o) => o.option)).toEqual(
			expect.arrayContaining(listings[env].map((l) => l.option))
		);
		for (const option of shown) {
			expect(option.name).toBe(getOption(option.option).name);
			expect(option.needs.length, option.option).toBeGreaterThan(0);
			expect(option.lead.length).toBeGreaterThan(0);
		}
	});
});

describe('what the printed decision says of single options', () => {
	const cases = [
		{
			env: 'aws',
			option: 'aws-vpc-cni',
			when: 'Pod IPs routable outside? Yes',
			blocked: ['nodes run in EKS Auto Mode, on EKS'],
		},
		{
			env: 'aws',
			option: 'calico-vxlan-cross-subnet',
			when: 'Managed Kubernetes? No',
			blocked: [
				'the source/destination check stays on',
				'the control plane must reach pods, on EKS',
				'nodes run in EKS Auto Mode, on EKS',
				'some pods run on Fargate, on EKS',
				'some nodes run Windows',
				'some nodes run Windows, on EKS',
			],
		},
		{
			env: 'aws',
			option: 'calico-vxlan',
			when: 'Managed Kubernetes? Yes',
			blocked: [
				'the control plane must reach pods, on EKS',
				'nodes run in EKS Auto Mode, on EKS',
				'some pods run on Fargate, on EKS',
				'some nodes run Windows, on EKS',
			],
		},
		{
			env: 'on-prem',
			option: 'calico-ipip-cross-subnet',
			when: 'One layer-2 network? No or not sure',
			lead: 'Never the first pick; the first alternative when:',
			blocked: [
				'the network drops IP-in-IP',
				'some nodes run Windows',
				'pods need IPv6',
				'KubeVirt VMs live-migrate',
			],
		},
		// GKE's limits do not reach an option that cannot run on GKE.
		{ env: 'google-cloud', option: 'calico-vxlan', when: 'Managed Kubernetes? No', blocked: [] },
		{
			env: 'ibm-cloud',
			option: 'calico-ipip-cross-subnet',
			when: 'Whatever the answers.',
			blocked: [],
		},
	] as const;
	test.each(cases)('$env, $option: $when', ({ env, option, when, blocked, ...rest }) => {
		const found = environmentGlance(env).options.find((o) => o.option === option)!;
		expect(found.when.join(' | ')).toContain(when);
		expect(found.lead).toBe('lead' in rest ? rest.lead : 'Picked when:');
		expect(found.blockedBy).toHaveLength(blocked.length);
		for (const [i, words] of blocked.entries())
			expect(found.blockedBy[i]).toContain(`Ruled out when ${words}:`);
	});
});

describe('question counts come from the questions each environment asks', () => {
	const counts = [
		['on-prem', 'twelve questions'],
		['aws', 'twelve questions'],
		['azure', 'seven questions'],
		['google-cloud', 'ten questions'],
		['ibm-cloud', 'two questions'],
		['oracle-cloud', 'seven questions'],
		['digitalocean', 'five questions'],
		['hetzner', 'five questions'],
		['openstack', 'nine questions'],
		['vsphere', 'thirteen questions'],
		['laptop', 'three questions'],
		['other', 'four questions'],
	] as const;
	test.each(counts)('%s asks %s', (env, words) => {
		expect(questionCount(env)).toBe(words);
		expect(decideIntro(env)).toContain(`Answer the ${words} the recommender asks`);
	});
	test('every environment is counted', () => {
		expect(counts.map(([env]) => env)).toEqual([...environmentIds]);
		for (const [env] of counts) expect(questionsByEnvironment[env].length).toBeGreaterThan(0);
		expect(answerValues).toHaveLength(3);
	});
});
