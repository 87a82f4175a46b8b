// The pages the benchmark measures and their byte targets: from budgets.json at the repository root
// when it exists, else the numbers below.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The page types measured, with their targets in KB (gzip, everything fetched) when budgets.json has none. */
export const defaultPages = [
	{ path: '/modes/ipip/', type: 'packet path page (3 diagrams)', maxKB: 60 },
	{ path: '/concepts/overlay-networks/', type: 'concept page', maxKB: 30 },
	{ path: '/environments/azure/', type: 'environment page (Azure)', maxKB: 100 },
	{ path: '/recommend/', type: 'recommender', maxKB: 45 },
];

/**
 * The default pages with their targets taken from `budgets.json` where it names the same path.
 * @param {string} root the repository root
 * @returns {{ pages: { path: string, type: string, maxKB: number }[], source: string }}
 */
export function readPageTargets(root) {
	const file = join(root, 'budgets.json');
	if (!existsSync(file))
		return { pages: defaultPages, source: 'built-in defaults (no budgets.json)' };
	let listed;
	try {
		const parsed = JSON.parse(readFileSync(file, 'utf8'));
		listed = Array.isArray(parsed?.pages) ? parsed.pages : null;
	} catch (error) {
		return {
			pages: defaultPages,
			source: `built-in defaults (budgets.json unreadable: ${error instanceof Error ? error.message : error})`,
		};
	}
	if (!listed)
		return { pages: defaultPages, source: 'built-in defaults (budgets.json has no "pages" list)' };
	const pages = defaultPages.map((page) => {
		const entry = listed.find((p) => p && p.path === page.path);
		return {
			path: page.path,
			type: typeof entry?.type === 'string' ? entry.type : page.type,
			maxKB: typeof entry?.maxKB === 'number' ? entry.maxKB : page.maxKB,
		};
	});
	const matched = pages.filter((page) => listed.some((p) => p && p.path === page.path)).length;
	return { pages, source: `budgets.json (${matched} of ${pages.length} pages listed there)` };
}
