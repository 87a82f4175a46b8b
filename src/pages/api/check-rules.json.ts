import type { APIRoute } from 'astro';
import { checkRulesExport } from '../../lib/check';
import { schemaPath } from '../../lib/export-schemas';

/** `/api/check-rules.json`: every rule of the configuration checker, with what it checks and its sources. */
export const GET: APIRoute = () => {
	const body = { $schema: schemaPath('check-rules'), ...checkRulesExport() };
	return new Response(JSON.stringify(body, null, '\t'), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
