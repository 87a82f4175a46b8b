import { z } from 'zod';
import { decide, type Recommendation } from './decide';
import { environmentIds, type EnvironmentId } from '../catalog/environments';
import { answerValues, questionIds, type Answers } from '../catalog/questions';
import { newestRelease, readRelease, type Release } from '../facts';
import { distributionIds, type DistributionId } from '../catalog/distribution-names';

export { decide, type Change, type Exclusion, type Recommendation } from './decide';

/** Raised when `recommend()` is called with an environment or answer it does not know. */
export class RecommenderInputError extends Error {
	constructor(readonly issues: string[]) {
		super(issues.join('\n'));
		this.name = 'RecommenderInputError';
	}
}

const listOf = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');

/** Input of `recommend()`: an environment id and answers keyed by question id. */
export const RecommendInputSchema = z.object({
	env: z.enum(environmentIds, {
		error: (issue) =>
			`Unknown environment ${JSON.stringify(issue.input)}. Use one of ${listOf(environmentIds)}.`,
	}),
	answers: z
		.partialRecord(
			z.enum(questionIds),
			z.enum(answerValues, {
				error: (issue) =>
					`${JSON.stringify(issue.input)} is not an answer. Answer "yes", "no" or "unsure".`,
			})
		)
		.default({}),
	distribution: z
		.enum(distributionIds, {
			error: (issue) =>
				`Unknown distribution ${JSON.stringify(issue.input)}. Use one of ${listOf(distributionIds)}, or leave it out.`,
		})
		.optional(),
});

function validate(
	env: unknown,
	answers: unknown,
	distribution: unknown
): { env: EnvironmentId; answers: Answers; distribution?: DistributionId } {
	const parsed = RecommendInputSchema.safeParse({ env, answers: answers ?? {}, distribution });
	if (parsed.success) return parsed.data;
	throw new RecommenderInputError(
		parsed.error.issues.map((issue) => {
			if (issue.code === 'unrecognized_keys')
				return `Unknown question ${issue.keys.map((k) => `"${k}"`).join(', ')}. Questions are ${listOf(questionIds)}.`;
			return issue.path.length > 1
				? `answers.${String(issue.path[1])}: ${issue.message}`
				: issue.message;
		})
	);
}

/** The release a `calico` argument names (`3.32`, `v3.32.1`), the newest when none is given. */
function releaseFor(calico: string | undefined): Release {
	if (calico === undefined) return newestRelease;
	const read = readRelease(calico);
	if (!read.ok) throw new RecommenderInputError([read.message]);
	return read.release;
}

/**
 * Recommends a networking option for an environment from a reader's answers, for a Calico version (the newest
 * when left out) and the way the cluster is installed (none: not said), after checking them. Questions left out
 * (or answered "unsure") are "not sure"; questions the environment does not ask are ignored.
 */
export function recommend(
	env: EnvironmentId,
	answers: Answers = {},
	calico?: string,
	distribution?: DistributionId
): Recommendation {
	const input = validate(env, answers, distribution);
	if (input.distribution && input.answers.managed === 'yes')
		throw new RecommenderInputError([
			`A distribution (${input.distribution}) is Kubernetes you install yourself, but answers.managed is "yes" (the provider runs it). Leave out one of the two.`,
		]);
	return decide(input.env, input.answers, releaseFor(calico), input.distribution);
}
