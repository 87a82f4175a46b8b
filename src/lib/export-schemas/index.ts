/**
 * The JSON Schema of each JSON export: one zod schema per export, the JSON Schema (draft 2020-12) made from
 * it, and the paths where both are served. `tests/unit/export-schemas.test.ts` parses every export with them.
 */
import { z } from 'zod';
import { changesSchema } from './changes';
import { checkRulesSchema } from './check-rules';
import { decisionTableSchema } from './decision-table';
import { deprecationsSchema } from './deprecations';
import { migrationsSchema } from './migrations';
import { optionsSchema } from './options';
import { schemaPath } from './common';

export { changesSchema, checkRulesSchema, decisionTableSchema, deprecationsSchema };
export { migrationsSchema, optionsSchema, schemaPath };

/** Each export by the name of its file under `/api/`, with its schema and the title its JSON Schema gets. */
export const exportSchemas = {
	options: { schema: optionsSchema, title: 'Calico Networking Guide: networking options' },
	'decision-table': {
		schema: decisionTableSchema,
		title: 'Calico Networking Guide: decision table',
	},
	deprecations: { schema: deprecationsSchema, title: 'Calico Networking Guide: retirement radar' },
	changes: { schema: changesSchema, title: 'Calico Networking Guide: changes of advice' },
	'check-rules': {
		schema: checkRulesSchema,
		title: 'Calico Networking Guide: configuration checker rules',
	},
	migrations: { schema: migrationsSchema, title: 'Calico Networking Guide: migration moves' },
} as const;

/** The name of an export: its file under `/api/` without `.json`. */
export type ExportName = keyof typeof exportSchemas;

/** Every export's name, in the order above. */
export const exportNames = Object.keys(exportSchemas) as ExportName[];

/** True when `value` names an export. */
export function isExportName(value: unknown): value is ExportName {
	return typeof value === 'string' && Object.hasOwn(exportSchemas, value);
}

/** The site path where an export is served: `/api/<name>.json`. */
export function exportPath(name: ExportName): string {
	return `/api/${name}.json`;
}

/**
 * The JSON Schema of an export, with its title and `$id`: the schema's site path, made absolute when the
 * site's address is known.
 */
export function exportJsonSchema(name: ExportName, site?: URL | string): Record<string, unknown> {
	const { schema, title } = exportSchemas[name];
	const { $schema, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12' });
	const $id = site ? new URL(schemaPath(name), site).href : schemaPath(name);
	return { $schema, $id, title, ...rest };
}
