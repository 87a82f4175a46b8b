import { toSearchParams } from './query';
import { calicoParam } from './calico';
import { newestRelease, readRelease, type CalicoMinor } from '../facts';
import {
	environmentIds,
	getEnvironment,
	isEnvironmentId,
	type EnvironmentId,
} from '../catalog/environments';
import {
	environmentsAsking,
	firmAnswers,
	isQuestionId,
	questionIds,
	questionsByEnvironment,
	type Answers,
	type QuestionId,
} from '../catalog/questions';
import {
	distributionIds,
	distributionName,
	isDistributionId,
	type DistributionId,
} from '../catalog/distribution-names';

/** A query parameter (or value) the recommender did not use, and why. */
export interface IgnoredParameter {
	param: string;
	value: string;
	reason: string;
}

/** Recommender state read from a URL. */
export interface RecommenderState {
	/** Absent when the URL names no (valid) environment. */
	env?: EnvironmentId;
	answers: Answers;
	/** The Calico version the URL asks for; absent for the newest (or a value the guide does not know, listed in `ignored`). */
	calico?: CalicoMinor;
	/** How the cluster is installed; absent when the URL names none (or one the guide does not know). */
	dist?: DistributionId;
	ignored: IgnoredParameter[];
}

const urlAnswers = firmAnswers;

/** The query parameter that names how the cluster is installed. */
export const distParam = 'dist';

/**
 * Reads the recommender parameters from a query string (with or without `?`, or a whole URL).
 * Never throws: every parameter or value it cannot use is listed in `ignored` with the reason.
 */
export function parseRecommenderQuery(input: string | URLSearchParams): RecommenderState {
	const params = toSearchParams(input);
	const ignored: IgnoredParameter[] = [];
	const seen = new Set<string>();
	const raw: [string, string][] = [];
	for (const [param, value] of params) {
		if (seen.has(param)) {
			ignored.push({
				param,
				value,
				reason: `"${param}" appears more than once; only the first value is used.`,
			});
			continue;
		}
		seen.add(param);
		raw.push([param, value]);
	}

	let env: EnvironmentId | undefined;
	const envValue = raw.find(([param]) => param === 'env')?.[1];
	if (envValue !== undefined) {
		const normalised = envValue.trim().toLowerCase();
		if (isEnvironmentId(normalised)) env = normalised;
		else
			ignored.push({
				param: 'env',
				value: envValue,
				reason: `"${envValue}" is not an environment. Use one of: ${environmentIds.join(', ')}.`,
			});
	}

	let calico: CalicoMinor | undefined;
	const calicoValue = raw.find(([param]) => param === calicoParam)?.[1];
	if (calicoValue !== undefined) {
		const read = readRelease(calicoValue);
		if (!read.ok) ignored.push({ param: calicoParam, value: calicoValue, reason: read.message });
		else if (read.release.minor !== newestRelease.minor) calico = read.release.minor as CalicoMinor;
	}

	const answers: Answers = {};
	for (const [param, value] of raw) {
		if (param === 'env' || param === calicoParam || param === distParam) continue;
		if (!isQuestionId(param)) {
			ignored.push({
				param,
				value,
				reason: `"${param}" is not a recommender parameter. Known parameters: env, ${distParam}, ${calicoParam}, ${questionIds.join(', ')}.`,
			});
			continue;
		}
		const normalised = value.trim().toLowerCase();
		if (!(urlAnswers as readonly string[]).includes(normalised)) {
			const shown = value === '' ? 'an empty value' : `"${value}"`;
			ignored.push({
				param,
				value,
				reason: `${param} takes yes or no, not ${shown}; leave it out for “not sure”.`,
			});
			continue;
		}
		if (env && !questionsByEnvironment[env].includes(param)) {
			const askedIn = environmentsAsking(param)
				.map((id) => getEnvironment(id).name)
				.join(', ');
			ignored.push({
				param,
				value,
				reason: `${param} is not asked for ${getEnvironment(env).name} (only for ${askedIn}).`,
			});
			continue;
		}
		answers[param] = normalised as 'yes' | 'no';
	}
	const dist = readDistribution(raw, answers, ignored);
	return {
		...(env ? { env } : {}),
		answers,
		...(calico ? { calico } : {}),
		...(dist ? { dist } : {}),
		ignored,
	};
}

/** The distribution a URL names, or none (with the reason in `ignored`) when it is unknown or contradicts managed=yes. */
function readDistribution(
	raw: [string, string][],
	answers: Answers,
	ignored: IgnoredParameter[]
): DistributionId | undefined {
	const value = raw.find(([param]) => param === distParam)?.[1];
	if (value === undefined) return undefined;
	const normalised = value.trim().toLowerCase();
	if (!isDistributionId(normalised)) {
		ignored.push({
			param: distParam,
			value,
			reason: `"${value}" is not a distribution the guide knows. Use one of: ${distributionIds.join(', ')}; leave ${distParam} out for a managed service or another installer.`,
		});
		return undefined;
	}
	if (answers.managed === 'yes') {
		ignored.push({
			param: distParam,
			value,
			reason: `${distributionName(normalised)} is Kubernetes you install yourself, but managed=yes says the provider runs it; ${distParam} was not used. Drop one of the two.`,
		});
		return undefined;
	}
	return normalised;
}

/** Writes recommender state as a query string (without `?`), in a stable order, leaving out "not sure" and the newest Calico version. */
export function serialiseRecommenderQuery(
	env: EnvironmentId | undefined,
	answers: Answers,
	calico?: CalicoMinor,
	dist?: DistributionId
): string {
	const params = new URLSearchParams();
	if (env) params.set('env', env);
	if (dist) params.set(distParam, dist);
	if (calico && calico !== newestRelease.minor) params.set(calicoParam, calico);
	const asked: readonly QuestionId[] = env ? questionsByEnvironment[env] : questionIds;
	for (const id of asked) {
		const answer = answers[id];
		if (answer === 'yes' || answer === 'no') params.set(id, answer);
	}
	return params.toString();
}

/** The address of the full recommender, with the answers given (none: the bare page) and the Calico version when not the newest. */
export function recommenderPage(
	env?: EnvironmentId,
	answers: Answers = {},
	calico?: CalicoMinor,
	dist?: DistributionId
): string {
	const query = serialiseRecommenderQuery(env, answers, calico, dist);
	return `/recommend/${query ? `?${query}` : ''}`;
}

/** The address of the printable decision record for an environment and answers (and the Calico version, when not the newest, and the distribution, when given). */
export function recordHref(
	env: EnvironmentId,
	answers: Answers,
	calico?: CalicoMinor,
	dist?: DistributionId
): string {
	return `/record/?${serialiseRecommenderQuery(env, answers, calico, dist)}`;
}
