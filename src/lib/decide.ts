import { getEnvironment, type EnvironmentId } from './environments';
import { getOption, options, underlayFor, type OptionId } from './options';
import { answerValues, completeAnswers, questionsByEnvironment, type Answer, type Answers, type QuestionId } from './questions';
import { notRoutableTradeoff, rules } from './rules';

/** An option the answers rule out, and why. */
export interface Exclusion {
	option: OptionId;
	reason: string;
}

/** One answer that, changed on its own, would change the pick. */
export interface Change {
	question: QuestionId;
	answer: Answer;
	pick: OptionId;
}

/** What the recommender says for an environment and a set of answers. */
export interface Recommendation {
	env: EnvironmentId;
	/** The answers to the questions this environment asks; "unsure" where none was given. */
	answers: Partial<Record<QuestionId, Answer>>;
	pick: OptionId;
	/** Other options worth considering, best first. */
	alternatives: OptionId[];
	/** Every other option in the catalog, with the reason it does not fit. */
	excluded: Exclusion[];
	/** Why the pick fits the answers. */
	reasons: string[];
	/** What the pick costs against the answers. */
	tradeoffs: string[];
	/** What the network underneath must allow for the pick, in this environment. */
	underlay: string[];
	/** Single answers that would change the pick, and to what. */
	changes: Change[];
}

function exclusionReason(optionId: OptionId, env: EnvironmentId, ruled: Partial<Record<OptionId, string>>): string {
	const option = getOption(optionId);
	if (ruled[optionId]) return ruled[optionId];
	if (!option.recommendable) return option.whyNotRecommended ?? 'The guide does not recommend it.';
	const homes = option.environments.map((id) => getEnvironment(id).name).join(', ');
	return `It applies to ${homes}, not to ${getEnvironment(env).name}.`;
}

/**
 * Decides for answers already known to be valid (the widgets' case; `recommend()` checks them first).
 * Questions left out (or answered "unsure") are "not sure"; questions the environment does not ask are ignored.
 */
export function decide(env: EnvironmentId, answers: Answers = {}): Recommendation {
	const input = { env, answers };
	const complete = completeAnswers(input.env, input.answers);
	const asked = questionsByEnvironment[input.env];
	const verdict = rules[input.env](complete);

	const alternatives = verdict.alternatives.filter((id) => id !== verdict.pick);
	const excluded: Exclusion[] = [];
	for (const option of options) {
		if (option.id === verdict.pick || alternatives.includes(option.id)) continue;
		const ruledOut = verdict.excluded[option.id] !== undefined || !option.recommendable || !option.environments.includes(input.env);
		// An option of this environment that the rule neither ranked nor ruled out is still worth a look.
		if (ruledOut) excluded.push({ option: option.id, reason: exclusionReason(option.id, input.env, verdict.excluded) });
		else alternatives.push(option.id);
	}

	const pick = getOption(verdict.pick);
	const tradeoffs = [...verdict.tradeoffs];
	if (!pick.routable && complete.routable === 'unsure') tradeoffs.push(notRoutableTradeoff);

	const changes: Change[] = [];
	for (const question of asked) {
		for (const answer of answerValues) {
			if (answer === complete[question]) continue;
			const other = rules[input.env]({ ...complete, [question]: answer }).pick;
			if (other !== verdict.pick) changes.push({ question, answer, pick: other });
		}
	}

	return {
		env: input.env,
		answers: Object.fromEntries(asked.map((id) => [id, complete[id]])),
		pick: verdict.pick,
		alternatives,
		excluded,
		reasons: verdict.reasons,
		tradeoffs,
		underlay: underlayFor(pick, input.env),
		changes,
	};
}
