import { describe, expect, test } from 'vitest';
import {
	blockerRules,
	blockerSources,
	blockersFor,
	blockingQuestions,
	compatibility,
	getBlockerRule,
} from '../../../src/lib/recommender/blockers';
import { decide, finalPick } from '../../../src/lib/recommender/decide';
import { decisionTable } from '../../../src/lib/recommender/decision-table';
import { decisionTableExport } from '../../../src/lib/exports';
import { environmentIds, type EnvironmentId } from '../../../src/lib/catalog/environments';
import { facts, releaseOf, releases } from '../../../src/lib/facts';
import { getOption, options, type OptionId } from '../../../src/lib/catalog/options';
import {
	answerValues,
	getQuestion,
	questionsByEnvironment,
	questionsOfKind,
	type Answers,
	type CompleteAnswers,
	type QuestionId,
} from '../../../src/lib/catalog/questions';

/**
 * Every combination of answers to every question an environment asks, preference and constraint (setup questions
 * stay "not sure": they shape the configuration, never the pick). With
 * `firmConstraints`, constraint questions take only yes and no: "not sure" never blocks (it only cautions), and
 * each constraint question blocks on one answer only, so "not sure" blocks what its non-blocking answer blocks.
 */
function* everyCombination(
	env: EnvironmentId,
	{ firmConstraints = false } = {}
): Generator<CompleteAnswers> {
	const asked = questionsByEnvironment[env].filter((id) => getQuestion(id).kind !== 'setup');
	const values = (id: QuestionId) =>
		firmConstraints && getQuestion(id).kind === 'constraint'
			? (['yes', 'no'] as const)
			: answerValues;
	const total = asked.reduce((n, id) => n * values(id).length, 1);
	const base = decide(env).answers as CompleteAnswers;
	for (let n = 0; n < total; n++) {
		const answers = { ...base };
		let rest = n;
		for (const id of asked) {
			const choices = values(id);
			answers[id] = choices[rest % choices.length]!;
			rest = Math.floor(rest / choices.length);
		}
		yield answers;
	}
}

