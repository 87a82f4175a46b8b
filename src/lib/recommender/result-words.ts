import type { Recommendation } from './decide';
import { getEnvironment } from '../catalog/environments';
import { getOption } from '../catalog/options';

/** What a screen reader hears after each change: the pick, and how many options the answers rule out. */
export function announcement(result: Recommendation): string {
	const blocked = result.excluded.filter((e) => e.kind === 'blocked').length;
	const env = getEnvironment(result.env).name;
	const pick = getOption(result.pick).name;
	const out =
		blocked === 0
			? ''
			: ` ${blocked} ${blocked === 1 ? 'option' : 'options'} will not work with your answers.`;
	return `Recommended for ${env}: ${pick}.${out}`;
}
