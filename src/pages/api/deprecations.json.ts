import type { APIRoute } from 'astro';
import { deprecationsExport } from '../../lib';

/** `/api/deprecations.json`: the retirement radar, every dated retirement or deprecation with whom it affects. */
export const GET: APIRoute = () =>
	new Response(JSON.stringify(deprecationsExport(), null, '\t'), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
