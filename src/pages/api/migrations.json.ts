import type { APIRoute } from 'astro';
import { migrationsExport } from '../../lib';

/** `/api/migrations.json`: every move between networking modes with its steps, built as a static file. */
export const GET: APIRoute = () =>
	new Response(JSON.stringify(migrationsExport(), null, '\t'), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
