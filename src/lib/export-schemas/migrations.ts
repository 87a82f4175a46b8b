import { z } from 'zod';
import { environmentIds } from '../catalog/environments';
import { optionIds } from '../catalog/options';
import { disruptionKinds, migrationsExportVersion, moveIds, type Snippet } from '../migrate';
import { exportHeader, ids, members, sitePath, sourcesOf } from './common';

const disruptionKind = z.enum(disruptionKinds);

const snippet = z
	.strictObject({
		lang: z
			.enum(members<Snippet['lang']>()(['yaml', 'shell']))
			.describe('What the snippet is: a resource to apply (`yaml`) or a command to run (`shell`).'),
		code: z.string().describe('The text to copy.'),
	})
	.describe('A snippet to copy: a resource to apply or a command to run.');

const end = (which: string) =>
	z
		.strictObject({
			mode: z.string().describe('The networking mode, in words.'),
			options: z
				.array(z.enum(ids(optionIds, 'options')))
				.describe('The catalog options the mode covers; empty when no option maps to it.'),
		})
		.describe(`Where the move ${which}.`);

const step = z
	.strictObject({
		title: z.string().describe('The step in a few words.'),
		action: z.string().describe('What to do.'),
		code: z
			.array(snippet)
			.describe('What to apply or run for the action; empty when there is nothing to copy.'),
		verify: z.string().describe('How to tell the step worked.'),
		verifyCode: snippet
			.optional()
			.describe('The command to check with; left out when there is none.'),
		rollback: z.string().describe('How to undo the step, or why it cannot be undone.'),
	})
	.describe('One step of a move, in order.');

const move = z
	.strictObject({
		id: z.enum(moveIds).describe('The move’s id, the last part of its page’s path.'),
		title: z.string().describe('The move in a few words.'),
		summary: z.string().describe('One sentence on what changes.'),
		from: end('starts'),
		to: end('ends'),
		environments: z
			.array(z.enum(environmentIds))
			.describe('The environments where the move starts.'),
		reversible: z.boolean().describe('True when there is a way back.'),
		reversal: z.string().describe('How to go back, or why there is no way back.'),
		disrupts: z
			.array(
				z.strictObject({
					kind: disruptionKind.describe('The kind of disruption (its label is in `disruptions`).'),
					why: z.string().describe('Why the move causes it.'),
				})
			)
			.describe('What the move disrupts while it runs, and why.'),
		steps: z.array(step).describe('The steps, in order.'),
		sources: sourcesOf('the move'),
		page: sitePath.describe('The path of the move’s page in the migration guide.'),
	})
	.describe('A move from one networking mode to another, with its steps.');

/** The shape of `/api/migrations.json`: every move between networking modes with its steps. */
export const migrationsSchema = z
	.strictObject({
		...exportHeader('migrations', migrationsExportVersion),
		disruptions: z
			.record(disruptionKind, z.string())
			.describe('How readers see each kind of disruption, by kind; every kind is there.'),
		moves: z.array(move).describe('Every move of the migration guide, in the guide’s order.'),
	})
	.describe('Every move between networking modes the migration guide covers, with its steps.');
