import type { EnvironmentId } from '../environments';
import type { OptionId } from '../options';
import type { Answers } from '../questions';
import { generateConfig } from './generate';
import { configHeader } from './header';
import { extraSteps, wantsEbpf, type ExtraStep } from './steps';

/** What a configuration sheet is made from: the pick, where it runs, the answers, the day, and the link back. */
export interface ConfigSheetInput {
	option: OptionId;
	env: EnvironmentId;
	answers: Answers;
	/** YYYY-MM-DD; the browser passes today. */
	date: string;
	/** The full address of the recommender that reproduces the configuration. */
	link: string;
}

/** Everything the reader takes away for one pick: the headed YAML (or why there is none), the steps, the notes. */
export type ConfigSheet =
	| { supported: true; yaml: string; steps: ExtraStep[]; notes: string[] }
	| { supported: false; reason: string; steps: ExtraStep[]; notes: string[] };

/**
 * The configuration for a pick as the reader copies it: `generateConfig`'s YAML under `configHeader`'s comment
 * block (with `linuxDataplane: BPF` when the reader wants eBPF), the `extraSteps`, and the remaining notes — a note
 * that a step's `why` already says is left out, so the panel does not say it twice.
 */
export function configSheet(input: ConfigSheetInput): ConfigSheet {
	const config = generateConfig({
		option: input.option,
		env: input.env,
		managed: input.answers.managed,
		...(wantsEbpf(input.option, input.answers) ? { linuxDataplane: 'BPF' as const } : {}),
	});
	const steps = extraSteps(input.option, input.env, input.answers);
	const notes = config.notes.filter((note) => !steps.some((step) => step.why.startsWith(note)));
	if (!config.supported) return { supported: false, reason: config.reason, steps, notes };
	const header = configHeader({ ...input, alsoNeeded: steps.map((step) => step.title) });
	return { supported: true, yaml: header + config.yaml, steps, notes };
}
