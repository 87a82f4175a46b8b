// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import commandLineChecker from './src/cli/integration.ts';
import contentSecurityPolicy from './src/csp/index.ts';
import diagrams from './src/diagrams/index.ts';
import hydrationDirectives from './src/directives/index.ts';
import { siteUrlFrom } from './src/lib/url/site-url.ts';

// Starlight builds the search UI when every page goes idle; src/search/pagefind-on-intent.ts builds it on
// the reader's first sign of searching instead. Only the bare package name is redirected, so the stand-in
// can still import the real UI by its file path, and the UI's stylesheet is untouched.
const searchOnIntent = {
	find: /^@pagefind\/default-ui$/,
	replacement: fileURLToPath(new URL('./src/search/pagefind-on-intent.ts', import.meta.url)),
};

// Starlight adds @astrojs/mdx itself when it is not listed, so it is not listed here.
export default defineConfig({
	// SITE_URL, when set, gives canonical links, the sitemap and the printed footer a host; unset, the build
	// links to itself by path only (no canonical link, no sitemap) rather than naming a host it does not have.
	site: siteUrlFrom(process.env),
	// Starlight prefetches every link on hover by default, which costs each page a script; the pages are
	// static and small, so following a link is quick without it.
	prefetch: false,
	vite: { resolve: { alias: [searchOnIntent] } },
	integrations: [
		starlight({
			title: 'Calico Networking Guide',
			description:
				'Helps platform engineers choose how to network a Kubernetes cluster with Calico: overlay or not, routable pod IPs, BGP and IP address management.',
			customCss: ['./src/styles/site.css'],
			components: {
				Footer: './src/components/Footer.astro',
				Head: './src/components/Head.astro',
				PageTitle: './src/components/PageTitle.astro',
			},
			// Where readers act first (the recommender, their environment, the tools) leads, so it shows on a
			// laptop screen without scrolling; the reading sections follow, collapsed until opened (a group
			// holding the current page opens by itself).
			sidebar: [
				{ label: 'Recommender', link: '/recommend/' },
				{ label: 'Environments', items: [{ autogenerate: { directory: 'environments' } }] },
				{ label: 'Tools', items: [{ autogenerate: { directory: 'tools' } }] },
				{
					label: 'Distributions',
					collapsed: true,
					items: [{ autogenerate: { directory: 'distributions' } }],
				},
				{
					label: 'Concepts',
					collapsed: true,
					items: [{ autogenerate: { directory: 'concepts' } }],
				},
				{
					label: 'Calico networking',
					collapsed: true,
					items: [{ autogenerate: { directory: 'calico' } }],
				},
				{
					label: 'Compatible plugins',
					collapsed: true,
					items: [{ autogenerate: { directory: 'plugins' } }],
				},
				{
					label: 'Packet paths',
					collapsed: true,
					items: [{ autogenerate: { directory: 'modes' } }],
				},
				{
					label: 'Migrations',
					collapsed: true,
					items: [{ autogenerate: { directory: 'migrate' } }],
				},
				{ label: 'Glossary', link: '/glossary/' },
				{ label: 'Sources', link: '/sources/' },
				{ label: 'Retirement radar', link: '/retirements/' },
				{ label: 'Changes to the advice', link: '/changes/' },
				{ label: 'Differences from upstream', link: '/differences/' },
			],
		}),
		preact(),
		hydrationDirectives(),
		// Before diagrams(): the PDFs are printed from the built pages, which should carry their policy.
		contentSecurityPolicy(),
		diagrams(),
		commandLineChecker(),
	],
});
