import { environmentIds, type EnvironmentId } from '../catalog/environments';
import type { OptionId } from '../catalog/options';
import { ranking } from './decide';
import {
	answerValues,
	completeAnswers,
	questionsOfKind,
	type Answer,
	type QuestionId,
} from '../catalog/questions';
import { recommend, type Recommendation } from './recommend';

/** One row of the decision table: a combination of answers and what the recommender says. */
export interface DecisionRow {
	env: EnvironmentId;
	answers: Partial<Record<QuestionId, Answer>>;
	pick: OptionId;
	/** Every option that can be installed here, best first, before constraint answers rule any out. */
	ranking: OptionId[];
	alternatives: OptionId[];
	reasons: string[];
	tradeoffs: string[];
	/** Ids of the differences from Calico's upstream page that the pick falls under. */
	differences: string[];
}

/**
 * Every combination of answers (each yes, no or unsure) to the preference questions an environment asks; its
 * constraint questions stay "not sure" (they only rule options out: see `blockers.ts`).
 */
export function answerCombinations(env: EnvironmentId): Partial<Record<QuestionId, Answer>>[] {
	let combos: Partial<Record<QuestionId, Answer>>[] = [{}];
	for (const question of questionsOfKind(env, 'preference')) {
		combos = combos.flatMap((combo) =>
			answerValues.map((answer) => ({ ...combo, [question]: answer }))
		);
	}
	return combos;
}

function toRow(result: Recommendation): DecisionRow {
	const { env, answers, pick, alternatives, reasons, tradeoffs, differences } = result;
	const { ranked } = ranking(env, completeAnswers(env, answers));
	return { env, answers, pick, ranking: ranked, alternatives, reasons, tradeoffs, differences };
}

/** The decision table of one environment, or of every environment when none is given. */
export function decisionTable(env?: EnvironmentId): DecisionRow[] {
	const envs = env ? [env] : environmentIds;
	return envs.flatMap((id) =>
		answerCombinations(id).map((answers) => toRow(recommend(id, answers)))
	);
}
