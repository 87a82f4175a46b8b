import type { APIRoute } from 'astro';
import { migrationsExport } from '../../lib';
import { schemaPath } from '../../lib/export-schemas';

/** `/api/migrations.json`: every move between networking modes with its steps, built as a static file. */
export const GET: APIRoute = () => {
	const body = { $schema: schemaPath('migrations'), ...migrationsExport() };
	return new Response(JSON.stringify(body, null, '\t'), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
