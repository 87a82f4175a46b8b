import { getEnvironment, type EnvironmentId } from '../catalog/environments';
import { getOption, type OptionId } from '../catalog/options';
import {
	answerValues,
	getQuestion,
	questionsOfKind,
	type Answer,
	type Answers,
	type QuestionId,
} from '../catalog/questions';
import { recommend } from '../recommender/recommend';
import { answerCombinations } from '../recommender/decision-table';
import { mermaidText } from './mermaid';

/** A node of an environment's decision tree: a question with a branch per answer, or the option recommended. */
export type DecisionNode =
	| { kind: 'option'; option: OptionId }
	| {
			kind: 'question';
			question: QuestionId;
			branches: { answers: Answer[]; next: DecisionNode }[];
	  };

/** The picks of every answer combination that agrees with the answers fixed so far. */
function picksUnder(env: EnvironmentId, fixed: Answers): Set<OptionId> {
	const picks = new Set<OptionId>();
	for (const combo of answerCombinations(env)) {
		if (Object.entries(fixed).every(([q, a]) => combo[q as QuestionId] === a))
			picks.add(recommend(env, combo).pick);
	}
	return picks;
}

function build(env: EnvironmentId, fixed: Answers, remaining: QuestionId[]): DecisionNode {
	const picks = picksUnder(env, fixed);
	if (picks.size === 1) return { kind: 'option', option: [...picks][0]! };
	// Ask the first remaining question whose answer changes the outcome.
	const question =
		remaining.find((q) => {
			const outcomes = answerValues.map((a) =>
				[...picksUnder(env, { ...fixed, [q]: a })].sort().join()
			);
			return new Set(outcomes).size > 1;
		}) ?? remaining[0]!;
	const rest = remaining.filter((q) => q !== question);
	const branches: { answers: Answer[]; next: DecisionNode; key: string }[] = [];
	for (const answer of answerValues) {
		const next = build(env, { ...fixed, [question]: answer }, rest);
		const key = JSON.stringify(next);
		const same = branches.find((b) => b.key === key);
		if (same) same.answers.push(answer);
		else branches.push({ answers: [answer], next, key });
	}
	return {
		kind: 'question',
		question,
		branches: branches.map(({ answers, next }) => ({ answers, next })),
	};
}

/** The preference questions of an environment as a tree that ends in what `recommend()` picks; answers that lead to the same place share a branch. */
export function decisionTree(env: EnvironmentId): DecisionNode {
	return build(env, {}, questionsOfKind(env, 'preference'));
}

/** Follows the tree with a reader's answers (missing ones are "unsure") to the option it ends in. */
export function walkDecisionTree(node: DecisionNode, answers: Answers): OptionId {
	if (node.kind === 'option') return node.option;
	const answer = answers[node.question] ?? 'unsure';
	const branch = node.branches.find((b) => b.answers.includes(answer));
	if (!branch) throw new Error(`The tree has no branch for ${node.question}=${answer}.`);
	return walkDecisionTree(branch.next, answers);
}

const answerWords: Record<Answer, string> = { yes: 'yes', no: 'no', unsure: 'not sure' };

/** Mermaid flowchart source of an environment's decision tree; each option appears once, however many branches lead to it. */
export function decisionTreeToMermaid(env: EnvironmentId): string {
	const tree = decisionTree(env);
	const name = getEnvironment(env).name;
	const lines = [
		'flowchart TB',
		`accTitle: ${mermaidText(`How the recommender decides for ${name}`)}`,
	];
	lines.push(
		`accDescr: ${mermaidText(`Each question leads, by its answers, to another question or to the option the recommender picks for ${name}.`)}`
	);
	const options = new Set<OptionId>();
	let counter = 0;
	const visit = (node: DecisionNode): string => {
		if (node.kind === 'option') {
			options.add(node.option);
			return `opt_${node.option.replace(/-/g, '_')}`;
		}
		const id = `q${counter++}`;
		lines.push(`${id}("${mermaidText(getQuestion(node.question).short)}")`);
		for (const branch of node.branches) {
			const target = visit(branch.next);
			lines.push(`${id} -->|"${branch.answers.map((a) => answerWords[a]).join(' / ')}"| ${target}`);
		}
		return id;
	};
	visit(tree);
	for (const option of options)
		lines.push(`opt_${option.replace(/-/g, '_')}(["${mermaidText(getOption(option).name)}"])`);
	lines.push(`class ${[...options].map((o) => `opt_${o.replace(/-/g, '_')}`).join(',')} pick`);
	if (counter > 0)
		lines.push(`class ${Array.from({ length: counter }, (_, i) => `q${i}`).join(',')} question`);
	return lines.join('\n');
}

/** The decision tree as nested sentences, the text alternative beside its diagram. */
export function decisionTreeOutline(env: EnvironmentId): string[] {
	const out: string[] = [];
	const visit = (node: DecisionNode, depth: number, prefix: string) => {
		const indent = '  '.repeat(depth);
		if (node.kind === 'option') {
			out.push(`${indent}${prefix}${getOption(node.option).name}`);
			return;
		}
		out.push(`${indent}${prefix}${getQuestion(node.question).text}`);
		for (const branch of node.branches)
			visit(
				branch.next,
				depth + 1,
				`If ${branch.answers.map((a) => answerWords[a]).join(' or ')}: `
			);
	};
	visit(decisionTree(env), 0, '');
	return out;
}
