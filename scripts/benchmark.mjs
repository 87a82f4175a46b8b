// The project's benchmark: times a full production build and weighs what readers download.
// Usage: npm run bench  (builds into dist/; prints a table; exits 0 — it measures, it does not judge).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');

const started = process.hrtime.bigint();
const log = execFileSync('npx', ['astro', 'build'], {
	cwd: root,
	encoding: 'utf8',
	stdio: ['ignore', 'pipe', 'pipe'],
});
const buildSeconds = Number(process.hrtime.bigint() - started) / 1e9;

const files = [];
const walk = (dir) => {
	for (const name of readdirSync(dir)) {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) walk(full);
		else files.push(full);
	}
};
walk(dist);

const gz = (file) => gzipSync(readFileSync(file)).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const pages = files
	.filter((f) => f.endsWith('.html'))
	.map((f) => ({ page: relative(dist, f), gzip: gz(f), raw: statSync(f).size }));
const js = files.filter((f) => /\.m?js$/.test(f) && !f.includes(`${join('dist', 'pagefind')}`));
const css = files.filter(
	(f) => f.endsWith('.css') && !f.endsWith('print.css') && !/print\.[\w-]+\.css$/.test(f)
);
pages.sort((a, b) => b.gzip - a.gzip);
const median = pages[Math.floor(pages.length / 2)];
const diagrams = log.match(/Rendered (\d+) diagrams/)?.[1] ?? '0';

console.log(
	`Full build: ${buildSeconds.toFixed(1)} s (${pages.length} pages, ${diagrams} diagrams rendered at build time)`
);
console.log(
	`HTML per page (gzip): median ${kb(median.gzip)}, largest ${kb(pages[0].gzip)} (${pages[0].page})`
);
console.log(
	`JavaScript, all files except the search index (gzip): ${kb(js.reduce((s, f) => s + gz(f), 0))} in ${js.length} files`
);
console.log(`CSS without print (gzip): ${kb(css.reduce((s, f) => s + gz(f), 0))}`);
console.log('\nHeaviest pages (gzip / raw):');
for (const p of pages.slice(0, 8))
	console.log(`  ${kb(p.gzip).padStart(9)} / ${kb(p.raw).padStart(9)}  ${p.page}`);
