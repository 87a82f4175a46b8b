import type { APIRoute } from 'astro';
import { changesExport } from '../../lib';
import { schemaPath } from '../../lib/export-schemas';

/** `/api/changes.json`: every dated change of a recommendation, rule or fact, newest first, with why. */
export const GET: APIRoute = () => {
	const body = { $schema: schemaPath('changes'), ...changesExport() };
	return new Response(JSON.stringify(body, null, '\t'), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
