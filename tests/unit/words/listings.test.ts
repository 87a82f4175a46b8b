import { describe, expect, test } from 'vitest';
import { environmentIds, getOption, listings, recommend } from '../../../src/lib';

const rows = environmentIds.flatMap((env) => listings[env].map((listing) => ({ env, ...listing })));

describe('environment page listings agree with the recommender', () => {
	test.each(rows.filter((r) => !r.mark && !r.newer))(
		'on $env, $option is what the recommender picks for its situation',
		({ env, option, answers }) => {
			expect(recommend(env, answers).pick).toBe(option);
		}
	);

	test.each(rows.filter((r) => r.mark === 'recommended'))(
		'on $env, $option (marked recommended) is the pick for its situation',
		({ env, option, answers }) => {
			expect(recommend(env, answers).pick).toBe(option);
		}
	);

	test.each(rows.filter((r) => r.mark === 'alternative'))(
		'on $env, $option (marked alternative) is the first alternative for its situation',
		({ env, option, answers }) => {
			expect(recommend(env, answers).alternatives[0]).toBe(option);
		}
	);

	test.each(rows.filter((r) => r.newer))(
		'on $env, the newer option $option is the pick or an alternative for its situation',
		({ env, option, answers }) => {
			const result = recommend(env, answers);
			expect([result.pick, ...result.alternatives]).toContain(option);
		}
	);

	test('every listed option is one the catalog lists for that environment', () => {
		for (const { env, option } of rows) expect(getOption(option).environments).toContain(env);
	});

	test('an environment page lists each option once', () => {
		for (const env of environmentIds) {
			const ids = listings[env].map((l) => l.option);
			expect(new Set(ids).size).toBe(ids.length);
		}
	});
});
