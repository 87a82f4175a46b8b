import {
	answerValues,
	answerWords,
	questionsByEnvironment,
	getQuestion,
	type Answers,
} from '../../lib/questions';
import type { EnvironmentId } from '../../lib/environments';

const choices = answerValues.map((value) => ({ value, label: answerWords[value] }));

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
