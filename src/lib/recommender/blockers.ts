import { getEnvironment, type EnvironmentId } from '../catalog/environments';
import { factSources, facts, type FactId, type Source } from '../facts';
import type { NetworkingOption } from '../catalog/option-types';
import { byId } from '../input/by-id';
import {
	getQuestion,
	type Answer,
	type CompleteAnswers,
	type QuestionId,
} from '../catalog/questions';

/** Why an option cannot work, whatever the reader prefers: a firm answer to a constraint question, and a sourced fact. */
export interface BlockerRule {
	id: string;
	/** The constraint question whose answer blocks. */
	question: QuestionId;
	/** The answer that blocks. */
	answer: 'yes' | 'no';
	/** Only in these environments (all when absent). */
	envs?: readonly EnvironmentId[];
	/** Other answers the block needs, e.g. `managed: 'yes'` for a limit of the managed service. */
	when?: Partial<Record<QuestionId, 'yes' | 'no'>>;
	/** True for the options it blocks. */
	blocks: (option: NetworkingOption) => boolean;
	/** The reason, to follow "Will not work here, because". */
	reason: string;
	/** The blocking answer as a condition, for when the reader was not sure: "any node runs Windows". */
	ifUnsure: string;
	/**
	 * True when the answer is a wish rather than a property of the network. When nothing that can be installed
	 * meets a wish, the pick stands and the wish is reported as a conflict instead of blocking everything.
	 */
	wish?: boolean;
	/** For a wish: what to tell the reader when nothing installable meets it, given the pick's name (by default: run Kubernetes yourself). */
	unmet?: (pickName: string) => string;
	/** The facts the rule rests on; their sources are the rule's sources. */
	facts: readonly FactId[];
}

/** An option ruled out by an answer, with the rule's reason. */
export interface Blocker {
	rule: string;
	question: QuestionId;
	reason: string;
	wish: boolean;
}

const wraps = (option: NetworkingOption, wrapper: 'ipip' | 'vxlan') =>
	option.encapsulation.wrapper === wrapper && option.encapsulation.by === 'Calico';
const calicoCni = (option: NetworkingOption) => option.operator?.cni === 'Calico';
const iam = facts.srcDstCheckIam.value.join(' and ');
const listed = (items: readonly string[]) =>
	items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? '');
const windowsCalicoCni = listed(facts.windowsCalicoCniPlatforms.value);
const autoMode =
	'EKS Auto Mode takes no CNI or network policy plugin but AWS’s own, so no part of Calico runs on its nodes, not even network policy';

