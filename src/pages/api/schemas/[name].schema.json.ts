import type { APIRoute, GetStaticPaths } from 'astro';
import { exportJsonSchema, exportNames, isExportName } from '../../../lib/export-schemas';

/** One JSON Schema per export, each built as a static file. */
export const getStaticPaths = (() =>
	exportNames.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

/** `/api/schemas/<name>.schema.json`: the JSON Schema (draft 2020-12) that `/api/<name>.json` follows. */
export const GET: APIRoute = ({ params, site }) => {
	const { name } = params;
	if (!isExportName(name))
		throw new Error(`No export is called “${name}”; the exports are ${exportNames.join(', ')}.`);
	return new Response(JSON.stringify(exportJsonSchema(name, site), null, '\t'), {
		headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
	});
};
