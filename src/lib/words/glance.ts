import { blockerRules, ruleReaches, type BlockerRule } from '../recommender/blockers';
import { decisionTable, type DecisionRow } from '../recommender/decision-table';
import { getEnvironment, type EnvironmentId } from '../catalog/environments';
import { notInstallableReason } from '../catalog/installable';
import { listingsFor } from './listings';
import { getOption, underlayFor, type OptionId } from '../catalog/options';
import {
	answerValues,
	getQuestion,
	questionsByEnvironment,
	questionsOfKind,
	type Answer,
	type QuestionId,
} from '../catalog/questions';

/** One question's part of a situation: the answers it covers (all three means the answer does not matter). */
export interface GlanceCondition {
	question: QuestionId;
	answers: readonly Answer[];
}

/** A situation of the at-a-glance table: a pattern of answers, every combination of which the recommender answers with `pick`. */
export interface Situation {
	pick: OptionId;
	conditions: GlanceCondition[];
	/** One cell per preference question, in the order asked: "Yes", "No or not sure", "Any". */
	cells: string[];
}

/** What the printed decision says of one option listed for an environment. */
export interface GlanceOption {
	option: OptionId;
	name: string;
	/** How the option comes up: "Picked when:", or how it comes up when it is never the pick. */
	lead: string;
	/** The situations, in words, that the lead introduces (empty when none). */
	when: string[];
	/** What rules it out here, whatever the preferences: one sentence per constraint answer. */
	blockedBy: string[];
	/** What the network underneath must allow. */
	needs: string[];
}

/** An environment's whole decision, for the top of its page and for paper. */
export interface EnvironmentGlance {
	env: EnvironmentId;
	/** The preference questions, the table's columns after the pick. */
	questions: { id: QuestionId; short: string }[];
	situations: Situation[];
	options: GlanceOption[];
	/** The sentence above the table. */
	intro: string;
}

const numberWords = [
	'no',
	'one',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten',
	'eleven',
	'twelve',
	'thirteen',
];

/** A count in words ("ten questions"), in digits above thirteen. */
export function countWords(n: number, one: string, many: string): string {
	return `${numberWords[n] ?? String(n)} ${n === 1 ? one : many}`;
}

/** How many questions the recommender asks for an environment, in words: "ten questions". */
export function questionCount(env: EnvironmentId): string {
	return countWords(questionsByEnvironment[env].length, 'question', 'questions');
}

/** The sentence that opens an environment page's "Decide" section, with the number of questions the recommender asks there. */
export function decideIntro(env: EnvironmentId): string {
	const name = getEnvironment(env).name;
	return `Answer the ${questionCount(env)} the recommender asks for ${name} and it names an option, gives its reasons, lists the alternatives in order, and shows which answer would change the pick. Questions you skip count as “not sure”.`;
}

