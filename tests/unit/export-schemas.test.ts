import type { APIContext } from 'astro';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import {
	changesExport,
	decisionTableExport,
	deprecationsExport,
	migrationsExport,
	optionsExport,
} from '../../src/lib';
import { checkRulesExport } from '../../src/lib/check';
import {
	exportJsonSchema,
	exportNames,
	exportPath,
	exportSchemas,
	schemaPath,
	type ExportName,
} from '../../src/lib/export-schemas';
import { supportedMinors } from '../../src/lib/facts';

const repo = new URL('../../', import.meta.url);

/** What each export's body is made from, by export name. */
const bodies: Record<ExportName, () => object> = {
	options: optionsExport,
	'decision-table': decisionTableExport,
	deprecations: deprecationsExport,
	changes: changesExport,
	'check-rules': checkRulesExport,
	migrations: migrationsExport,
};

/** A JSON object, as the tests read and plant into it. */
type Json = Record<string, unknown>;

/** A plain copy of a value as JSON carries it: what JSON drops (functions, undefined) is gone. */
const throughJson = (value: unknown): Json => JSON.parse(JSON.stringify(value));

/** An export's body as JSON carries it. */
const served = (name: ExportName) => throughJson(bodies[name]());

/** The keys of a path written as `options[0].properties`. */
const keysOf = (path: string) =>
	path
		.split(/[.[\]]+/)
		.filter(Boolean)
		.map((key) => (/^\d+$/.test(key) ? Number(key) : key));

/** The value at a path written as `options[0].properties`. */
function at(value: unknown, path: string): Json {
	return keysOf(path).reduce<unknown>((node, key) => (node as Json)[key], value) as Json;
}

/** Parses with an export's schema; what zod says when it fails, one issue a line with its path. */
function check(name: ExportName, body: unknown) {
	const result = exportSchemas[name].schema.safeParse(body);
	return { ok: result.success, said: result.success ? '' : z.prettifyError(result.error) };
}

/** The paths of the fields of a JSON Schema that have no description, looked for at every depth. */
function undescribed(schema: unknown, path = ''): string[] {
	if (!schema || typeof schema !== 'object') return [];
	const node = schema as Json;
	const own = Object.entries((node.properties ?? {}) as Json)
		.filter(([, field]) => typeof (field as Json).description !== 'string')
		.map(([key]) => `${path}.${key}`);
	const nested = Object.entries(node).flatMap(([key, child]) =>
		key === 'properties'
			? Object.entries(child as Json).flatMap(([field, sub]) =>
					undescribed(sub, `${path}.${field}`)
				)
			: undescribed(child, key === 'items' ? `${path}[]` : path)
	);
	return [...own, ...nested];
}

/** The route module of an export, as Astro builds it. */
async function route(file: string) {
	return import(/* @vite-ignore */ new URL(`src/pages/api/${file}`, repo).href);
}

describe('each JSON export follows its schema', () => {
	test.each(exportNames.map((name) => ({ name })))(
		'the body of $name, as the library builds it, parses with its schema',
		({ name }) => {
			const { ok, said } = check(name, bodies[name]());
			expect(ok, said).toBe(true);
		}
	);

	test.each(exportNames.map((name) => ({ name })))(
		'the body of $name, as JSON carries it, parses with its schema',
		({ name }) => {
			const { ok, said } = check(name, served(name));
			expect(ok, said).toBe(true);
		}
	);

	test.each(exportNames.map((name) => ({ name })))(
		'the route of $name serves its body with the path of its schema first',
		async ({ name }) => {
			const { GET } = await route(`${name}.json.ts`);
			const body = await (await GET({} as APIContext)).json();
			expect(Object.keys(body)[0]).toBe('$schema');
			expect(body.$schema).toBe(schemaPath(name));
			const { ok, said } = check(name, body);
			expect(ok, said).toBe(true);
		}
	);
});

/** A field no schema knows, planted in an object of each export; the message must name where it was. */
const unknownFields: { name: ExportName; into: string }[] = [
	{ name: 'options', into: 'options[0].properties' },
	{ name: 'decision-table', into: 'environments[1].rows[0]' },
	{ name: 'deprecations', into: 'retirements[0]' },
	{ name: 'changes', into: 'changes[0].sources[0]' },
	{ name: 'check-rules', into: 'rules[0]' },
	{ name: 'migrations', into: 'moves[0].steps[0]' },
];

/** A value of the wrong kind, planted in each export: a word no enumeration has, or the wrong type. */
const wrongValues: { name: ExportName; at: string; value: unknown }[] = [
	{ name: 'options', at: 'options[0].properties.routes', value: 'OSPF' },
	{ name: 'options', at: 'options[0].environments[0]', value: 'mars' },
	{ name: 'decision-table', at: 'environments[0].rows[0].pick', value: 'calico-ospf' },
	{ name: 'decision-table', at: 'environments[1].rows[0].answers.routable', value: 'maybe' },
	{ name: 'deprecations', at: 'retirements[1].options[0]', value: 'kubenet-forever' },
	{ name: 'changes', at: 'changes[0].date', value: '3 December 2026' },
	{ name: 'check-rules', at: 'rules[0].severity', value: 'fatal' },
	{ name: 'migrations', at: 'moves[0].reversible', value: 'sometimes' },
];

