import type { APIRoute } from 'astro';
import { optionsExport } from '../../lib';
import { schemaPath } from '../../lib/export-schemas';

/** `/api/options.json`: every networking option with its tuple and properties, built as a static file. */
export const GET: APIRoute = () => {
	const body = { $schema: schemaPath('options'), ...optionsExport() };
	return new Response(JSON.stringify(body, null, '\t'), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
