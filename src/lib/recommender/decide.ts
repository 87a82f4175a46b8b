import { blockersFor, getBlockerRule, type Blocker } from './blockers';
import { constraintCosts, costsFor } from './costs';
import { differencesFor } from './difference-rules';
import { getEnvironment, type EnvironmentId } from '../catalog/environments';
import { notInstallableReason } from '../catalog/installable';
import {
	getOption,
	options,
	underlayFor,
	type CatalogOption,
	type OptionId,
} from '../catalog/options';
import {
	answerValues,
	completeAnswers,
	questionsByEnvironment,
	type Answer,
	type Answers,
	type CompleteAnswers,
	type QuestionId,
} from '../catalog/questions';
import { facts, newestRelease, type CalicoMinor, type Release } from '../facts';
import { environmentDefinition, notRoutableTradeoff } from './environments';
import { wishConflicts } from '../catalog/wish-conflicts';
import type { DistributionId } from '../catalog/distribution-names';

/** Why an option is out: a constraint answer blocks it, the rule rules it out, it is not offered here, or the guide does not recommend it. */
export type ExclusionKind = 'blocked' | 'ruled-out' | 'not-here' | 'not-recommended';

/** An option the answers rule out, and why. */
export interface Exclusion {
	option: OptionId;
	reason: string;
	kind: ExclusionKind;
	/** For `blocked`: the blocker rule and the question whose answer blocks. */
	blocker?: { rule: string; question: QuestionId };
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
	/** The Calico release the answer holds for. */
	calico: CalicoMinor;
	/** How the cluster is installed, when the reader said; a distribution is Kubernetes you run yourself (`installSteps` says what installing the pick takes there). */
	distribution: DistributionId | null;
	/** The answers to the questions this environment asks; "unsure" where none was given. */
	answers: Partial<Record<QuestionId, Answer>>;
	pick: OptionId;
	/** Other options worth considering, best first; none has a blocker. */
	alternatives: OptionId[];
	/** What each alternative costs against the answers (empty when nothing counts against it). */
	costs: Partial<Record<OptionId, string[]>>;
	/** Every other option in the catalog, with the reason it does not fit. */
	excluded: Exclusion[];
	/** The option the preferences alone would pick, when a constraint answer blocks it. */
	blockedPick: OptionId | null;
	/** Wishes nothing that can be installed here meets, or that conflict with each other: the pick stands, and these say what it cannot give. */
	conflicts: string[];
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
): Omit<Exclusion, 'option'> | null {
	const option = getOption(optionId);
	const ruledOut = ruled[optionId];
	if (ruledOut) return { reason: ruledOut, kind: 'ruled-out' };
	const notHere = notInstallableReason(option, env, answers.managed);
	if (notHere && option.environments.includes(env)) return { reason: notHere, kind: 'not-here' };
	if (!option.recommendable)
		return {
			reason: option.whyNotRecommended ?? 'The guide does not recommend it.',
			kind: 'not-recommended',
		};
	if (option.environments.includes(env)) return null;
	const homes = option.environments.map((id) => getEnvironment(id).name).join(', ');
	return {
		reason: `It applies to ${homes}, not to ${getEnvironment(env).name}.`,
		kind: 'not-here',
	};
}

/** A blocker as an exclusion. */
function blockedExclusion(option: OptionId, blocker: Blocker): Exclusion {
	const reason = blocker.reason.charAt(0).toUpperCase() + blocker.reason.slice(1);
	return {
		option,
		reason,
		kind: 'blocked',
		blocker: { rule: blocker.rule, question: blocker.question },
	};
}

/** The preferences' ranking (the rule's pick first) of options that can be installed, and the rule's verdict. */
export function ranking(env: EnvironmentId, complete: CompleteAnswers) {
	const verdict = environmentDefinition(env).decide(complete);
	const ruled = (id: OptionId) => exclusionReason(id, env, complete, verdict.excluded);
	const ranked: OptionId[] = [verdict.pick];
	for (const id of verdict.alternatives) {
		if (ranked.includes(id)) continue;
		if (notInstallableReason(getOption(id), env, complete.managed) === null) ranked.push(id);
	}
	// An option of this environment that the rule neither ranked nor ruled out is still worth a look.
	for (const option of options)
		if (!ranked.includes(option.id) && !ruled(option.id)) ranked.push(option.id);
	return { verdict, ranked, ruled };
}

/**
 * The first ranked option that no constraint answer blocks; when every one is blocked, the first that only wishes
 * block (its wishes are then conflicts).
 */
function firstUnblocked(
	env: EnvironmentId,
	ranked: OptionId[],
	complete: CompleteAnswers,
	release: Release
) {
	const blocked = new Map<OptionId, Blocker[]>();
	for (const id of ranked) {
		const found = blockersFor(getOption(id), env, complete, release);
		if (found.length > 0) blocked.set(id, found);
	}
	const pick = ranked.find((id) => !blocked.has(id));
	if (pick) return { pick, blocked, conflicts: [] as Blocker[] };
	const first = ranked.find((id) => blocked.get(id)!.every((b) => b.wish));
	if (!first)
		throw new Error(
			`Every option for ${env} is blocked, and not only by wishes: ${ranked.join(', ')}. Add an option a firm answer leaves open, or make the blocker rule a wish.`
		);
	const blockers = blocked.get(first)!;
	blocked.delete(first);
	return { pick: first, blocked, conflicts: blockers };
}

