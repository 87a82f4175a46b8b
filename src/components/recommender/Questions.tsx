import {
	answerValues,
	answerWords,
	getQuestion,
	type Answers,
	type QuestionKind,
} from '../../lib/catalog/questions';
import type { EnvironmentId } from '../../lib/catalog/environments';
import type { DistributionId } from '../../lib/catalog/distributions';
import { managedFixedBy, questionsShown } from '../../lib/words/distribution-choices';

const choices = answerValues.map((value) => ({ value, label: answerWords[value] }));

/** How each group of questions is titled and introduced. */
const groups: { kind: QuestionKind; title: string; intro: string }[] = [
	{
		kind: 'preference',
		title: 'What you need',
		intro: 'These rank the options.',
	},
	{
		kind: 'constraint',
		title: 'What your platform allows',
		intro: 'A firm answer here can rule an option out; “not sure” only adds a warning.',
	},
	{
		kind: 'setup',
		title: 'What the configuration should set up',
		intro: 'These leave the pick alone and change what the generated configuration holds.',
	},
];

/** The questions an environment asks (less the managed service's own once a distribution is chosen), in up to three groups (preferences, constraints, setup), each a group of radio buttons (yes, no, not sure). */
export function Questions({
	env,
	answers,
	idPrefix,
	distribution,
	onAnswer,
}: {
	env: EnvironmentId;
	answers: Answers;
	idPrefix: string;
	/** How the cluster is installed: a distribution answers the managed question (No) and locks it. */
	distribution?: DistributionId;
	onAnswer: (answers: Answers) => void;
}) {
	return (
		<div class="rec-questions">
			{groups.map((group) => {
				const ids = questionsShown(env, group.kind, distribution);
				if (ids.length === 0) return null;
				const titleId = `${idPrefix}-${group.kind}-title`;
				return (
					<div class="rec-group" role="group" aria-labelledby={titleId} key={group.kind}>
						<p class="rec-group-title" id={titleId}>
							{group.title}
						</p>
						<p class="rec-help">{group.intro}</p>
						{ids.map((id) => {
							const question = getQuestion(id);
							const locked = id === 'managed' && distribution !== undefined;
							const current = locked ? 'no' : (answers[id] ?? 'unsure');
							const helpId = `${idPrefix}-${id}-help`;
							return (
								<fieldset class="rec-question" key={id} aria-describedby={helpId}>
									<legend>{question.text}</legend>
									<p class="rec-help" id={helpId}>
										{locked ? managedFixedBy(distribution) : question.help}
										{question.page && (
											<>
												{' '}
												See <a href={question.page.href}>{question.page.title}</a>.
											</>
										)}
									</p>
									<div class="rec-choices">
										{choices.map((choice) => (
											<label key={choice.value}>
												<input
													type="radio"
													name={`${idPrefix}-${id}`}
													value={choice.value}
													checked={current === choice.value}
													disabled={locked}
													onChange={() => onAnswer({ ...answers, [id]: choice.value })}
												/>{' '}
												{choice.label}
											</label>
										))}
									</div>
								</fieldset>
							);
						})}
					</div>
				);
			})}
		</div>
	);
}
