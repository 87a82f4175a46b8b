import { z } from 'zod';
import { allFactList } from '../facts/groups';
import { checkRules, severities } from '../check';
import { exportHeader, ids, sourcesOf } from './common';

/** The version `checkRulesExport()` writes; it keeps its own number, apart from the other exports'. */
const checkRulesVersion = 1;

const rule = z
	.strictObject({
		id: z
			.enum(
				ids(
					checkRules.map((entry) => entry.id),
					'check rules'
				)
			)
			.describe('The rule’s id, as findings and shared links name it.'),
		severity: z
			.enum(ids(severities, 'severities'))
			.describe('How serious a finding of the rule is by default.'),
		checks: z.string().describe('What the rule checks, in a sentence.'),
		facts: z
			.array(
				z.enum(
					ids(
						allFactList.map((fact) => fact.id),
						'facts'
					)
				)
			)
			.describe('The names of the facts the rule rests on (listed on /sources/).'),
		sources: sourcesOf('the rule (its facts’ sources and its own)'),
	})
	.describe('One rule of the configuration checker.');

/** The shape of `/api/check-rules.json`: every rule of the configuration checker. */
export const checkRulesSchema = z
	.strictObject({
		...exportHeader('check-rules', checkRulesVersion),
		rules: z
			.array(rule)
			.describe(
				'Every rule of the checker, in the order its findings are listed within a severity.'
			),
	})
	.describe('Every rule of the configuration checker, with what it checks and its sources.');
