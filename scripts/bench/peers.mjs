// The comparison BENCH_PEERS=1 asks for: the IP-in-IP packet-path page (its prose, its 3 Mermaid diagrams and
// a small widget) built with plain Starlight and client-side Mermaid, and with Docusaurus and
// @docusaurus/theme-mermaid, each in a scratch folder, and weighed like the guide's own pages.
/* global performance */ // used in code that runs in the browser (page.evaluate)
import {
	copyFileSync,
	existsSync,
	mkdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { buildSite } from './build.mjs';
import { run } from './run.mjs';
import { serveStatic } from './server.mjs';
import { weighPage } from './weigh.mjs';

/** The page compared: the guide's packet-path page for IP-in-IP. */
export const peerPath = '/modes/ipip/';

/** Docusaurus packages installed for the Docusaurus peer (npm, into its scratch folder). */
export const docusaurusPackages = {
	'@docusaurus/core': '^3.10.2',
	'@docusaurus/preset-classic': '^3.10.2',
	'@docusaurus/theme-mermaid': '^3.10.2',
	'@mdx-js/react': '^3.1.0',
	clsx: '^2.1.1',
	'prism-react-renderer': '^2.4.1',
	react: '^19.2.0',
	'react-dom': '^19.2.0',
};

/**
 * Writes `files` (path relative to `dir` → text) under `dir`.
 * @param {string} dir
 * @param {Record<string, string>} files
 */
function writeFiles(dir, files) {
	for (const [name, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, name)), { recursive: true });
		writeFileSync(join(dir, name), text);
	}
}

/**
 * The Mermaid sources of the IP-in-IP page's three diagrams, from the guide's own library (src/lib/diagrams),
 * loaded by Node with TypeScript types stripped and extensionless imports resolved.
 * @param {string} root
 * @param {string} scratch
 * @returns {Promise<string[]>}
 */
export async function ipipDiagramSources(root, scratch) {
	mkdirSync(scratch, { recursive: true });
	writeFiles(scratch, {
		'ts-hook.mjs': `export async function resolve(specifier, context, next) {
	try {
		return await next(specifier, context);
	} catch (error) {
		if (/^[./]/.test(specifier) && !/\\.[cm]?[jt]sx?$/.test(specifier))
			for (const ending of ['.ts', '/index.ts']) {
				try {
					return await next(specifier + ending, context);
				} catch {
					// try the next ending
				}
			}
		throw error;
	}
}
`,
		'sources.mjs': `import { register } from 'node:module';
register('./ts-hook.mjs', import.meta.url);
const lib = await import(${JSON.stringify(join(root, 'src', 'lib', 'diagrams', 'index.ts'))});
const sources = lib.scenarios.map((s) => lib.packetPathToMermaid(lib.packetPath('ipip', s)));
console.log(JSON.stringify(sources));
`,
	});
	const output = await run(
		process.execPath,
		['--experimental-transform-types', '--no-warnings', join(scratch, 'sources.mjs')],
		{ cwd: scratch }
	);
	const sources = JSON.parse(output.trim().split('\n').pop() ?? '[]');
	if (!Array.isArray(sources) || sources.length !== 3)
		throw new Error(`Expected 3 diagram sources for IP-in-IP, got ${sources.length}.`);
	return sources;
}

/**
 * The IP-in-IP page's prose as portable MDX: the guide's own components are replaced by `diagrams` and
 * `widget`, and its imports are dropped.
 * @param {string} root
 * @param {string} diagrams the MDX that stands for the three diagrams
 * @param {string} widget the MDX that places the small widget
 */
export function ipipProse(root, diagrams, widget) {
	const source = readFileSync(join(root, 'src', 'content', 'docs', 'modes', 'ipip.mdx'), 'utf8');
	const body = source.replace(/^---[\s\S]*?\n---\n/, '');
	return body
		.split('\n')
		.filter((line) => !/^import\s/.test(line))
		.join('\n')
		.replace(/^<(?!PacketPaths\b)[A-Z][\w.]*[^>]*\/>\s*$/gm, '')
		.replace(/<PacketPaths[^>]*\/>/, () => `${diagrams}\n\n${widget}`)
		.trim();
}

const titles = [
	'Pod to pod on the same node',
	'Another node, same subnet',
	'A node in another subnet',
];