describe('a firm constraint answer rules options out, and the pick is never one of them', () => {
	const cases: {
		situation: string;
		env: EnvironmentId;
		answers: Answers;
		blocked: OptionId;
		because: string;
		pick: OptionId;
	}[] = [
		{
			situation: 'a network that drops IP protocol 4 rules out IP-in-IP between subnets',
			env: 'on-prem',
			answers: { ipip: 'no' },
			blocked: 'calico-ipip-cross-subnet',
			because: 'IP-in-IP',
			pick: 'calico-vxlan-cross-subnet',
		},
		{
			situation: 'on Google Cloud, a network that drops IP-in-IP rules out the IP-in-IP overlay',
			env: 'google-cloud',
			answers: { ipip: 'no', managed: 'no' },
			blocked: 'calico-ipip',
			because: 'drops',
			pick: 'calico-vxlan',
		},
		{
			situation:
				'on AWS, a source/destination check that stays on rules out cross-subnet VXLAN for self-managed clusters',
			env: 'aws',
			answers: { managed: 'no', 'src-dst-check': 'no' },
			blocked: 'calico-vxlan-cross-subnet',
			because: 'awsSrcDstCheck: Disable',
			pick: 'calico-vxlan',
		},
		{
			situation:
				'on OpenStack, ports that drop foreign source addresses rule out cross-subnet VXLAN, so plain VXLAN is picked',
			env: 'openstack',
			answers: { 'pod-source': 'no' },
			blocked: 'calico-vxlan-cross-subnet',
			because: 'the VMs’ ports drop every packet whose source is not the VM’s own address',
			pick: 'calico-vxlan',
		},
		{
			situation:
				'on vSphere or Proxmox, SpoofGuard or an IP filter rules out the BGP mesh on one layer-2 network',
			env: 'vsphere',
			answers: { 'pod-source': 'no', l2: 'yes', bgp: 'no' },
			blocked: 'calico-bgp-mesh',
			because: 'unwrapped',
			pick: 'calico-vxlan',
		},
		{
			situation: 'on Hetzner Cloud, a network that drops IP-in-IP rules out the IP-in-IP overlay',
			env: 'hetzner',
			answers: { ipip: 'no' },
			blocked: 'calico-ipip',
			because: 'IP-in-IP',
			pick: 'calico-vxlan',
		},
		{
			situation: 'Windows nodes on-premises rule out cross-subnet VXLAN, so plain VXLAN is picked',
			env: 'on-prem',
			answers: { windows: 'yes', l2: 'no', bgp: 'no' },
			blocked: 'calico-vxlan-cross-subnet',
			because: 'Windows',
			pick: 'calico-vxlan',
		},
		{
			situation:
				'Windows nodes on-premises with the layout unknown fall back to plain VXLAN, not to a mesh that needs one layer-2 network',
			env: 'on-prem',
			answers: { windows: 'yes' },
			blocked: 'calico-vxlan-cross-subnet',
			because: 'Windows',
			pick: 'calico-vxlan',
		},
		{
			situation: 'Windows nodes anywhere else rule out cross-subnet VXLAN',
			env: 'other',
			answers: { windows: 'yes' },
			blocked: 'calico-vxlan-cross-subnet',
			because: 'no cross-subnet VXLAN',
			pick: 'calico-vxlan',
		},
		{
			situation: 'IPv6 pods rule out IP-in-IP',
			env: 'on-prem',
			answers: { ipv6: 'yes' },
			blocked: 'calico-ipip-cross-subnet',
			because: 'IPv4 only',
			pick: 'calico-vxlan-cross-subnet',
		},
		{
			situation: 'Windows nodes on Compute Engine rule out the IP-in-IP overlay',
			env: 'google-cloud',
			answers: { managed: 'no', windows: 'yes' },
			blocked: 'calico-ipip',
			because: 'no IP-in-IP',
			pick: 'calico-vxlan',
		},
		{
			situation:
				'on EKS, a control plane that must reach pods rules out a Calico overlay even when VPC addresses are scarce',
			env: 'aws',
			answers: { managed: 'yes', 'ip-scarce': 'yes', 'control-plane': 'yes' },
			blocked: 'calico-vxlan',
			because: 'control plane',
			pick: 'aws-vpc-cni',
		},
		{
			situation:
				'EKS with Windows nodes is not recommended a Calico CNI option, even with too few pods per node',
			env: 'aws',
			answers: { managed: 'yes', windows: 'yes', 'pod-limit': 'yes' },
			blocked: 'calico-vxlan',
			because: 'Amazon VPC CNI only',
			pick: 'aws-vpc-cni',
		},
		{
			situation:
				'AKS with Windows nodes is not recommended bringing its own Calico CNI, even when avoiding Azure networking',
			env: 'azure',
			answers: { managed: 'yes', 'cloud-neutral': 'yes', windows: 'yes' },
			blocked: 'calico-vxlan',
			because: 'Windows dataplane as unsupported',
			pick: 'azure-cni',
		},
		{
			situation: 'on AKS with Windows nodes, the host-local setup (Calico CNI) is ruled out too',
			env: 'azure',
			answers: { managed: 'yes', 'ip-scarce': 'yes', windows: 'yes' },
			blocked: 'azure-host-local',
			because: 'Azure CNI only',
			pick: 'azure-cni-overlay',
		},
		{
			situation:
				'on EKS, pods on Fargate rule out a Calico overlay, which Fargate pods could not reach',
			env: 'aws',
			answers: { managed: 'yes', 'ip-scarce': 'yes', fargate: 'yes' },
			blocked: 'calico-vxlan',
			because: 'Fargate runs the Amazon VPC CNI and no other',
			pick: 'aws-vpc-cni',
		},
	];

	test.each(cases)('$situation', ({ env, answers, blocked, because, pick }) => {
		const result = decide(env, answers);
		expect(result.pick).toBe(pick);
		expect(result.alternatives).not.toContain(blocked);
		const exclusion = result.excluded.find((e) => e.option === blocked);
		expect(exclusion?.reason).toContain(because);
	});

	test('a blocked first choice is named in the reasons, with why it will not work', () => {
		const result = decide('aws', { managed: 'no', 'src-dst-check': 'no' });
		expect(result.blockedPick).toBe('calico-vxlan-cross-subnet');
		expect(result.reasons[0]).toContain('will not work here');
		expect(result.reasons[0]).toContain(facts.srcDstCheckIam.value[1]);
	});

	test.each([
		{ wish: 'wireguard', words: 'WireGuard' },
		{ wish: 'ebpf', words: 'eBPF' },
	] as const)(
		'on GKE, $wish wanted is a conflict stated beside the pick, not a blocked pick',
		({ wish, words }) => {
			const result = decide('google-cloud', { managed: 'yes', [wish]: 'yes' });
			expect(result.pick).toBe('gke-alias-ip');
			expect(result.conflicts).toHaveLength(1);
			expect(result.conflicts[0]).toContain(words);
		}
	);

	test('on Google Cloud, not sure about GKE with WireGuard wanted keeps a caution on the GKE pick', () => {
		const result = decide('google-cloud', { wireguard: 'yes' });
		expect(result.conflicts).toEqual([]);
		expect(result.tradeoffs.join(' ')).toContain('If the cluster is GKE, this will not work');
	});

	test('a “not sure” answer that could rule the pick out is a caution among its trade-offs', () => {
		const result = decide('other', {});
		expect(result.pick).toBe('calico-vxlan-cross-subnet');
		expect(result.tradeoffs).toContain(
			`If any node runs Windows, this will not work: ${getBlockerRule('windows-encapsulation').reason}`
		);
	});

	test('each alternative has its costs listed, and an alternative that wraps says what it costs', () => {
		const result = decide('aws', { managed: 'no' });
		for (const id of result.alternatives) expect(result.costs[id]).toBeDefined();
		expect(result.costs['calico-vxlan']?.join(' ')).toContain(
			`${facts.vxlanOverheadV4.value} bytes`
		);
	});
});

