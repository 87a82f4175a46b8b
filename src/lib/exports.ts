import { optionNotes } from './catalog/option-notes';
import { overheadBytes } from './catalog/encapsulation';
import { environments } from './catalog/environments';
import { distributions } from './catalog/distributions';
import { distributionNotes } from './catalog/distribution-notes';
import { distributionSourcesOf } from './facts/distributions';
import { decisionTable } from './recommender/decision-table';
import { calicoVersion, factsChecked, newestRelease, releases, type Release } from './facts';
import { formatDetails, options, type OptionId } from './catalog/options';
import { needsBgpByRelease } from './catalog/bgp-need';
import { retirements, retirementWhen } from './catalog/retirements';
import { guideChanges } from './words/changes';
import {
	blockerRules,
	blockerSources,
	ruleReaches,
	type BlockerRule,
} from './recommender/blockers';
import type { EnvironmentId } from './catalog/environments';
import { answerValues, questions, questionsOfKind } from './catalog/questions';

/** Version of the JSON export format; bump it when a field changes meaning or goes away. */
export const exportFormatVersion = 2;

/** How the decision table export is organised, for readers of the JSON. */
export const decisionTableOrganisation =
	'Rows hold every combination of an environment’s preference questions (yes, no, unsure) with its constraint questions unsure; the full cross product with the constraint questions would run to tens of thousands of rows. A firm constraint answer only rules options out. To apply your constraint answers: take the row for your preference answers, walk its `ranking`, and keep the first option that no entry of the environment’s `blockers` rules out (an entry applies when your answer to `question` is `answer` and every answer in `when` matches); that option is the pick. If every option is ruled out, the pick is the first in the ranking that only entries marked `wish` rule out, and those wishes are conflicts it cannot meet. Setup questions (`setupQuestions`) never change a row: they shape the configuration generated for the pick. A row’s reasons and trade-offs are worded for its own answers; /recommend/ words them for yours. How the cluster is installed (`distributions`, the URL’s `dist=`) is a second axis every environment accepts: it answers the managed question “no” (read the rows with managed no) and changes no ranking otherwise; its `install` says, per option, what installing that option takes there.';

/** A value for each supported release, keyed by its minor version: `{ "3.31": …, "3.32": …, "3.33": … }`. */
function perRelease<T>(value: (release: Release) => T): Record<string, T> {
	return Object.fromEntries(releases.map((release) => [release.minor, value(release)]));
}

/** The options of an environment a blocker rule reaches in a release (the newest when left out). */
function reached(rule: BlockerRule, env: EnvironmentId, release?: Release): OptionId[] {
	return options
		.filter(
			(option) => option.environments.includes(env) && ruleReaches(rule, option, env, release)
		)
		.map((option) => option.id);
}

/** The body of `/api/options.json`: every option with its tuple and properties. */
export function optionsExport() {
	return {
		version: exportFormatVersion,
		calicoVersion,
		factsChecked,
		options: options.map((option) => {
			const wrapper = option.encapsulation.wrapper;
			return {
				id: option.id,
				name: option.name,
				summary: option.summary,
				details: formatDetails(option.tuple),
				tuple: option.tuple,
				environments: option.environments,
				recommendable: option.recommendable,
				properties: {
					routable: option.routable,
					reach: option.reach,
					encapsulation: {
						scope: option.encapsulation.scope,
						wrapper: wrapper ?? null,
						by: option.encapsulation.by ?? null,
						overheadBytes: wrapper
							? { ipv4: overheadBytes[wrapper][4], ipv6: overheadBytes[wrapper][6] }
							: { ipv4: 0, ipv6: 0 },
					},
					needsBgp: option.needsBgp,
					needsBgpByRelease: needsBgpByRelease(option),
					routes: option.routes,
					underlay: option.underlay.map((req) => ({
						...(req.env ? { env: req.env } : {}),
						text: req.text,
						...(req.inRelease ? { byRelease: perRelease(req.inRelease) } : {}),
					})),
					cloudDependency: option.cloudDependency,
					requiresManaged: option.requiresManaged ?? null,
					installable: option.installable,
					retiring: option.retiring ?? null,
					addresses: option.addresses,
					podDensity: option.podDensity,
				},
				notes: optionNotes[option.id],
				sources: option.sources,
			};
		}),
	};
}

/** The body of `/api/decision-table.json`: for every environment, every combination of answers and the result. */
export function decisionTableExport() {
	return {
		version: exportFormatVersion,
		calicoVersion,
		factsChecked,
		organisation: decisionTableOrganisation,
		answers: answerValues,
		questions: questions.map(({ id, kind, text }) => ({ id, kind, text })),
		environments: environments.map((env) => ({
			id: env.id,
			name: env.name,
			questions: questionsOfKind(env.id, 'preference'),
			constraintQuestions: questionsOfKind(env.id, 'constraint'),
			setupQuestions: questionsOfKind(env.id, 'setup'),
			blockers: blockerRules
				.map((rule) => ({
					rule: rule.id,
					question: rule.question,
					answer: rule.answer,
					when: rule.when ?? {},
					options: reached(rule, env.id),
					optionsByRelease: perRelease((release) => reached(rule, env.id, release)),
					reason: rule.reason,
					wish: rule.wish ?? false,
					sources: blockerSources(rule),
				}))
				// Kept when the rule rules something out here in any supported release, not only the newest.
				.filter((entry) => Object.values(entry.optionsByRelease).some((ids) => ids.length > 0)),
			rows: decisionTable(env.id).map(
				({ answers, pick, ranking, alternatives, reasons, tradeoffs, differences }) => ({
					answers,
					pick,
					ranking,
					alternatives,
					reasons,
					tradeoffs,
					differences,
				})
			),
		})),
		distributions: distributions.map((d) => ({
			id: d.id,
			name: d.name,
			page: d.page,
			podCidr: d.podCidr,
			podCidrSetting: d.podCidrSetting,
			installer: d.installer,
			selectCalico: d.selectCalico,
			kubernetesProvider: d.provider ?? null,
			operatorChecksPool: d.operatorChecksPool,
			containerIpForwarding: d.containerIpForwarding,
			bundledCalico: d.bundledCalico ?? null,
			install: Object.fromEntries(
				options
					.filter((option) => option.recommendable)
					.map((option) => [option.id, distributionNotes(d.id, option, newestRelease.minor)])
			),
			sources: distributionSourcesOf(d.facts),
		})),
	};
}

/** The body of `/api/deprecations.json`: every dated retirement or deprecation the guide knows, and whom it hits. */
export function deprecationsExport() {
	return {
		version: exportFormatVersion,
		calicoVersion,
		factsChecked,
		retirements: retirements.map((entry) => ({
			id: entry.id,
			title: entry.title,
			when: entry.when,
			whenText: retirementWhen(entry),
			affectsYouIf: entry.affectsYouIf,
			instead: entry.instead,
			options: entry.options ?? [],
			checkRules: entry.checkRules ?? [],
			sources: entry.sources,
		})),
	};
}

/** The body of `/api/changes.json`: every dated change of the guide's advice, newest first, with why. */
export function changesExport() {
	return { version: exportFormatVersion, calicoVersion, factsChecked, changes: guideChanges };
}
