import {
	questionsByEnvironment,
	getQuestion,
	type Answer,
	type Answers,
} from '../../lib/questions';
import type { EnvironmentId } from '../../lib/environments';

const choices: { value: Answer; label: string }[] = [
	{ value: 'yes', label: 'Yes' },
	{ value: 'no', label: 'No' },
	{ value: 'unsure', label: 'Not sure' },
];

/** The questions an environment asks, each a group of radio buttons (yes, no, not sure). */
export function Questions({
	env,
	answers,
	idPrefix,
	onAnswer,
}: {
	env: EnvironmentId;
	answers: Answers;
	idPrefix: string;
	onAnswer: (answers: Answers) => void;
}) {
	return (
		<div class="rec-questions">
			{questionsByEnvironment[env].map((id) => {
				const question = getQuestion(id);
				const current = answers[id] ?? 'unsure';
				const helpId = `${idPrefix}-${id}-help`;
				return (
					<fieldset class="rec-question" key={id} aria-describedby={helpId}>
						<legend>{question.text}</legend>
						<p class="rec-help" id={helpId}>
							{question.help}
						</p>
						<div class="rec-choices">
							{choices.map((choice) => (
								<label key={choice.value}>
									<input
										type="radio"
										name={`${idPrefix}-${id}`}
										value={choice.value}
										checked={current === choice.value}
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
}
