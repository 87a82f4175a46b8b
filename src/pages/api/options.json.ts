import type { APIRoute } from 'astro';
import { optionsExport } from '../../lib';

/** `/api/options.json`: every networking option with its tuple and properties, built as a static file. */
export const GET: APIRoute = () =>
	new Response(JSON.stringify(optionsExport(), null, '\t'), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
