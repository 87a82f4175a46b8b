import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { environmentIds, type EnvironmentId } from '../../../src/lib/catalog/environments';
import {
	environmentDefinitions,
	environmentPages,
	type EnvironmentDefinition,
	type EnvironmentPage,
} from '../../../src/lib/recommender/environments';

const definitionsDir = new URL('../../../src/lib/recommender/environments/', import.meta.url);
const pagesDir = new URL('../../../src/content/docs/environments/', import.meta.url);

/** Files of the folder that hold what every environment shares, not one environment. */
const sharedFiles = ['index.ts', 'define.ts', 'types.ts'];

/** The environment files of recommender/environments/, by the id their name gives. */
const definitionFiles = readdirSync(definitionsDir)
	.filter((name) => name.endsWith('.ts') && !sharedFiles.includes(name))
	.map((name) => name.slice(0, -'.ts'.length));

/** The environment pages of the guide, by the id their name gives. */
const pageFiles = readdirSync(pagesDir)
	.filter((name) => /\.mdx?$/.test(name))
	.map((name) => name.replace(/\.mdx?$/, ''));

/** The page data a file exports (objects with an id, an underlay and listings, apart from the decision). */
async function pagesIn(file: string): Promise<EnvironmentPage[]> {
	const module: Record<string, unknown> = await import(new URL(`${file}.ts`, definitionsDir).href);
	return Object.values(module).filter(
		(value): value is EnvironmentPage =>
			typeof value === 'object' && value !== null && 'listings' in value && 'underlay' in value
	);
}

/** The environment definitions a file exports (objects with an id and a decision). */
async function definitionsIn(file: string): Promise<EnvironmentDefinition[]> {
	const module: Record<string, unknown> = await import(new URL(`${file}.ts`, definitionsDir).href);
	return Object.values(module).filter(
		(value): value is EnvironmentDefinition =>
			typeof value === 'object' && value !== null && 'id' in value && 'decide' in value
	);
}

/** The `environment:` field of a page's frontmatter, or undefined when it has none. */
function pageEnvironment(page: string): string | undefined {
	const text = readFileSync(new URL(`${page}.mdx`, pagesDir), 'utf8');
	const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
	return /^environment:\s*(\S+)\s*$/m.exec(frontmatter)?.[1];
}

describe('every environment of the catalog has its files', () => {
	test.each(environmentIds.map((id) => ({ id })))(
		'$id has recommender/environments/$id.ts, which exports the definition of $id',
		async ({ id }) => {
			expect(definitionFiles).toContain(id);
			expect((await definitionsIn(id)).map((definition) => definition.id)).toEqual([id]);
		}
	);

	test.each(environmentIds.map((id) => ({ id })))(
		'$id.ts exports the page data of $id apart from its decision, registered in environmentPages',
		async ({ id }) => {
			const pages = await pagesIn(id);
			expect(pages.map((page) => page.id)).toEqual([id]);
			expect(pages[0]).toBe(environmentPages[id]);
			expect(pages[0]).not.toHaveProperty('decide');
		}
	);

	test.each(environmentIds.map((id) => ({ id })))(
		'$id has the page content/docs/environments/$id.mdx, whose frontmatter names $id',
		({ id }) => {
			expect(pageFiles).toContain(id);
			expect(pageEnvironment(id)).toBe(id);
		}
	);
});

describe('every environment file is registered', () => {
	test.each(definitionFiles.map((file) => ({ file })))(
		'recommender/environments/$file.ts is the registered definition of a catalog environment',
		async ({ file }) => {
			expect(environmentIds).toContain(file);
			const [definition] = await definitionsIn(file);
			expect(definition).toBe(environmentDefinitions[file as EnvironmentId]);
		}
	);

	test.each(pageFiles.map((page) => ({ page })))(
		'content/docs/environments/$page is the page of a catalog environment',
		({ page }) => {
			expect(environmentIds).toContain(page);
		}
	);
});
