import type { APIRoute } from 'astro';
import { changesAtom } from '../lib/words/changes-feed';

/** `/changes.xml`: the Atom feed of the guide's changes to its advice. */
export const GET: APIRoute = ({ site }) =>
	new Response(changesAtom(site?.href ?? '/'), {
		headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
	});
