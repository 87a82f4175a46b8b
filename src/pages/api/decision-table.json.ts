import type { APIRoute } from 'astro';
import { decisionTableExport } from '../../lib';

/** `/api/decision-table.json`: every answer combination of every environment and what the recommender says, built as a static file. */
export const GET: APIRoute = () =>
	new Response(JSON.stringify(decisionTableExport()), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
