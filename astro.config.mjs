// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import contentSecurityPolicy from './src/csp/index.ts';
import diagrams from './src/diagrams/index.ts';
import hydrationDirectives from './src/directives/index.ts';

// Starlight builds the search UI when every page goes idle; src/search/pagefind-on-intent.ts builds it on
// the reader's first sign of searching instead. Only the bare package name is redirected, so the stand-in
// can still import the real UI by its file path, and the UI's stylesheet is untouched.
const searchOnIntent = {
	find: /^@pagefind\/default-ui$/,
	replacement: fileURLToPath(new URL('./src/search/pagefind-on-intent.ts', import.meta.url)),
};

// Starlight adds @astrojs/mdx itself when it is not listed, so it is not listed here.
export default defineConfig({
	site: 'https://calico-networking-guide.example',
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
			sidebar: [
				{ label: 'Concepts', items: [{ autogenerate: { directory: 'concepts' } }] },
				{ label: 'Calico networking', items: [{ autogenerate: { directory: 'calico' } }] },
				{ label: 'Compatible plugins', items: [{ autogenerate: { directory: 'plugins' } }] },
				{ label: 'Environments', items: [{ autogenerate: { directory: 'environments' } }] },
				{ label: 'Packet paths', items: [{ autogenerate: { directory: 'modes' } }] },
				{ label: 'Migrations', items: [{ autogenerate: { directory: 'migrate' } }] },
				{ label: 'Tools', items: [{ autogenerate: { directory: 'tools' } }] },
				{ label: 'Recommender', link: '/recommend/' },
				{ label: 'Glossary', link: '/glossary/' },
				{ label: 'Sources', link: '/sources/' },
				{ label: 'Differences from upstream', link: '/differences/' },
			],
		}),
		preact(),
		hydrationDirectives(),
		// Before diagrams(): the PDFs are printed from the built pages, which should carry their policy.
		contentSecurityPolicy(),
		diagrams(),
	],
});
