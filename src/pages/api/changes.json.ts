import type { APIRoute } from 'astro';
import { changesExport } from '../../lib';

/** `/api/changes.json`: every dated change of a recommendation, rule or fact, newest first, with why. */
export const GET: APIRoute = () =>
	new Response(JSON.stringify(changesExport(), null, '\t'), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