/** Every blocker rule, in the order the recommender asks the questions. */
export const blockerRules: readonly BlockerRule[] = [
	{
		id: 'ipip-dropped',
		question: 'ipip',
		answer: 'no',
		blocks: (option) => wraps(option, 'ipip'),
		reason: `it wraps pod traffic in IP-in-IP (IP protocol ${facts.ipipProtocol.value}), which your network drops.`,
		ifUnsure: `your network drops IP protocol ${facts.ipipProtocol.value}`,
		facts: ['ipipProtocol'],
	},
	{
		id: 'aws-src-dst-check',
		question: 'src-dst-check',
		answer: 'no',
		envs: ['aws'],
		blocks: (option) =>
			option.routes !== 'cloud' && option.encapsulation.scope !== 'always' && calicoCni(option),
		reason: `it sends pod packets between nodes of a subnet unwrapped, and EC2 drops them while the source/destination check is on (Felix turns it off with awsSrcDstCheck: Disable, given IAM ${iam}).`,
		ifUnsure: 'the EC2 source/destination check must stay on',
		facts: ['awsSrcDstCheck', 'srcDstCheckIam'],
	},
	{
		id: 'eks-control-plane',
		question: 'control-plane',
		answer: 'yes',
		envs: ['aws'],
		when: { managed: 'yes' },
		blocks: (option) => calicoCni(option),
		reason:
			'the EKS control plane cannot reach pod IPs on a Calico overlay; only pods on the host network are reachable, and you said some must be reached directly.',
		ifUnsure: 'the control plane must reach pods directly',
		facts: ['eksWebhooksNeedHostNetwork'],
	},
	{
		id: 'eks-auto-mode',
		question: 'eks-auto-mode',
		answer: 'yes',
		envs: ['aws'],
		when: { managed: 'yes' },
		blocks: () => true,
		reason: `${autoMode}.`,
		ifUnsure: 'the nodes run in EKS Auto Mode',
		wish: true,
		unmet: (pick) =>
			`${autoMode}. On Auto Mode nodes, use the network policy of AWS’s VPC CNI (turned on with a ConfigMap and the node class). To run ${pick}, put the nodes in managed or self-managed node groups instead; one cluster can have both.`,
		facts: ['eksAutoModeNoPlugins'],
	},
	{
		id: 'eks-fargate',
		question: 'fargate',
		answer: 'yes',
		envs: ['aws'],
		when: { managed: 'yes' },
		blocks: (option) => calicoCni(option),
		reason:
			'Fargate runs the Amazon VPC CNI and no other, so pods there take VPC addresses while pods on a Calico overlay take addresses the VPC cannot route: Fargate pods could not reach the overlay’s pods.',
		ifUnsure: 'some pods run on Fargate',
		facts: ['fargateVpcCniOnly'],
	},
	{
		id: 'windows-encapsulation',
		question: 'windows',
		answer: 'yes',
		blocks: (option) =>
			wraps(option, 'ipip') ||
			(wraps(option, 'vxlan') && option.encapsulation.scope === 'cross-subnet'),
		reason: `Calico on Windows nodes supports only ${facts.windowsEncapsulations.value.join(' and ')}: no IP-in-IP and no cross-subnet VXLAN.`,
		ifUnsure: 'any node runs Windows',
		facts: ['windowsEncapsulations'],
	},
	{
		id: 'eks-windows',
		question: 'windows',
		answer: 'yes',
		envs: ['aws'],
		when: { managed: 'yes' },
		blocks: (option) => calicoCni(option),
		reason: `on EKS, Windows nodes get their pod network from the Amazon VPC CNI only: Calico for Windows brings its own CNI only to ${windowsCalicoCni}.`,
		ifUnsure: 'any node runs Windows',
		facts: ['windowsCalicoCniPlatforms'],
	},
	{
		id: 'aks-windows',
		question: 'windows',
		answer: 'yes',
		envs: ['azure'],
		when: { managed: 'yes' },
		blocks: (option) => calicoCni(option),
		reason:
			'on AKS, Windows nodes get their pod network from the Azure CNI only: Calico’s AKS guide lists the Windows dataplane as unsupported when you install Calico networking yourself.',
		ifUnsure: 'any node runs Windows',
		facts: ['windowsCalicoCniPlatforms', 'aksSelfManagedNoWindows'],
	},
	{
		id: 'ipv6-ipip',
		question: 'ipv6',
		answer: 'yes',
		blocks: (option) => wraps(option, 'ipip'),
		reason:
			'IP-in-IP carries IPv4 only, and an IPv6 pool with IP-in-IP is rejected, so IPv6 pods could not be wrapped.',
		ifUnsure: 'pods need IPv6',
		facts: ['ipipIpv4Only'],
	},
	{
		id: 'gke-wireguard',
		question: 'wireguard',
		answer: 'yes',
		envs: ['google-cloud'],
		when: { managed: 'yes' },
		blocks: () => true,
		reason: 'Calico’s WireGuard encryption is not supported on GKE.',
		ifUnsure: 'you want WireGuard',
		wish: true,
		facts: ['wireguardNotOnGke'],
	},
	{
		id: 'gke-ebpf',
		question: 'ebpf',
		answer: 'yes',
		envs: ['google-cloud'],
		when: { managed: 'yes' },
		blocks: () => true,
		reason: 'Calico’s eBPF dataplane does not run on GKE.',
		ifUnsure: 'you want the eBPF dataplane',
		wish: true,
		facts: ['ebpfNotOnGke'],
	},
];