/** Answers in a cell: "Yes", "No or not sure", "Any". */
export function answersCell(answers: readonly Answer[]): string {
	if (answers.length === answerValues.length) return 'Any';
	const words = answers.map((a) => (a === 'yes' ? 'yes' : a === 'no' ? 'no' : 'not sure'));
	const text = words.join(' or ');
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A situation in words: "Pod IPs routable outside? No or not sure; Managed Kubernetes? Yes". */
export function situationWords(situation: Situation): string {
	if (situation.conditions.length === 0) return 'Whatever the answers.';
	return situation.conditions
		.map((c) => `${getQuestion(c.question).short} ${answersCell(c.answers)}`)
		.join('; ');
}

/** Every non-empty subset of the three answers, as masks (bit i is `answerValues[i]`). */
const subsets = [1, 2, 4, 3, 5, 6, 7];
const bit = (answer: Answer) => 1 << answerValues.indexOf(answer);

type Pattern = { masks: number[]; covers: number[] };

/** Every pattern (one mask per question) whose combinations all share one key, grouped by that key, with the rows each covers. */
function purePatterns(
	questions: QuestionId[],
	rows: readonly DecisionRow[],
	key: (row: DecisionRow) => string
): Map<string, Pattern[]> {
	const rowBits = rows.map((row) => questions.map((q) => bit(row.answers[q] ?? 'unsure')));
	const keys = rows.map(key);
	let patterns: number[][] = [[]];
	for (let i = 0; i < questions.length; i++)
		patterns = patterns.flatMap((p) => subsets.map((mask) => [...p, mask]));
	const found = new Map<string, Pattern[]>();
	for (const masks of patterns) {
		const covers: number[] = [];
		let shared: string | undefined;
		let pure = true;
		for (const [index, bits] of rowBits.entries()) {
			if (!bits.every((b, i) => (masks[i]! & b) !== 0)) continue;
			if (shared !== undefined && keys[index] !== shared) {
				pure = false;
				break;
			}
			shared = keys[index];
			covers.push(index);
		}
		if (!pure || shared === undefined) continue;
		found.set(shared, [...(found.get(shared) ?? []), { masks, covers }]);
	}
	return found;
}

const conditionCount = (masks: number[]) => masks.filter((m) => m !== 7).length;

/**
 * The fewest simple situations (greedy: widest first) that together cover exactly the rows whose key is
 * `wanted`: each situation fixes some questions' answers, and every combination it allows has that key.
 */
export function coverRows(
	questions: QuestionId[],
	rows: readonly DecisionRow[],
	key: (row: DecisionRow) => string,
	wanted: string,
	patterns: Map<string, Pattern[]> = purePatterns(questions, rows, key)
): GlanceCondition[][] {
	const candidates = patterns.get(wanted) ?? [];
	const left = new Set(rows.flatMap((row, i) => (key(row) === wanted ? [i] : [])));
	const chosen: number[][] = [];
	while (left.size > 0 && candidates.length > 0) {
		let best = candidates[0]!;
		let bestGain = -1;
		for (const candidate of candidates) {
			const gain = candidate.covers.filter((i) => left.has(i)).length;
			if (
				gain > bestGain ||
				(gain === bestGain && conditionCount(candidate.masks) < conditionCount(best.masks))
			) {
				best = candidate;
				bestGain = gain;
			}
		}
		for (const i of best.covers) left.delete(i);
		chosen.push(best.masks);
	}
	return chosen.map((masks) =>
		questions.flatMap((question, i) =>
			masks[i] === 7
				? []
				: [{ question, answers: answerValues.filter((a) => (masks[i]! & bit(a)) !== 0) }]
		)
	);
}

function toSituation(
	pick: OptionId,
	questions: QuestionId[],
	conditions: GlanceCondition[]
): Situation {
	const cells = questions.map((q) =>
		answersCell(conditions.find((c) => c.question === q)?.answers ?? answerValues)
	);
	return { pick, conditions, cells };
}

/** A blocker rule as a sentence: "Ruled out when the source/destination check stays on: it sends …". */
function blockerWords(rule: BlockerRule, env: EnvironmentId): string {
	const question = getQuestion(rule.question);
	const conditions = [rule.answer === 'yes' ? question.yesLabel : question.noLabel];
	for (const [id, answer] of Object.entries(rule.when ?? {}) as [QuestionId, 'yes' | 'no'][]) {
		const service = id === 'managed' && answer === 'yes' && getEnvironment(env).managedService;
		conditions.push(
			service
				? `on ${service}`
				: answer === 'yes'
					? getQuestion(id).yesLabel
					: getQuestion(id).noLabel
		);
	}
	return `Ruled out when ${conditions.join(', ')}: ${rule.reason}`;
}

/** The options that the page lists, then any other the recommender picks there, in that order. */
function optionsShown(env: EnvironmentId, rows: readonly DecisionRow[]): OptionId[] {
	const shown: OptionId[] = listingsFor(env).map((l) => l.option);
	for (const row of rows) if (!shown.includes(row.pick)) shown.push(row.pick);
	return [...new Set(shown)];
}

const byPick = (row: DecisionRow) => row.pick;
const byFirstAlternative = (row: DecisionRow) => row.alternatives[0] ?? '';

/** One option's part of the printed decision. */
function glanceOption(
	env: EnvironmentId,
	option: OptionId,
	questions: QuestionId[],
	rows: readonly DecisionRow[],
	patterns: { pick: Map<string, Pattern[]>; first: Map<string, Pattern[]> }
): GlanceOption {
	const words = (covers: GlanceCondition[][]) =>
		covers.map((conditions) => situationWords(toSituation(option, questions, conditions)));
	const picked = rows.some((r) => r.pick === option);
	const first = rows.some((r) => r.alternatives[0] === option);
	const lead = picked
		? 'Picked when:'
		: first
			? 'Never the first pick; the first alternative when:'
			: 'Never the first pick; it comes among the alternatives.';
	const when = picked
		? words(coverRows(questions, rows, byPick, option, patterns.pick))
		: first
			? words(coverRows(questions, rows, byFirstAlternative, option, patterns.first))
			: [];
	const catalog = getOption(option);
	const blockedBy = blockerRules
		.filter(
			(rule) =>
				ruleReaches(rule, catalog, env) &&
				questionsByEnvironment[env].includes(rule.question) &&
				// A limit of the managed service says nothing of an option that cannot run there.
				!(rule.when?.managed && notInstallableReason(catalog, env, rule.when.managed) !== null)
		)
		.map((rule) => blockerWords(rule, env));
	return { option, name: catalog.name, lead, when, blockedBy, needs: underlayFor(catalog, env) };
}

const glances = new Map<EnvironmentId, EnvironmentGlance>();

/** The whole decision of an environment: the pick for each situation, and for each option when it is picked, what rules it out and what it needs. */
export function environmentGlance(env: EnvironmentId): EnvironmentGlance {
	const cached = glances.get(env);
	if (cached) return cached;
	const rows = decisionTable(env);
	const questions = questionsOfKind(env, 'preference');
	const shown = optionsShown(env, rows);
	const patterns = {
		pick: purePatterns(questions, rows, byPick),
		first: purePatterns(questions, rows, byFirstAlternative),
	};
	const situations = shown.flatMap((option) =>
		coverRows(questions, rows, byPick, option, patterns.pick).map((conditions) =>
			toSituation(option, questions, conditions)
		)
	);
	const constraints = questionsOfKind(env, 'constraint').length;
	const name = getEnvironment(env).name;
	const intro =
		`What the recommender picks for ${name}, for every combination of answers to its ${countWords(questions.length, 'preference question', 'preference questions')}` +
		(constraints > 0
			? `; its ${countWords(constraints, 'constraint question', 'constraint questions')} do not rank the options but can rule some out, as listed under each option.`
			: '.') +
		' “Any” means the answer does not change the pick.';
	const glance: EnvironmentGlance = {
		env,
		questions: questions.map((id) => ({ id, short: getQuestion(id).short })),
		situations,
		options: shown.map((option) => glanceOption(env, option, questions, rows, patterns)),
		intro,
	};
	glances.set(env, glance);
	return glance;
}
