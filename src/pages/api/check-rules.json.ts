import type { APIRoute } from 'astro';
import { checkRulesExport } from '../../lib/check';

/** `/api/check-rules.json`: every rule of the configuration checker, with what it checks and its sources. */
export const GET: APIRoute = () =>
	new Response(JSON.stringify(checkRulesExport(), null, '\t'), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