/** A small widget, the same in both peers: the pod MTU IP-in-IP leaves on a network of a given MTU. */
const widgetBody = (hooks, onEdit) => `import { useState } from '${hooks}';

export default function MtuWidget() {
	const [mtu, setMtu] = useState(1500);
	return (
		<p>
			<label>
				Network MTU{' '}
				<input type="number" value={mtu} ${onEdit}={(e) => setMtu(Number(e.currentTarget.value))} />
			</label>{' '}
			<output>Pod MTU with IP-in-IP: {mtu - 20}</output>
		</p>
	);
}
`;

/**
 * Writes and builds the Starlight peer (Starlight's defaults, Preact island, Mermaid run in the browser).
 * @param {string} root
 * @param {string} dir
 * @param {string[]} sources
 */
async function buildStarlightPeer(root, dir, sources) {
	rmSync(dir, { recursive: true, force: true });
	const repo = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
	const repoPackages = { ...repo.devDependencies, ...repo.dependencies };
	const diagrams = sources
		.map((code, i) => `### ${titles[i]}\n\n<pre class="mermaid">{${JSON.stringify(code)}}</pre>`)
		.join('\n\n');
	writeFiles(dir, {
		// Astro finds the packages it must bundle (Starlight's virtual modules) from the dependencies listed here.
		'package.json': JSON.stringify({
			name: 'peer-starlight',
			private: true,
			type: 'module',
			dependencies: Object.fromEntries(
				['astro', '@astrojs/starlight', '@astrojs/preact', 'preact', 'mermaid'].map((name) => [
					name,
					repoPackages[name] ?? '*',
				])
			),
		}),
		'tsconfig.json': JSON.stringify({
			extends: 'astro/tsconfigs/strict',
			compilerOptions: { jsx: 'react-jsx', jsxImportSource: 'preact' },
		}),
		'astro.config.mjs': `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';

export default defineConfig({
	cacheDir: './.cache/astro',
	vite: { cacheDir: './.cache/vite', resolve: { preserveSymlinks: true } },
	integrations: [
		starlight({
			title: 'Peer: plain Starlight',
			sidebar: [{ label: 'Packet paths', items: [{ autogenerate: { directory: 'modes' } }] }],
		}),
		preact(),
	],
});
`,
		'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
		'src/content/docs/index.md': '---\ntitle: Peer\n---\n\nSee [IP-in-IP](/modes/ipip/).\n',
		'public/.keep': '',
		'src/components/Mermaid.astro': `<script>
	import mermaid from 'mermaid';
	mermaid.initialize({
		startOnLoad: false,
		theme: document.documentElement.dataset.theme === 'dark' ? 'dark' : 'default',
	});
	await mermaid.run({ querySelector: 'pre.mermaid' });
</script>
`,
		'src/components/MtuWidget.jsx': widgetBody('preact/hooks', 'onInput'),
		'src/content/docs/modes/ipip.mdx': `---
title: IP-in-IP
---

import Mermaid from '../../../components/Mermaid.astro';
import MtuWidget from '../../../components/MtuWidget.jsx';

${ipipProse(root, diagrams, '<MtuWidget client:load />')}

<Mermaid />
`,
	});
	copyFileSync(join(root, 'public', 'favicon.svg'), join(dir, 'public', 'favicon.svg'));
	symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
	return buildSite({ cwd: dir, outDir: join(dir, 'dist'), linkedModules: true });
}

/**
 * Writes, installs (once; kept between runs) and builds the Docusaurus peer (classic preset, theme-mermaid).
 * @param {string} root
 * @param {string} dir
 * @param {string[]} sources
 * @param {(line: string) => void} say
 */
