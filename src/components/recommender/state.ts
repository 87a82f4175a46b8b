import {
	getEnvironment,
	isEnvironmentId,
	type EnvironmentId,
} from '../../lib/catalog/environments';
import { isQuestionId, type Answer, type Answers } from '../../lib/catalog/questions';
import { parseRecommenderQuery, recommenderPage, type IgnoredParameter } from '../../lib/url/state';
import type { CalicoMinor } from '../../lib/facts';
import type { DistributionId } from '../../lib/catalog/distributions';

/** What the recommender widget holds: the environment, the answers and what the URL had that could not be used. */
export interface WidgetState {
	env?: EnvironmentId;
	answers: Answers;
	/** The Calico version chosen; absent for the newest. */
	calico?: CalicoMinor;
	/** How the cluster is installed; absent when the reader has not said. */
	dist?: DistributionId;
	ignored: IgnoredParameter[];
}

/** Reads widget state from a query string; an environment fixed by the page wins over the URL's. */
export function stateFromQuery(query: string, fixedEnv?: EnvironmentId): WidgetState {
	const parsed = parseRecommenderQuery(query);
	const kept = {
		...(parsed.calico ? { calico: parsed.calico } : {}),
		...(parsed.dist ? { dist: parsed.dist } : {}),
	};
	if (!fixedEnv || !parsed.env || parsed.env === fixedEnv)
		return {
			env: fixedEnv ?? parsed.env,
			answers: parsed.answers,
			...kept,
			ignored: parsed.ignored,
		};
	return {
		env: fixedEnv,
		answers: parsed.answers,
		...kept,
		ignored: [
			...parsed.ignored,
			{
				param: 'env',
				value: parsed.env,
				reason: `This page is about ${getEnvironment(fixedEnv).name}; env=${parsed.env} was not used.`,
			},
		],
	};
}

/** The address of the full recommender for a state. */
export function recommenderHref(
	state: Pick<WidgetState, 'env' | 'answers' | 'calico' | 'dist'>
): string {
	return recommenderPage(state.env, state.answers, state.calico, state.dist);
}

/** The radio buttons a reader changed from the server-rendered state before the widget hydrated. */
export function choicesMadeBeforeHydration(
	form: HTMLFormElement,
	idPrefix: string,
	rendered: WidgetState
): { env?: EnvironmentId; answers?: Answers } {
	const clicked: { env?: EnvironmentId; answers: Answers } = { answers: {} };
	for (const input of form.querySelectorAll<HTMLInputElement>('input[type="radio"]:checked')) {
		const name = input.name.slice(idPrefix.length + 1);
		if (name === 'env') {
			if (isEnvironmentId(input.value) && input.value !== rendered.env) clicked.env = input.value;
		} else if (isQuestionId(name) && (rendered.answers[name] ?? 'unsure') !== input.value) {
			clicked.answers[name] = input.value as Answer;
		}
	}
	return Object.keys(clicked.answers).length || clicked.env ? clicked : {};
}
