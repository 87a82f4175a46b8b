import { differencesFor } from './differences';
import { getEnvironment, type EnvironmentId } from './environments';
import { notInstallableReason } from './installable';
import { getOption, options, underlayFor, type OptionId } from './options';
import {
	answerValues,
	completeAnswers,
	questionsByEnvironment,
	type Answer,
	type Answers,
	type CompleteAnswers,
	type QuestionId,
} from './questions';
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
	/** Where the pick departs from Calico's upstream page: ids of entries in `differences`. */
	differences: string[];
}

/** Why an option is out: the rule's reason, then where it cannot be installed, then the catalog's. Null when it is not out. */
function exclusionReason(
	optionId: OptionId,
	env: EnvironmentId,
	answers: CompleteAnswers,
	ruled: Partial<Record<OptionId, string>>
): string | null {
	const option = getOption(optionId);
	if (ruled[optionId]) return ruled[optionId];
	const notHere = notInstallableReason(option, env, answers.managed);
	if (notHere && option.environments.includes(env)) return notHere;
	if (!option.recommendable) return option.whyNotRecommended ?? 'The guide does not recommend it.';
	if (option.environments.includes(env)) return null;
	const homes = option.environments.map((id) => getEnvironment(id).name).join(', ');
	return `It applies to ${homes}, not to ${getEnvironment(env).name}.`;
}

/**
 * Decides for answers already known to be valid (the widgets' case; `recommend()` checks them first).
 * It exists beside `recommend()` so that the recommender's browser bundle does not carry zod: the widgets
 * only ever pass answers that `parseRecommenderQuery()` or their own radio buttons produced.
 * Questions left out (or answered "unsure") are "not sure"; questions the environment does not ask are ignored.
 */
export function decide(env: EnvironmentId, answers: Answers = {}): Recommendation {
	const input = { env, answers };
	const complete = completeAnswers(input.env, input.answers);
	const asked = questionsByEnvironment[input.env];
	const verdict = rules[input.env](complete);

	const reasonOut = (id: OptionId) => exclusionReason(id, input.env, complete, verdict.excluded);
	// The rule ranks; the catalog says what can be installed where, so an alternative that cannot be is moved out.
	const alternatives = verdict.alternatives.filter(
		(id) =>
			id !== verdict.pick &&
			notInstallableReason(getOption(id), input.env, complete.managed) === null
	);
	const excluded: Exclusion[] = [];
	for (const option of options) {
		if (option.id === verdict.pick || alternatives.includes(option.id)) continue;
		const reason = reasonOut(option.id);
		// An option of this environment that the rule neither ranked nor ruled out is still worth a look.
		if (reason) excluded.push({ option: option.id, reason });
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
		differences: differencesFor(input.env, complete, verdict.pick).map((d) => d.id),
	};
}