async function buildDocusaurusPeer(root, dir, sources, say) {
	const diagrams = sources
		.map((code, i) => `### ${titles[i]}\n\n\`\`\`mermaid\n${code}\n\`\`\``)
		.join('\n\n');
	const packageJson = JSON.stringify(
		{ name: 'peer-docusaurus', private: true, dependencies: docusaurusPackages },
		null,
		2
	);
	rmSync(join(dir, 'docs'), { recursive: true, force: true });
	rmSync(join(dir, 'build'), { recursive: true, force: true });
	const installed =
		existsSync(join(dir, 'node_modules', '@docusaurus', 'theme-mermaid')) &&
		existsSync(join(dir, 'package.json')) &&
		readFileSync(join(dir, 'package.json'), 'utf8') === packageJson;
	writeFiles(dir, {
		'package.json': packageJson,
		'docusaurus.config.mjs': `export default {
	title: 'Peer: Docusaurus',
	url: 'http://127.0.0.1',
	baseUrl: '/',
	favicon: 'img/favicon.svg',
	trailingSlash: true,
	onBrokenLinks: 'ignore',
	markdown: { mermaid: true, hooks: { onBrokenMarkdownLinks: 'ignore' } },
	themes: ['@docusaurus/theme-mermaid'],
	presets: [['classic', { docs: { routeBasePath: '/' }, blog: false, pages: false }]],
	// theme-mermaid imports the optional ELK layouts behind a flag that is off when they are not installed, but
	// webpack still tries to resolve the import and fails the build: an empty module stands in.
	plugins: [
		() => ({
			name: 'bench-without-elk',
			configureWebpack: () => ({ resolve: { alias: { '@mermaid-js/layout-elk': false } } }),
		}),
	],
};
`,
		'docs/index.md': '---\nslug: /\ntitle: Peer\n---\n\nSee [IP-in-IP](/modes/ipip/).\n',
		'src/components/MtuWidget.js': widgetBody('react', 'onChange'),
		'docs/modes/ipip.mdx': `---
title: IP-in-IP
---

import MtuWidget from '@site/src/components/MtuWidget';

${ipipProse(root, diagrams, '<MtuWidget />')}
`,
	});
	mkdirSync(join(dir, 'static', 'img'), { recursive: true });
	copyFileSync(join(root, 'public', 'favicon.svg'), join(dir, 'static', 'img', 'favicon.svg'));
	if (!installed) {
		say(`    npm install of Docusaurus in ${dir} (once; kept for later runs)…`);
		await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir });
	}
	const started = process.hrtime.bigint();
	await run('npx', ['docusaurus', 'build', '--out-dir', 'build'], { cwd: dir });
	return { seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

/**
 * Weighs `peerPath` on the site built in `dir`; then, on a second visit, times until its 3 diagrams are drawn.
 * @param {import('playwright-core').Browser} browser
 * @param {string} dir
 */
async function weighPeer(browser, dir) {
	const server = await serveStatic(dir);
	try {
		const weight = await weighPage(browser, server.origin + peerPath);
		const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
		const page = await context.newPage();
		await page.goto(server.origin + peerPath, { waitUntil: 'load' });
		// Both stacks give each drawn diagram an <svg> whose id starts with "mermaid".
		const drawnMs = await page
			.waitForFunction(() => document.querySelectorAll('svg[id^="mermaid"]').length >= 3, null, {
				timeout: 30_000,
			})
			.then(() => page.evaluate(() => performance.now()))
			.catch(() => null);
		const drawn =
			drawnMs === null
				? await page.evaluate(() => document.querySelectorAll('svg[id^="mermaid"]').length)
				: 3;
		const widget = await page.evaluate(() => document.querySelector('output')?.textContent ?? null);
		await context.close();
		return { weight, drawn, drawnMs, widget };
	} finally {
		await server.close();
	}
}

/**
 * Builds both peers under `scratch` and weighs their IP-in-IP page; per peer the weight, or an error.
 * @param {{ root: string, scratch: string, browser: import('playwright-core').Browser, say?: (line: string) => void }} options
 */
export async function measurePeers({ root, scratch, browser, say = () => {} }) {
	const sources = await ipipDiagramSources(root, join(scratch, 'sources'));
	const peers = [];
	const attempt = async (name, build, dir) => {
		say(`  ${name}…`);
		try {
			const built = await build();
			peers.push({ name, buildSeconds: built.seconds, ...(await weighPeer(browser, dir)) });
		} catch (error) {
			peers.push({ name, error: error instanceof Error ? error.message : String(error) });
		}
	};
	const starlightDir = join(scratch, 'starlight');
	await attempt(
		'Starlight with client-side Mermaid',
		() => buildStarlightPeer(root, starlightDir, sources),
		join(starlightDir, 'dist')
	);
	const docusaurusDir = join(scratch, 'docusaurus');
	await attempt(
		'Docusaurus with @docusaurus/theme-mermaid',
		() => buildDocusaurusPeer(root, docusaurusDir, sources, say),
		join(docusaurusDir, 'build')
	);
	const docusaurusPackage = join(
		docusaurusDir,
		'node_modules',
		'@docusaurus',
		'core',
		'package.json'
	);
	const docusaurusVersion = existsSync(docusaurusPackage)
		? `@docusaurus/core ${JSON.parse(readFileSync(docusaurusPackage, 'utf8')).version}`
		: null;
	return { path: peerPath, scratch, docusaurusVersion, peers };
}
