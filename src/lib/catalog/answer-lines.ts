import type { EnvironmentId } from './environments';
import { answerWords, getQuestion, questionsByEnvironment, type Answers } from './questions';

/** One question with the answer given, “Not sure” included. */
export interface AnswerLine {
	question: string;
	answer: string;
}

/** Every question an environment asks, with the reader's answer in words. */
export function answerLines(env: EnvironmentId, answers: Answers): AnswerLine[] {
	return questionsByEnvironment[env].map((id) => ({
		question: getQuestion(id).text,
		answer: answerWords[answers[id] ?? 'unsure'],
	}));
}