/** The blocker rule with this id. */
export const getBlockerRule: (id: string) => BlockerRule = byId(blockerRules, 'blocker rule');

/** True when the rule can apply in this environment to this option (whatever the answers). */
export function ruleReaches(
	rule: BlockerRule,
	option: NetworkingOption,
	env: EnvironmentId
): boolean {
	return (!rule.envs || rule.envs.includes(env)) && rule.blocks(option);
}

type Match = 'blocks' | 'maybe' | 'no';

/** Whether answers trigger a rule: "blocks" on firm answers, "maybe" when a "not sure" stands between. */
function matches(rule: BlockerRule, answers: Partial<Record<QuestionId, Answer>>): Match {
	const conditions: [QuestionId, 'yes' | 'no'][] = [
		[rule.question, rule.answer],
		...(Object.entries(rule.when ?? {}) as [QuestionId, 'yes' | 'no'][]),
	];
	let unsure = false;
	for (const [question, wanted] of conditions) {
		const given = answers[question] ?? 'unsure';
		if (given === 'unsure') unsure = true;
		else if (given !== wanted) return 'no';
	}
	return unsure ? 'maybe' : 'blocks';
}

/** What rules out an option in an environment, given complete answers: one entry per rule that applies. */
export function blockersFor(
	option: NetworkingOption,
	env: EnvironmentId,
	answers: CompleteAnswers
): Blocker[] {
	return blockerRules
		.filter((rule) => ruleReaches(rule, option, env) && matches(rule, answers) === 'blocks')
		.map((rule) => ({
			rule: rule.id,
			question: rule.question,
			reason: rule.reason,
			wish: rule.wish ?? false,
		}));
}

/** A rule's conditions the reader was not sure of, as words: "any node runs Windows and the cluster is EKS". */
function unsureConditions(rule: BlockerRule, env: EnvironmentId, answers: CompleteAnswers): string {
	const conditions: string[] = [];
	if (answers[rule.question] === 'unsure') conditions.push(rule.ifUnsure);
	if (rule.when?.managed && answers.managed === 'unsure') {
		const service = getEnvironment(env).managedService;
		conditions.push(`the cluster is ${service ?? 'managed by the provider'}`);
	}
	return conditions.join(' and ');
}

/** Warnings for an option that "not sure" answers leave open: "If any node runs Windows, this will not work: …". */
export function cautionsFor(
	option: NetworkingOption,
	env: EnvironmentId,
	answers: CompleteAnswers
): string[] {
	return blockerRules
		.filter((rule) => ruleReaches(rule, option, env) && matches(rule, answers) === 'maybe')
		.map(
			(rule) => `If ${unsureConditions(rule, env, answers)}, this will not work: ${rule.reason}`
		);
}

/** The sources of a blocker rule, from the facts it rests on. */
export function blockerSources(rule: BlockerRule): Source[] {
	return factSources(rule.facts);
}

/** The constraint questions that can rule something out in an environment (a question asked elsewhere for costs only is not among them). */
export function blockingQuestions(env: EnvironmentId, envOptions: readonly NetworkingOption[]) {
	return [
		...new Set(
			blockerRules
				.filter((rule) => envOptions.some((option) => ruleReaches(rule, option, env)))
				.map((rule) => rule.question)
		),
	].map(getQuestion);
}

/** Whether an option works with Windows nodes and with IPv6 pods, from the blocker rules (for tables and filters). */
export function compatibility(option: NetworkingOption): { windows: boolean; ipv6: boolean } {
	return {
		windows: !getBlockerRule('windows-encapsulation').blocks(option),
		ipv6: !getBlockerRule('ipv6-ipip').blocks(option),
	};
}