/** The option the recommender picks for complete answers in a release (what `decide()` returns as `pick`). */
export function finalPick(
	env: EnvironmentId,
	complete: CompleteAnswers,
	release: Release = newestRelease
): OptionId {
	return firstUnblocked(env, ranking(env, complete).ranked, complete, release).pick;
}

/** Why the pick fits, when a constraint answer blocked the preferences' first choice. */
function fallbackReasons(
	blockedPick: CatalogOption,
	pick: CatalogOption,
	blocker: Blocker
): string[] {
	return [
		`${blockedPick.name} would fit your preferences best, but it will not work here: ${blocker.reason}`,
		`${pick.name} is the best fit that works. ${pick.summary}`,
	];
}

/** The blocker to name for a blocked first choice: a firm limit before a wish. */
function firmestBlocker(blockers: Blocker[]): Blocker {
	return blockers.find((b) => !b.wish) ?? blockers[0]!;
}

/** What the recommender says of a wish nothing installable here meets. */
function conflictWords(blocker: Blocker, pick: CatalogOption, release: Release): string {
	const unmet = getBlockerRule(blocker.rule).unmet;
	if (unmet) return unmet(pick.name, release);
	return `${blocker.reason.replace(/\.$/, '')}, and nothing else can be installed on the platform you chose. ${pick.name} is what it offers; to have what you asked for, run Kubernetes yourself.`;
}

/**
 * Decides for answers already known to be valid (the widgets' case; `recommend()` checks them first).
 * It exists beside `recommend()` so that the recommender's browser bundle does not carry zod: the widgets
 * only ever pass answers that `parseRecommenderQuery()` or their own radio buttons produced.
 * Questions left out (or answered "unsure") are "not sure"; questions the environment does not ask are ignored.
 */
export function decide(
	env: EnvironmentId,
	answers: Answers = {},
	release: Release = newestRelease,
	distribution?: DistributionId
): Recommendation {
	const asked = questionsByEnvironment[env];
	// A distribution is Kubernetes the reader installs, so the provider's managed service is out.
	const given: Answers =
		distribution && asked.includes('managed') ? { ...answers, managed: 'no' } : answers;
	const complete = completeAnswers(env, given);
	const { verdict, ranked, ruled } = ranking(env, complete);
	const { pick: pickId, blocked, conflicts } = firstUnblocked(env, ranked, complete, release);
	const pick = getOption(pickId);

	const alternatives = ranked.filter((id) => id !== pickId && !blocked.has(id));
	const costs = Object.fromEntries(
		alternatives.map((id) => [id, costsFor(getOption(id), env, complete, release)])
	) as Partial<Record<OptionId, string[]>>;
	const excluded: Exclusion[] = [];
	for (const option of options) {
		if (option.id === pickId || alternatives.includes(option.id)) continue;
		const blockers = blocked.get(option.id);
		if (blockers) {
			excluded.push(blockedExclusion(option.id, blockers[0]!));
			continue;
		}
		const reason = ruled(option.id);
		if (reason) excluded.push({ option: option.id, ...reason });
	}

	const blockedPick = pickId === verdict.pick ? null : verdict.pick;
	const reasons = blockedPick
		? fallbackReasons(getOption(blockedPick), pick, firmestBlocker(blocked.get(blockedPick)!))
		: verdict.reasons;
	const tradeoffs = blockedPick
		? costsFor(pick, env, complete, release)
		: [
				...verdict.tradeoffs,
				...constraintCosts(
					pick,
					env,
					complete,
					conflicts.map((b) => b.question),
					release
				),
			];
	if (!pick.routable && complete.routable === 'unsure') tradeoffs.push(notRoutableTradeoff);

	const changes: Change[] = [];
	for (const question of asked) {
		for (const answer of answerValues) {
			if (answer === complete[question]) continue;
			const other = finalPick(env, { ...complete, [question]: answer }, release);
			if (other !== pickId) changes.push({ question, answer, pick: other });
		}
	}

	const underlay = underlayFor(pick, env, release);
	const unmet = new Set(conflicts.map((b) => b.question));
	if (complete.wireguard === 'yes' && !unmet.has('wireguard'))
		underlay.push(
			`UDP ${facts.wireguardPortV4.value} between nodes for WireGuard (${facts.wireguardPortV6.value} for IPv6).`
		);
	if (complete.ebpf === 'yes' && !unmet.has('ebpf') && pick.encapsulation.wrapper !== 'vxlan')
		underlay.push(
			`UDP ${facts.vxlanPort.value} between nodes, for the eBPF dataplane’s NodePort forwarding.`
		);

	return {
		env,
		calico: release.minor as CalicoMinor,
		distribution: distribution ?? null,
		answers: Object.fromEntries(asked.map((id) => [id, complete[id]])),
		pick: pickId,
		alternatives,
		costs,
		excluded,
		blockedPick,
		conflicts: [
			...conflicts.map((b) => conflictWords(b, pick, release)),
			...wishConflicts(complete).map((c) => c.reason),
		],
		reasons,
		tradeoffs,
		underlay,
		changes,
		differences: differencesFor(env, complete, pickId).map((d) => d.id),
	};
}