describe('Windows nodes on a managed service, and EKS Auto Mode and Fargate', () => {
	test.each([
		{ env: 'aws', answers: { managed: 'no', windows: 'yes' }, pick: 'calico-vxlan' },
		{ env: 'azure', answers: { managed: 'no', windows: 'yes' }, pick: 'calico-vxlan' },
		{
			env: 'aws',
			answers: { managed: 'no', fargate: 'yes', 'ip-scarce': 'yes' },
			pick: 'calico-vxlan-cross-subnet',
		},
	] as const)(
		'$env with $answers: Kubernetes you run yourself keeps Calico’s own CNI',
		({ env, answers, pick }) => {
			expect(decide(env, answers).pick).toBe(pick);
		}
	);

	test('on EKS Auto Mode no Calico option can run: the pick stands with a conflict that says what to do instead', () => {
		const result = decide('aws', { managed: 'yes', 'eks-auto-mode': 'yes' });
		expect(result.pick).toBe('aws-vpc-cni');
		expect(result.alternatives).toEqual([]);
		expect(result.conflicts).toHaveLength(1);
		expect(result.conflicts[0]).toContain('not even network policy');
		expect(result.conflicts[0]).toContain('managed or self-managed node groups');
		const overlay = result.excluded.find((e) => e.option === 'calico-vxlan');
		expect(overlay?.blocker?.rule).toBe('eks-auto-mode');
	});

	test('on EKS Auto Mode with pods on Fargate and scarce addresses, the firm Fargate limit is named and Auto Mode is the conflict', () => {
		const result = decide('aws', {
			managed: 'yes',
			'ip-scarce': 'yes',
			'eks-auto-mode': 'yes',
			fargate: 'yes',
		});
		expect(result.pick).toBe('aws-vpc-cni');
		expect(result.blockedPick).toBe('calico-vxlan');
		expect(result.reasons[0]).toContain('Fargate');
		expect(result.conflicts.join(' ')).toContain('EKS Auto Mode');
	});

	test('with pods on Fargate, the pick says Calico policy does not reach them', () => {
		const result = decide('aws', { managed: 'yes', fargate: 'yes' });
		expect(result.pick).toBe('aws-vpc-cni');
		expect(result.tradeoffs.join(' ')).toContain(
			'Calico network policy does not reach pods on Fargate'
		);
	});

	test('Auto Mode wanted while not sure about EKS is a caution, not a conflict', () => {
		const result = decide('aws', { 'eks-auto-mode': 'yes' });
		expect(result.conflicts).toEqual([]);
		expect(result.tradeoffs.join(' ')).toContain(
			'If the cluster is EKS, this will not work: EKS Auto Mode'
		);
	});

	test('the blocker rules for Windows on EKS and AKS rest on Calico’s Windows requirements', () => {
		for (const id of ['eks-windows', 'aks-windows'])
			expect(blockerSources(getBlockerRule(id)).map((s) => s.url)).toContain(
				facts.windowsCalicoCniPlatforms.sources[0]!.url
			);
	});
});

describe('a "not sure" warns only about questions the environment asks', () => {
	test.each([
		['openstack', 'KubeVirt', 'kubevirt'],
		['aws', 'KubeVirt', 'kubevirt'],
		['digitalocean', 'Windows', 'windows'],
	] as const)(
		'on %s the pick carries no %s warning, a question the page never asks',
		(env, word, question) => {
			expect(questionsByEnvironment[env]).not.toContain(question);
			const result = decide(env);
			expect([...result.tradeoffs, ...Object.values(result.costs).flat()].join(' ')).not.toContain(
				word
			);
		}
	);

	test('on OpenStack a "not sure" about the ports warns that the pick needs them', () => {
		expect(decide('openstack').tradeoffs).toContainEqual(
			expect.stringMatching(/^If the VMs’ ports drop foreign source addresses, this will not work/)
		);
	});
});

