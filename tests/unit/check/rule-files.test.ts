import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkRules } from '../../../src/lib/check';
import { moves } from '../../../src/lib/migrate';
import { moveIds } from '../../../src/lib/migrate/ids';

const repo = new URL('../../../', import.meta.url);
/** The names in a folder of the repository that end in this suffix, with the suffix cut off. */
const namesIn = (folder: string, suffix: string) =>
	readdirSync(new URL(folder, repo))
		.filter((name) => name.endsWith(suffix))
		.map((name) => name.slice(0, -suffix.length));
const read = (file: string) => readFileSync(new URL(file, repo), 'utf8');

/** What a module exports, as a list of values. */
async function exportsOf(file: string): Promise<unknown[]> {
	return Object.values(await import(/* @vite-ignore */ new URL(file, repo).href));
}

const ruleIds = checkRules.map((rule) => rule.id);

describe('every checker rule has its own file and its own cases', () => {
	test('rule ids are unique', () => {
		expect(new Set(ruleIds).size).toBe(ruleIds.length);
	});

	test.each(
		checkRules.map((rule) => ({ id: rule.id, rule, file: `src/lib/check/rules/${rule.id}.ts` }))
	)('$file exports the rule $id and nothing else', async ({ rule, file }) => {
		const exported = await exportsOf(file);
		expect(exported).toHaveLength(1);
		expect(exported[0]).toBe(rule);
	});

	test.each(ruleIds.map((id) => ({ id, file: `tests/unit/check/rules/${id}.test.ts` })))(
		'$file holds the cases of the rule $id',
		({ id, file }) => {
			expect(existsSync(new URL(file, repo)), `${file} is missing`).toBe(true);
			expect(read(file)).toContain(`testRule('${id}',`);
		}
	);

	test('every file of src/lib/check/rules/ is a registered rule (index.ts is the registry)', () => {
		const files = namesIn('src/lib/check/rules/', '.ts').filter((name) => name !== 'index');
		expect([...files].sort()).toEqual([...ruleIds].sort());
	});

	test('every file of tests/unit/check/rules/ tests a registered rule', () => {
		expect(namesIn('tests/unit/check/rules/', '.test.ts').sort()).toEqual([...ruleIds].sort());
	});
});

describe('every migration move has its own file and its own page', () => {
	test('move ids are unique, and the list of moves follows them', () => {
		expect(new Set(moveIds).size).toBe(moveIds.length);
		expect(moves.map((move) => move.id)).toEqual([...moveIds]);
	});

	test.each(
		moves.map((move) => ({ id: move.id, move, file: `src/lib/migrate/moves/${move.id}.ts` }))
	)('$file exports the move $id and nothing else', async ({ move, file }) => {
		const exported = await exportsOf(file);
		expect(exported).toHaveLength(1);
		expect(exported[0]).toBe(move);
	});

	test.each(moveIds.map((id) => ({ id, file: `src/content/docs/migrate/${id}.mdx` })))(
		'$file is the page of the move $id, and shows that move',
		({ id, file }) => {
			expect(existsSync(new URL(file, repo)), `${file} is missing`).toBe(true);
			const shown = [...read(file).matchAll(/<Move id="([^"]*)"/g)].map((m) => m[1]);
			expect(shown).toEqual([id]);
		}
	);

	test('every file of src/lib/migrate/moves/ is a move', () => {
		expect(namesIn('src/lib/migrate/moves/', '.ts').sort()).toEqual([...moveIds].sort());
	});

	test('every page of src/content/docs/migrate/ is a move (index.mdx lists them)', () => {
		const pages = namesIn('src/content/docs/migrate/', '.mdx').filter((name) => name !== 'index');
		expect(pages.sort()).toEqual([...moveIds].sort());
	});
});
