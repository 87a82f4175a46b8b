import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { environmentIds } from '../../src/lib/catalog/environments';
import { distributionIds } from '../../src/lib/catalog/distributions';
import { environmentsAsking, questionIds, getQuestion } from '../../src/lib/catalog/questions';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const table = readme.slice(
	readme.indexOf('## The recommender URL'),
	readme.indexOf('## How to add')
);

/** The README row that documents a parameter: its kind and the environments it names. */
function rowFor(param: string): { kind: string; envs: string[] } | null {
	const line = table.split('\n').find((l) => l.startsWith('|') && l.includes(`\`${param}\``));
	if (!line) return null;
	const cells = line.split('|').map((c) => c.trim());
	const asked = cells[4] ?? '';
	const envs = asked === 'every environment' ? [...environmentIds] : asked.split(/,\s*/);
	return { kind: cells[3] ?? '', envs };
}

describe('the README’s table of recommender parameters matches the questions', () => {
	test.each(questionIds.map((id) => ({ id })))(
		'$id is documented with its kind and where it is asked',
		({ id }) => {
			const row = rowFor(id);
			expect(row).not.toBeNull();
			expect(row!.kind).toBe(getQuestion(id).kind);
			expect([...row!.envs].sort()).toEqual([...environmentsAsking(id)].sort());
		}
	);
});

describe('the README’s table names every environment and distribution a URL can carry', () => {
	test.each([
		['env', environmentIds],
		['dist', distributionIds],
	] as const)('%s lists every value', (param, values) => {
		const line = table.split('\n').find((l) => l.startsWith(`| \`${param}\``))!;
		for (const value of values) expect(line).toContain(`\`${value}\``);
	});
});
