import type { APIRoute } from 'astro';
import { deprecationsExport } from '../../lib';
import { schemaPath } from '../../lib/export-schemas';

/** `/api/deprecations.json`: the retirement radar, every dated retirement or deprecation with whom it affects. */
export const GET: APIRoute = () => {
	const body = { $schema: schemaPath('deprecations'), ...deprecationsExport() };
	return new Response(JSON.stringify(body, null, '\t'), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
