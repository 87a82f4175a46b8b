import { decide } from './decide';
import { differenceRules, differencesPage } from './difference-rules';
import { getEnvironment, type EnvironmentId } from '../catalog/environments';
import { longDate, newestRelease, type CalicoMinor, type Release } from '../facts';
import { retiringLabel } from '../catalog/option-words';
import { formatDetails, getOption, type OptionId } from '../catalog/options';
import { answerWords, getQuestion, type Answers } from '../catalog/questions';
import { answerLines, type AnswerLine } from '../catalog/answer-lines';
import { recommenderPage } from '../url/state';
import { distributionName, type DistributionId } from '../catalog/distribution-names';
import { installSteps } from './install';

/** An option as a record names it. */
export interface RecordOption {
	id: OptionId;
	name: string;
	details: string;
	/** “Retiring 31 March 2028”, or null. */
	retiring: string | null;
}

/** Everything a design review needs about one decision, in words. */
export interface DecisionRecord {
	/** The day the record was made, e.g. “27 November 2026”. */
	date: string;
	environment: string;
	/** The Calico release the decision holds for, e.g. `3.33`. */
	calico: CalicoMinor;
	/** How the cluster is installed (“k3s”), or null when the reader did not say. */
	distribution: string | null;
	answers: AnswerLine[];
	pick: RecordOption & { summary: string };
	reasons: string[];
	tradeoffs: string[];
	underlay: string[];
	/** What installing the pick takes on the distribution (empty when none was given). */
	install: string[];
	/** “Pod IPs routable outside? Yes → Amazon VPC CNI with Calico policy”. */
	changes: string[];
	/** Alternatives that work, each with what it costs against the answers. */
	alternatives: (RecordOption & { costs: string[] })[];
	/** Options of this environment that will not work with the answers, and why. */
	blocked: { name: string; reason: string }[];
	/** Wishes nothing that can be installed here meets. */
	conflicts: string[];
	/** Where the pick departs from Calico's upstream page, with the address of the explanation. */
	differences: { title: string; href: string }[];
	/** The address of the recommender that reproduces this decision. */
	link: string;
}

function recordOption(id: OptionId): RecordOption {
	const option = getOption(id);
	return {
		id,
		name: option.name,
		details: formatDetails(option.tuple),
		retiring: retiringLabel(option),
	};
}

/** The decision record of an environment and answers for a Calico release, dated `isoDate` (YYYY-MM-DD), linking back to `origin`. */
export function decisionRecord(
	env: EnvironmentId,
	answers: Answers,
	isoDate: string,
	origin: string,
	release: Release = newestRelease,
	distribution?: DistributionId
): DecisionRecord {
	const result = decide(env, answers, release, distribution);
	return {
		date: longDate(isoDate),
		environment: getEnvironment(env).name,
		calico: result.calico,
		distribution: distribution ? distributionName(distribution) : null,
		answers: answerLines(env, result.answers),
		pick: { ...recordOption(result.pick), summary: getOption(result.pick).summary },
		reasons: result.reasons,
		tradeoffs: result.tradeoffs,
		underlay: result.underlay,
		install: installSteps(result),
		changes: result.changes.map(
			(c) => `${getQuestion(c.question).short} ${answerWords[c.answer]} → ${getOption(c.pick).name}`
		),
		alternatives: result.alternatives.map((id) => ({
			...recordOption(id),
			costs: result.costs[id] ?? [],
		})),
		blocked: result.excluded
			.filter(
				(e) =>
					e.kind === 'blocked' ||
					(e.kind !== 'not-recommended' && getOption(e.option).environments.includes(env))
			)
			.map((e) => ({ name: getOption(e.option).name, reason: e.reason })),
		conflicts: result.conflicts,
		differences: differenceRules
			.filter((d) => result.differences.includes(d.id))
			.map((d) => ({ title: d.title, href: `${origin}${differencesPage}#${d.id}` })),
		link: `${origin}${recommenderPage(env, result.answers, result.calico, distribution)}`,
	};
}

export { recordHref } from '../url/state';