describe('every decision has a pick without blockers', () => {
	test.each(environmentIds.flatMap((env) => releases.map((r) => ({ env, calico: r.minor }))))(
		'for every combination of answers on $env, Calico $calico',
		({ env, calico }) => {
			const release = releaseOf(calico);
			let rows = 0;
			for (const answers of everyCombination(env, { firmConstraints: true })) {
				const pick = finalPick(env, answers, release);
				const blockers = blockersFor(getOption(pick), env, answers, release);
				// Only wishes nothing installable can meet may stand against the pick; decide() reports them as conflicts.
				expect(blockers.filter((b) => !b.wish)).toEqual([]);
				rows++;
			}
			expect(rows).toBe(
				3 ** questionsOfKind(env, 'preference').length *
					2 ** questionsOfKind(env, 'constraint').length
			);
		}
	);
});

describe('the constraint questions are asked only where they can change something', () => {
	const cases = environmentIds.flatMap((env) =>
		questionsOfKind(env, 'constraint').map((question) => ({ env, question }))
	);
	test.each(cases)(
		'on $env, $question rules something out or costs something',
		({ env, question }) => {
			const reaches = blockingQuestions(
				env,
				options.filter((o) => o.environments.includes(env))
			).some((q) => q.id === question);
			const costs = ['wireguard', 'ebpf'].includes(question);
			expect(reaches || costs).toBe(true);
		}
	);

	test('every blocker rule asks a constraint question and rests on facts with sources', () => {
		for (const rule of blockerRules) {
			expect(getQuestion(rule.question).kind).toBe('constraint');
			expect(rule.facts.length).toBeGreaterThan(0);
			for (const name of rule.facts) expect(facts[name].sources.length).toBeGreaterThan(0);
		}
	});

	test('every constraint question is asked somewhere', () => {
		const asked = new Set<QuestionId>(environmentIds.flatMap((env) => questionsByEnvironment[env]));
		for (const rule of blockerRules) expect(asked.has(rule.question)).toBe(true);
	});
});

describe('what each option works with', () => {
	test.each([
		{ option: 'calico-vxlan', windows: true, ipv6: true },
		{ option: 'calico-vxlan-cross-subnet', windows: false, ipv6: true },
		{ option: 'calico-ipip', windows: false, ipv6: false },
		{ option: 'calico-bgp-peering', windows: true, ipv6: true },
	] as const)('$option: Windows $windows, IPv6 $ipv6', ({ option, windows, ipv6 }) => {
		expect(compatibility(getOption(option))).toEqual({ windows, ipv6 });
	});
});

describe('the decision table export says how to apply constraint answers, and following it gives the pick', () => {
	const body = decisionTableExport();
	const size = JSON.stringify(body).length;

	test('the export stays under 1 MB', () => {
		expect(size).toBeLessThan(1_000_000);
	});

	test.each(environmentIds.map((env) => ({ env })))(
		'on $env, the documented procedure agrees with the recommender for every combination',
		({ env }) => {
			const exported = body.environments.find((e) => e.id === env)!;
			const preference = exported.questions as QuestionId[];
			let checked = 0;
			for (const answers of everyCombination(env, { firmConstraints: true })) {
				// Sample the biggest environments: every 7th combination still covers each answer of each question.
				if (questionsByEnvironment[env].length > 8 && checked++ % 7 !== 0) continue;
				const row = exported.rows.find((r) =>
					preference.every((q) => (r.answers as Answers)[q] === answers[q])
				)!;
				const applies = (entry: (typeof exported.blockers)[number]) =>
					answers[entry.question] === entry.answer &&
					Object.entries(entry.when).every(([q, a]) => answers[q as QuestionId] === a);
				const active = exported.blockers
					.filter(applies)
					.filter((entry) => row.ranking.some((id) => entry.options.includes(id)));
				const against = (id: OptionId) => active.filter((entry) => entry.options.includes(id));
				const free = row.ranking.find((id) => against(id).length === 0);
				const pick = free ?? row.ranking.find((id) => against(id).every((entry) => entry.wish));
				expect(pick).toBe(finalPick(env, answers));
			}
		}
	);

	test('links made before the constraint questions existed mean what they meant', () => {
		for (const row of decisionTable()) {
			const result = decide(row.env, row.answers);
			expect(result.blockedPick).toBeNull();
			expect(result.conflicts).toEqual([]);
		}
	});
});
