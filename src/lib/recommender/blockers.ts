import { getEnvironment, type EnvironmentId } from '../catalog/environments';
import { factSources, newestRelease, releases, type Release, type Source } from '../facts';
import type { NetworkingOption } from '../catalog/option-types';
import { byId } from '../input/by-id';
import {
	getQuestion,
	questionsByEnvironment,
	type Answer,
	type CompleteAnswers,
	type QuestionId,
} from '../catalog/questions';
import { blockerRules, type BlockerRule } from './blocker-rules';

export { blockerRules, type BlockerRule } from './blocker-rules';

/** An option ruled out by an answer, with the rule's reason. */
export interface Blocker {
	rule: string;
	question: QuestionId;
	reason: string;
	wish: boolean;
}

/** The blocker rule with this id. */
export const getBlockerRule: (id: string) => BlockerRule = byId(blockerRules, 'blocker rule');

/** True when the rule can apply in this environment to this option (whatever the answers): the environment asks its question, and the option is one it blocks. */
export function ruleReaches(
	rule: BlockerRule,
	option: NetworkingOption,
	env: EnvironmentId,
	release: Release = newestRelease
): boolean {
	return (
		(!rule.envs || rule.envs.includes(env)) &&
		questionsByEnvironment[env].includes(rule.question) &&
		rule.blocks(option, release)
	);
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

/** What rules out an option in an environment and a Calico release, given complete answers: one entry per rule that applies. */
export function blockersFor(
	option: NetworkingOption,
	env: EnvironmentId,
	answers: CompleteAnswers,
	release: Release = newestRelease
): Blocker[] {
	return blockerRules
		.filter(
			(rule) => ruleReaches(rule, option, env, release) && matches(rule, answers) === 'blocks'
		)
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
	answers: CompleteAnswers,
	release: Release = newestRelease
): string[] {
	return blockerRules
		.filter((rule) => ruleReaches(rule, option, env, release) && matches(rule, answers) === 'maybe')
		.map(
			(rule) => `If ${unsureConditions(rule, env, answers)}, this will not work: ${rule.reason}`
		);
}

/** The sources of a blocker rule, from the facts it rests on. */
export function blockerSources(rule: BlockerRule): Source[] {
	return factSources(rule.facts);
}

/**
 * The constraint questions that can rule something out in an environment, in some supported release (a question
 * asked elsewhere for costs only is not among them).
 */
export function blockingQuestions(env: EnvironmentId, envOptions: readonly NetworkingOption[]) {
	const reaches = (rule: BlockerRule) =>
		envOptions.some((option) => releases.some((r) => ruleReaches(rule, option, env, r)));
	return [...new Set(blockerRules.filter(reaches).map((rule) => rule.question))].map(getQuestion);
}

/** Whether an option works with Windows nodes and with IPv6 pods, from the blocker rules (for tables and filters). */
export function compatibility(option: NetworkingOption): { windows: boolean; ipv6: boolean } {
	return {
		windows: !getBlockerRule('windows-encapsulation').blocks(option, newestRelease),
		ipv6: !getBlockerRule('ipv6-ipip').blocks(option, newestRelease),
	};
}
