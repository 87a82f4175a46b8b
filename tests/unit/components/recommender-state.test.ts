import { describe, expect, test } from 'vitest';
import {
	choicesMadeBeforeHydration,
	recommenderHref,
	stateFromQuery,
	type WidgetState,
} from '../../../src/components/recommender/state';
import type { Answers, EnvironmentId } from '../../../src/lib';

describe('the recommender widget reads its state from the address', () => {
	test.each<[string, string, EnvironmentId | undefined, WidgetState]>([
		['an empty query, on the full recommender', '', undefined, { answers: {}, ignored: [] }],
		[
			'an environment and answers, on the full recommender',
			'?env=aws&routable=yes&pod-limit=no',
			undefined,
			{ env: 'aws', answers: { routable: 'yes', 'pod-limit': 'no' }, ignored: [] },
		],
		[
			'answers without an environment, on an environment page',
			'?routable=no',
			'azure',
			{ env: 'azure', answers: { routable: 'no' }, ignored: [] },
		],
		[
			'the page’s own environment, on an environment page',
			'?env=azure&managed=yes',
			'azure',
			{ env: 'azure', answers: { managed: 'yes' }, ignored: [] },
		],
	])('reads %s', (_, query, fixedEnv, expected) => {
		expect(stateFromQuery(query, fixedEnv)).toEqual(expected);
	});

	test('another environment in the address loses to the page’s, and a notice says it was not used', () => {
		expect(stateFromQuery('?env=aws&routable=yes', 'azure')).toEqual({
			env: 'azure',
			answers: { routable: 'yes' },
			ignored: [
				{
					param: 'env',
					value: 'aws',
					reason: 'This page is about Azure; env=aws was not used.',
				},
			],
		});
	});

	test.each<[EnvironmentId, string]>([
		['on-prem', 'On-premises'],
		['google-cloud', 'Google Cloud'],
		['other', 'Anywhere else'],
	])('the notice names the page’s environment %s as readers know it, %s', (fixedEnv, name) => {
		const [notice] = stateFromQuery('?env=aws', fixedEnv).ignored;
		expect(notice?.reason).toBe(`This page is about ${name}; env=aws was not used.`);
	});

	test('what the URL had that could not be used is kept for the notice', () => {
		expect(stateFromQuery('?env=aws&colour=blue').ignored.map((i) => i.param)).toEqual(['colour']);
	});
});

describe('the link to the full recommender', () => {
	test.each<[string, string, EnvironmentId | undefined, Answers]>([
		['no environment and no answers', '/recommend/', undefined, {}],
		['an environment alone', '/recommend/?env=on-prem', 'on-prem', {}],
		[
			'answers, “not sure” left out and the rest in question order',
			'/recommend/?env=aws&managed=no&pod-limit=yes',
			'aws',
			{ 'pod-limit': 'yes', routable: 'unsure', managed: 'no' },
		],
	])('with %s is %s', (_, href, env, answers) => {
		expect(recommenderHref({ env, answers })).toBe(href);
	});

	test('reads back to the same environment and answers', () => {
		const state = { env: 'on-prem' as const, answers: { bgp: 'no', l2: 'yes' } as Answers };
		expect(stateFromQuery(recommenderHref(state).split('?')[1] ?? '')).toMatchObject(state);
	});
});

/** The part of a form `choicesMadeBeforeHydration` reads: its checked radio buttons. */
function formWithChecked(radios: { name: string; value: string }[]): HTMLFormElement {
	const form = {
		querySelectorAll: (selector: string) => {
			expect(selector).toBe('input[type="radio"]:checked');
			return radios;
		},
	};
	return form as unknown as HTMLFormElement;
}

describe('answers clicked before the widget hydrated', () => {
	const rendered: WidgetState = { env: 'aws', answers: {}, ignored: [] };

	test.each<
		[string, { name: string; value: string }[], ReturnType<typeof choicesMadeBeforeHydration>]
	>([
		['nothing checked is no change', [], {}],
		['only the rendered environment checked is no change', [{ name: 'rec-env', value: 'aws' }], {}],
		[
			'“not sure” checked, as rendered, is no change',
			[{ name: 'rec-routable', value: 'unsure' }],
			{},
		],
		[
			'another environment checked is that environment',
			[{ name: 'rec-env', value: 'azure' }],
			{ env: 'azure', answers: {} },
		],
		[
			'an answer checked is that answer',
			[
				{ name: 'rec-env', value: 'aws' },
				{ name: 'rec-pod-limit', value: 'yes' },
			],
			{ answers: { 'pod-limit': 'yes' } },
		],
		['an unknown environment checked is ignored', [{ name: 'rec-env', value: 'mars' }], {}],
		[
			'a control that asks no question checked is ignored',
			[{ name: 'rec-colour', value: 'yes' }],
			{},
		],
	])('a form with %s', (_, radios, clicked) => {
		expect(choicesMadeBeforeHydration(formWithChecked(radios), 'rec', rendered)).toEqual(clicked);
	});

	test('reads the names of the widget it is given, by its id prefix', () => {
		const form = formWithChecked([{ name: 'inline-2-routable', value: 'no' }]);
		expect(choicesMadeBeforeHydration(form, 'inline-2', rendered)).toEqual({
			answers: { routable: 'no' },
		});
	});
});