describe('a schema rejects what its export does not write, and says where', () => {
	test.each(unknownFields)('$name rejects an unknown field planted in $into', ({ name, into }) => {
		const body = served(name);
		at(body, into).colour = 'teal';
		const { ok, said } = check(name, body);
		expect(ok).toBe(false);
		expect(said).toContain('Unrecognized key: "colour"');
		expect(said).toContain(`→ at ${into}`);
	});

	test.each(wrongValues)('$name rejects $value at $at', ({ name, at: path, value }) => {
		const body = served(name);
		const keys = keysOf(path);
		at(body, keys.slice(0, -1).join('.'))[keys.at(-1)!] = value;
		const { ok, said } = check(name, body);
		expect(ok).toBe(false);
		expect(said).toContain(`→ at ${path}`);
	});

	test('a tuple that sets both Overlay and Cross-subnet is rejected, saying so', () => {
		const body = served('options');
		at(body, 'options[0].tuple')['Cross-subnet'] = 'VXLAN';
		const { said } = check('options', body);
		expect(said).toContain('A tuple sets exactly one of Overlay and Cross-subnet.');
		expect(said).toContain('→ at options[0].tuple');
	});

	test('an export without a field its schema requires is rejected, naming the field', () => {
		const body = served('options');
		delete at(body, 'options[0]').summary;
		expect(check('options', body).said).toContain('→ at options[0].summary');
	});
});

/** The per-release maps of the exports, each found in a served body. */
const perRelease: { name: ExportName; map: string; find: (body: Json) => Json }[] = [
	{
		name: 'options',
		map: 'an option’s needsBgpByRelease',
		find: (body) => at(body, 'options[0].properties.needsBgpByRelease'),
	},
	{
		name: 'options',
		map: 'an underlay requirement’s byRelease',
		find: (body) =>
			(body.options as Json[])
				.flatMap((option) => at(option, 'properties.underlay') as unknown as Json[])
				.find((requirement) => requirement.byRelease)!.byRelease as Json,
	},
	{
		name: 'decision-table',
		map: 'a blocker’s optionsByRelease',
		find: (body) => at(body, 'environments[0].blockers[0].optionsByRelease'),
	},
];

describe('a per-release map holds exactly the supported minors', () => {
	test.each(perRelease)('$map in $name is keyed by every supported minor', ({ name, find }) => {
		expect(Object.keys(find(served(name)))).toEqual([...supportedMinors]);
	});

	test.each(perRelease)('$map in $name may not leave out a minor', ({ name, find }) => {
		const body = served(name);
		delete find(body)[supportedMinors[0]!];
		const { ok, said } = check(name, body);
		expect(ok).toBe(false);
		expect(said).toContain(supportedMinors[0]);
	});

	test.each(perRelease)('$map in $name may not add a minor', ({ name, find }) => {
		const body = served(name);
		const map = find(body);
		map['3.0'] = map[supportedMinors[0]!];
		const { ok, said } = check(name, body);
		expect(ok).toBe(false);
		expect(said).toContain('Unrecognized key: "3.0"');
	});
});

describe('each export’s JSON Schema describes it', () => {
	test.each(exportNames.map((name) => ({ name })))(
		'the JSON Schema of $name is a draft 2020-12 object schema with its title and $id',
		({ name }) => {
			const schema = exportJsonSchema(name);
			expect(schema).toMatchObject({
				$schema: 'https://json-schema.org/draft/2020-12/schema',
				$id: schemaPath(name),
				title: exportSchemas[name].title,
				type: 'object',
				additionalProperties: false,
			});
			expect(schema.description).toEqual(expect.any(String));
		}
	);

	test.each(exportNames.map((name) => ({ name })))(
		'the JSON Schema of $name lists the field naming it, then every top-level field of the export in its order',
		({ name }) => {
			const properties = exportJsonSchema(name).properties as Json;
			expect(Object.keys(properties)).toEqual(['$schema', ...Object.keys(served(name))]);
		}
	);

	test.each(exportNames.map((name) => ({ name })))(
		'every field in the JSON Schema of $name says in words what it holds',
		({ name }) => {
			expect(undescribed(exportJsonSchema(name))).toEqual([]);
		}
	);

	test('the JSON Schema of a per-release map requires each supported minor', () => {
		const option = at(exportJsonSchema('options'), 'properties.options.items');
		const map = at(option, 'properties.properties.properties.needsBgpByRelease');
		expect(map.required).toEqual([...supportedMinors]);
	});

	test('the schemas route builds one file per export, its $id absolute when the site is known', async () => {
		const { getStaticPaths, GET } = await route('schemas/[name].schema.json.ts');
		expect(getStaticPaths().map(({ params }: { params: { name: string } }) => params.name)).toEqual(
			exportNames
		);
		for (const name of exportNames) {
			const context = { params: { name }, site: new URL('https://guide.example/') };
			const schema = await (await GET(context as unknown as APIContext)).json();
			expect(schema.$id).toBe(`https://guide.example${schemaPath(name)}`);
			expect(schema.title, exportPath(name)).toBe(exportSchemas[name].title);
		}
	});
});
