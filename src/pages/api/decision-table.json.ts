import type { APIRoute } from 'astro';
import { decisionTableExport } from '../../lib';
import { schemaPath } from '../../lib/export-schemas';

/** `/api/decision-table.json`: every answer combination of every environment and what the recommender says, built as a static file. */
export const GET: APIRoute = () => {
	const body = { $schema: schemaPath('decision-table'), ...decisionTableExport() };
	return new Response(JSON.stringify(body), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
