import { z } from 'zod';
import { changeKindLabel, type ChangeKind } from '../words/changes';
import { exportFormatVersion } from '../exports';
import { exportHeader, ids, isoDate, sourcesOf } from './common';

const change = z
	.strictObject({
		id: z
			.string()
			.min(1)
			.describe('Unique and stable: the Atom entry’s id and the anchor on /changes/.'),
		date: isoDate.describe('The day the advice changed (YYYY-MM-DD).'),
		kind: z
			.enum(ids(Object.keys(changeKindLabel) as ChangeKind[], 'change kinds'))
			.describe('What changed: a recommendation, a checker rule or a fact.'),
		title: z.string().describe('The change in a few words.'),
		before: z.string().describe('What the guide said before.'),
		now: z.string().describe('What it says now.'),
		why: z.string().describe('Why it changed.'),
		sources: sourcesOf('the change'),
	})
	.describe('One dated change of the guide’s advice.');

/** The shape of `/api/changes.json`: every change of the guide's advice, newest first. */
export const changesSchema = z
	.strictObject({
		...exportHeader('changes', exportFormatVersion),
		changes: z
			.array(change)
			.describe('Every change of a recommendation, rule or fact, newest first.'),
	})
	.describe('Every dated change of the Calico Networking Guide’s advice, newest first, with why.');
