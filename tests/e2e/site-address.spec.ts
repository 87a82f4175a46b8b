import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { siteUrlFrom } from '../../src/lib/url/site-url';
import { expect, test } from './fixtures';
import { builtFiles, builtPagePaths, distDir } from './site-pages';

// The build takes its host from SITE_URL (src/lib/url/site-url.ts); these read what it wrote, for the address
// the tests were built with.
const site = siteUrlFrom(process.env);
const text = builtFiles().filter(
	(file) => /\.(html|xml|txt|json|js|css|_headers)$/.test(file) || file === '_headers'
);
const read = (file: string) => readFileSync(resolve(distDir, file), 'utf8');

test('no built file names the made-up .example domain', () => {
	const named = text.filter((file) => /[a-z0-9-]\.example\b/i.test(read(file)));
	expect(named).toEqual([]);
});

test(
	site
		? `every page's canonical link is on ${site}`
		: 'without SITE_URL no page links to itself by an absolute address',
	() => {
		for (const path of builtPagePaths()) {
			const html = read(`${path.slice(1)}index.html`);
			const canonical = html.match(/<link rel="canonical" href="([^"]+)"/)?.[1];
			if (site) expect(canonical, path).toBe(new URL(path, site).href);
			else {
				expect(canonical, path).toBeUndefined();
				expect(html, path).not.toMatch(/property="og:url"|rel="sitemap"/);
			}
		}
		expect(text.includes('sitemap-index.xml')).toBe(Boolean(site));
	}
);
