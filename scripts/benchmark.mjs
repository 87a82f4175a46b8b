// The project's benchmark: builds the site, serves it with gzip, and measures what readers download, what
// Lighthouse thinks of the pages, how fast the recommender answers, and how build time grows with content.
// It measures and reports (bench-report.md); it exits 0 unless it cannot run at all.
//
// Usage: npm run bench
//   BENCH_OUT=/some/dir   build into this directory instead of dist/ (to run beside someone using dist/)
//   BENCH_SCALING=0       skip the build-time growth measurement (two more builds of scratch copies)
//   BENCH_KEEP_SCRATCH=1  keep those scratch copies (in the system's temporary folder) for inspection
//   BENCH_LIGHTHOUSE=0    skip Lighthouse
//   BENCH_PEERS=1         also build the IP-in-IP page with plain Starlight + client-side Mermaid and with
//                         Docusaurus + @docusaurus/theme-mermaid (npm installs Docusaurus once) and compare bytes
//   BENCH_REPORT=file     write the report there instead of bench-report.md at the repository root
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumLaunchArgs, findChromium } from '../src/diagrams/chromium.mjs';
import { readPageTargets } from './bench/budgets.mjs';
import { buildSite } from './bench/build.mjs';
import { runLighthouse } from './bench/lighthouse.mjs';
import { describeMachine, loadAverage } from './bench/machine.mjs';
import { measurePeers } from './bench/peers.mjs';
import { timeRecommender } from './bench/recommender.mjs';
import { timeChecker } from './bench/checker.mjs';
import { renderReport } from './bench/report.mjs';
import { measureScaling } from './bench/scaling.mjs';
import { gzipLevel, serveStatic } from './bench/server.mjs';
import { settleMs, weighPage } from './bench/weigh.mjs';

const root = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const outDir = resolve(root, process.env.BENCH_OUT || 'dist');
const reportFile = resolve(root, process.env.BENCH_REPORT || 'bench-report.md');
const viewport = { width: 1280, height: 720 };
const say = (line) => console.log(line);
const message = (error) => (error instanceof Error ? error.message : String(error));
const wallStart = process.hrtime.bigint();

let chromiumPath;
try {
	chromiumPath = findChromium();
} catch (error) {
	console.error(`The benchmark cannot run without Chromium.\n${message(error)}`);
	process.exit(1);
}
const machine = describeMachine(chromiumPath);
const { pages: targets, source: targetsSource } = readPageTargets(root);

say(`Building the site into ${outDir} (npx astro build, diagrams and PDFs on)…`);
let build;
try {
	build = { ...(await buildSite({ cwd: root, outDir })), outDir };
} catch (error) {
	console.error(`The benchmark cannot run: the build failed.\n${message(error)}`);
	process.exit(1);
}
say(`  ${build.pages} pages in ${build.seconds.toFixed(1)} s`);

const server = await serveStatic(outDir);
say(`Serving ${outDir} at ${server.origin} (gzip level ${gzipLevel})`);
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumLaunchArgs });
const pages = [];
let recommender;
try {
	for (const target of targets) {
		say(`Weighing ${target.path}…`);
		try {
			const weight = await weighPage(browser, server.origin + target.path, { viewport });
			pages.push({ ...target, weight });
		} catch (error) {
			pages.push({ ...target, error: message(error) });
		}
	}
	say('Timing the recommender (100 answer changes)…');
	try {
		recommender = await timeRecommender(browser, server.origin, 100);
	} catch (error) {
		recommender = { error: message(error) };
	}
} finally {
	await browser.close();
}

/** @type {{ ran: boolean, reason?: string, version?: string, results?: Map<string, any>, benchmarkIndex?: number | null, note?: string }} */
let lighthouse = { ran: false, reason: 'BENCH_LIGHTHOUSE=0' };
if (process.env.BENCH_LIGHTHOUSE !== '0') {
	say('Running Lighthouse (mobile, default configuration) on each page…');
	try {
		const run = await runLighthouse(
			targets.map((t) => server.origin + t.path),
			chromiumPath
		);
		const results = new Map(targets.map((t) => [t.path, run.results.get(server.origin + t.path)]));
		const indexes = [...results.values()]
			.map((r) => r?.benchmarkIndex)
			.filter((n) => typeof n === 'number')
			.sort((a, b) => a - b);
		const warnings = [...new Set([...results.values()].flatMap((r) => r?.warnings ?? []))];
		lighthouse = {
			ran: true,
			version: run.version,
			results,
			benchmarkIndex: indexes.length ? indexes[Math.floor(indexes.length / 2)] : null,
			note: warnings.length ? `Lighthouse warned: ${warnings.join(' ')}` : '',
		};
	} catch (error) {
		lighthouse = { ran: false, reason: `Lighthouse could not run here: ${message(error)}` };
		say(`  ${lighthouse.reason}`);
	}
}
await server.close();

say('Timing the configuration checker in Node (a 1 MB dump, 2,000 pools)…');
let checker;
try {
	checker = await timeChecker(root);
} catch (error) {
	checker = { error: message(error) };
}

let scaling;
if (process.env.BENCH_SCALING === '0') scaling = { skipped: 'BENCH_SCALING=0' };
else {
	const scratch = join(tmpdir(), `calico-bench-scaling-${process.pid}`);
	say(`Build-time growth: scratch copies in ${scratch}…`);
	try {
		scaling = { scratch, ...(await measureScaling(root, scratch, say)) };
	} catch (error) {
		scaling = { error: message(error) };
		say(`  ${scaling.error}`);
	} finally {
		if (process.env.BENCH_KEEP_SCRATCH !== '1') rmSync(scratch, { recursive: true, force: true });
	}
}

let peers = { skipped: 'set BENCH_PEERS=1 to measure' };
if (process.env.BENCH_PEERS === '1') {
	const scratch = join(tmpdir(), 'calico-bench-peers');
	say(`Peers: the IP-in-IP page with other stacks, in ${scratch}…`);
	const peerBrowser = await chromium.launch({
		executablePath: chromiumPath,
		args: chromiumLaunchArgs,
	});
	try {
		peers = await measurePeers({ root, scratch, browser: peerBrowser, say });
	} catch (error) {
		peers = { error: message(error) };
		say(`  ${peers.error}`);
	} finally {
		await peerBrowser.close();
	}
}

const wallSeconds = Number(process.hrtime.bigint() - wallStart) / 1e9;
const headerBytes = pages.filter((p) => p.weight).map((p) => p.weight.headers);
const report = renderReport({
	date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
	machine: { ...machine, loadAfter: loadAverage() },
	build,
	pages,
	targetsSource,
	gzipLevel,
	viewport,
	settleMs,
	headerBytesMean: headerBytes.length
		? headerBytes.reduce((a, b) => a + b, 0) / headerBytes.length
		: null,
	lighthouse,
	recommender,
	checker,
	scaling,
	peers,
	wallSeconds,
});
mkdirSync(dirname(reportFile), { recursive: true });
writeFileSync(reportFile, report);
say(`\n${report}\nReport written to ${reportFile}`);
