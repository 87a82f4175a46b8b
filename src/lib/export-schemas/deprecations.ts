import { z } from 'zod';
import { optionIds } from '../catalog/options';
import { checkRules } from '../check';
import { exportFormatVersion } from '../exports';
import { calicoMinorText, exportHeader, ids, isoDate, sourcesOf } from './common';

/** When a retirement happens: on a date, or in a Calico release. */
const when = z
	.union(
		[
			z.strictObject({ date: isoDate.describe('The day it happens (YYYY-MM-DD).') }),
			z.strictObject({
				calico: calicoMinorText.describe('The Calico minor release it happens in, e.g. `3.35`.'),
				deprecatedIn: calicoMinorText
					.optional()
					.describe('The Calico minor release that deprecated it, when one did.'),
			}),
		],
		{ error: 'Expected `{ date: "YYYY-MM-DD" }` or `{ calico: "3.35", deprecatedIn?: "3.33" }`.' }
	)
	.describe(
		'When it happens: `{ date }` for a date, `{ calico, deprecatedIn? }` for a Calico release.'
	);

const retirement = z
	.strictObject({
		id: z.string().min(1).describe('The entry’s id, the anchor of its section on /retirements/.'),
		title: z.string().describe('What is retired, in a few words.'),
		when,
		whenText: z.string().describe('`when` in words, as the radar page shows it.'),
		affectsYouIf: z.string().describe('Whom it affects, to follow “Affects you if”.'),
		instead: z.string().describe('What to do instead.'),
		options: z
			.array(z.enum(ids(optionIds, 'options')))
			.describe('The catalog options it retires; empty when it retires none.'),
		checkRules: z
			.array(
				z.enum(
					ids(
						checkRules.map((rule) => rule.id),
						'check rules'
					)
				)
			)
			.describe(
				'The ids of the checker rules that flag a configuration it affects; empty when none does.'
			),
		sources: sourcesOf('the entry', true),
	})
	.describe('One retirement or deprecation, with when and whom it hits.');

/** The shape of `/api/deprecations.json`: the retirement radar. */
export const deprecationsSchema = z
	.strictObject({
		...exportHeader('deprecations', exportFormatVersion),
		retirements: z
			.array(retirement)
			.describe(
				'Every dated retirement or deprecation the guide knows, soonest first within dates, then by release.'
			),
	})
	.describe(
		'The retirement radar: every dated retirement or deprecation the guide knows, and whom it hits.'
	);
