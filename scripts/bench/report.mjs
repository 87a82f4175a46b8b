// Turns the benchmark's measurements into the markdown report (bench-report.md).
import { categories } from './lighthouse.mjs';

/** Bytes as KB with one decimal (1 KB = 1024 bytes). */
export const kb = (bytes) => (typeof bytes === 'number' ? (bytes / 1024).toFixed(1) : '–');

/** Milliseconds with one decimal, or a dash. */
export const ms = (value) => (typeof value === 'number' ? `${value.toFixed(1)} ms` : '–');

/** "within" or "over" a target, for a measured value and a maximum. */
export const verdict = (value, max) =>
	typeof value === 'number' && typeof max === 'number' ? (value <= max ? 'within' : 'over') : '–';

/**
 * A markdown table from a header row and rows of cells.
 * @param {string[]} header
 * @param {(string | number)[][]} rows
 */
export function table(header, rows) {
	const line = (cells) => `| ${cells.map((c) => String(c).replace(/\|/g, '\\|')).join(' | ')} |`;
	return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The section on one page type: bytes by type, requests and target, then Lighthouse. */
function pageSection(page, lighthouse) {
	const out = [`### ${page.type}: \`${page.path}\``, ''];
	if (page.error) return [...out, `Could not be weighed: ${page.error}`, ''].join('\n');
	const w = page.weight;
	out.push(
		table(
			[
				'Document',
				'Scripts',
				'Stylesheets',
				'Images, fonts, other',
				'Total',
				'Requests',
				'Target',
				'Verdict',
			],
			[
				[
					`${kb(w.bytes.document)} KB`,
					`${kb(w.bytes.script)} KB`,
					`${kb(w.bytes.stylesheet)} KB`,
					`${kb(w.bytes.other)} KB`,
					`**${kb(w.total)} KB**`,
					w.requests,
					`${page.maxKB} KB`,
					verdict(w.total / 1024, page.maxKB),
				],
			]
		),
		''
	);
	const lh = lighthouse.results?.get(page.path);
	if (!lighthouse.ran) return out.join('\n');
	if (!lh || lh.error)
		out.push(`Lighthouse: failed on this page (${lh?.error ?? 'no result'}).`, '');
	else
		out.push(
			table(
				['Performance', 'Accessibility', 'Best practices', 'SEO', 'LCP', 'TBT', 'CLS'],
				[
					[
						...categories.map((id) => lh.scores[id] ?? '–'),
						lh.lcpMs === null ? '–' : `${(lh.lcpMs / 1000).toFixed(2)} s`,
						lh.tbtMs === null ? '–' : `${Math.round(lh.tbtMs)} ms`,
						lh.cls === null ? '–' : lh.cls.toFixed(3),
					],
				]
			),
			''
		);
	return out.join('\n');
}

/** The comparison with other stacks, as lines of markdown. */
function peersSection(r) {
	const p = r.peers;
	if (p.skipped) return [`Not measured (${p.skipped}).`];
	if (p.error) return [`Not measured: ${p.error}`];
	const ours = r.pages.find((page) => page.path === p.path)?.weight;
	const drawnText = (peer) =>
		`${peer.drawn} of 3${typeof peer.drawnMs === 'number' ? `, ${(peer.drawnMs / 1000).toFixed(1)} s after navigation` : ', not all within 30 s'}${peer.widget ? '' : '; widget missing'}`;
	const rows = [
		[
			'This guide (Astro + Starlight, diagrams as build-time SVG)',
			ours,
			null,
			'3 of 3, in the HTML',
		],
		...p.peers.map((peer) => [peer.name, peer.weight, peer, peer.error ? '' : drawnText(peer)]),
	].map(([name, w, peer, drawn]) =>
		peer?.error
			? [name, `failed: ${peer.error.split('\n')[0]}`, '', '', '', '', '', '', '']
			: [
					name,
					peer ? `${peer.buildSeconds.toFixed(0)} s` : '',
					w ? `${kb(w.bytes.document)} KB` : '–',
					w ? `${kb(w.bytes.script)} KB` : '–',
					w ? `${kb(w.bytes.stylesheet + w.bytes.other)} KB` : '–',
					w ? `**${kb(w.total)} KB**` : '–',
					w?.requests ?? '–',
					drawn ?? '–',
					w && ours ? `${(w.total / ours.total).toFixed(2)}×` : '–',
				]
	);
	return [
		`The page \`${p.path}\` rebuilt with each stack's defaults in scratch folders (${p.scratch}): its prose, its 3 Mermaid diagrams (the same sources, from src/lib/diagrams) and a small widget (an MTU field and the pod MTU, as a Preact island in Starlight and a React component in Docusaurus), weighed the same way as above. The guide's own page has no widget. Starlight: the guide's own Astro, Starlight and Mermaid versions (node_modules linked), Starlight's defaults, Mermaid imported by a page script and run on \`<pre class="mermaid">\` blocks. Docusaurus: classic preset, theme-mermaid, ${p.docusaurusVersion ?? 'version unknown'}; the optional ELK layout package is aliased to an empty module, because theme-mermaid's client build fails to resolve it when it is not installed. Diagrams drawn: in a separate visit with an empty cache, when all three SVGs were in the page (no throttling; build is wall time on this machine; Docusaurus keeps its npm install and its webpack cache in the scratch folder between runs, so after the first run its build is a warm one). Ratio: total bytes against this guide's page.`,
		'',
		table(
			[
				'Stack',
				'Build',
				'Document',
				'Scripts',
				'CSS and other',
				'Total',
				'Requests',
				'Diagrams drawn',
				'Ratio',
			],
			rows
		),
	];
}

/**
 * The whole report as markdown.
 * @param {Record<string, any>} r everything benchmark.mjs measured
 */
/** The checker's timings in Node, as a section. */
function checkerSection(c) {
	const out = ['## Configuration checker in Node', ''];
	if (!c || c.error) return [...out, `Not measured: ${c?.error ?? 'no result'}`, ''];
	out.push(
		`checkConfiguration() on generated kubectl dumps, in this Node process (the bundle calico-check ships), one warm-up run then ${c[0].runs} timed runs each.`,
		'',
		table(
			['Input', 'Size', 'Median', 'Max', 'Target'],
			c.map((t) => [
				t.what,
				`${t.kb.toFixed(0)} KB`,
				ms(t.median),
				ms(t.max),
				t.targetMs ? `≤ ${t.targetMs} ms: ${verdict(t.median, t.targetMs)}` : '',
			])
		),
		''
	);
	return out;
}

export function renderReport(r) {
	const out = [
		'# Benchmark report',
		'',
		`${r.date} · ${r.machine.cpus} CPUs (${r.machine.cpuModel}), load average ${r.machine.loadBefore} at start and ${r.machine.loadAfter} at end · Node ${r.machine.node} · ${r.machine.chromium} · Lighthouse ${r.lighthouse.version || '–'} · full run ${r.wallSeconds.toFixed(0)} s`,
		'',
		'Generated by `npm run bench` (scripts/benchmark.mjs). A measurement, not a test: nothing here fails the run.',
		'',
		'## Build',
		'',
		table(
			['What', 'Target', 'Measured', 'Verdict'],
			[
				[
					`\`astro build\` (diagrams and PDFs on) into \`${r.build.outDir}\``,
					'≤ 60 s',
					`${r.build.seconds.toFixed(1)} s wall, ${typeof r.build.cpuSeconds === 'number' ? `${r.build.cpuSeconds.toFixed(1)} s CPU` : 'CPU unknown'} (${r.build.pages} pages, ${r.build.diagrams ?? '?'} diagrams placed, ${r.build.pdfs ?? 0} PDFs)`,
					verdict(r.build.seconds, 60),
				],
			]
		),
		'',
		'## Pages',
		'',
		`Everything a first visit downloads, served with gzip (level ${r.gzipLevel}) by the benchmark's own static server, in Chromium at ${r.viewport.width}×${r.viewport.height} with an empty cache, until the network is idle (500 ms without requests) plus ${r.settleMs / 1000} s. Bytes are response bodies as transferred (gzip where the type compresses); response headers, about ${kb(r.headerBytesMean)} KB per page, are not counted. Targets from ${r.targetsSource}.`,
		'',
		r.lighthouse.ran
			? `Lighthouse ${r.lighthouse.version}: default configuration (mobile, simulated slow 4G and 4× CPU slowdown), one run per page, in its own headless Chromium; scores 0–100. Its simulated metrics scale the main-thread time it observes, so TBT and the performance score move with the load on this machine (compare the benchmarkIndex under Machine between runs). ${r.lighthouse.note ?? ''}`.trim()
			: `Lighthouse: not run (${r.lighthouse.reason}).`,
		'',
		table(
			['Page type', 'Path', 'Total', 'Target', 'Requests', 'Perf.', 'A11y', 'Best pr.', 'SEO'],
			r.pages.map((p) => {
				const lh = r.lighthouse.results?.get(p.path);
				const s = (id) => (lh && !lh.error ? (lh.scores[id] ?? '–') : '–');
				return [
					p.type,
					`\`${p.path}\``,
					p.weight ? `${kb(p.weight.total)} KB` : '–',
					`${p.maxKB} KB (${p.weight ? verdict(p.weight.total / 1024, p.maxKB) : '–'})`,
					p.weight?.requests ?? '–',
					...categories.map(s),
				];
			})
		),
		'',
		...r.pages.map((p) => pageSection(p, r.lighthouse)),
		...checkerSection(r.checker),
		'## Recommender: answer to result',
		'',
	];
	const t = r.recommender;
	if (t.error) out.push(`Not measured: ${t.error}`, '');
	else
		out.push(
			`On \`${t.path}\` (after \`.recommender[data-hydrated="true"]\`, four warm-up changes and the configuration panel loaded), ${t.changes} changes of \`${t.toggled.name}\` alternating ${t.toggled.values.map((v) => `“${v}”`).join(' and ')}; the pick changed on ${t.pickChanged} of them${t.timedOut ? `, ${t.timedOut} got no DOM update within 2 s` : ''}. Timed inside the page from just before the radio button's click (which dispatches its change event), each change started right after a painted frame. Frames came every ${ms(t.frameMs)}.`,
			'',
			table(
				['From the change to…', 'p50', 'p95', 'max', 'Target'],
				[
					[
						'result region updated (MutationObserver)',
						ms(t.update.p50),
						ms(t.update.p95),
						ms(t.update.max),
						'',
					],
					[
						'…and laid out (forced style and layout)',
						ms(t.layout.p50),
						ms(t.layout.p95),
						ms(t.layout.max),
						`p95 ≤ 16 ms: ${verdict(t.layout.p95, 16)}`,
					],
					[
						'next frame painted (requestAnimationFrame, then a task)',
						ms(t.paint.p50),
						ms(t.paint.p95),
						ms(t.paint.max),
						`p95 ≤ 16 ms: ${verdict(t.paint.p95, 16)}`,
					],
				]
			),
			'',
			'The last row includes waiting for the display’s next frame; at 60 Hz a change whose work fits in one frame shows after about one frame (≈ 17 ms). The middle row is the work the change costs the page.',
			'',
			t.mainThreadPerChange
				? `Main-thread time per change, by Chromium's Performance metrics over the timed changes (including the measuring code): script ${ms(t.mainThreadPerChange.script)}, style recalculation ${ms(t.mainThreadPerChange.style)}, layout ${ms(t.mainThreadPerChange.layout)}.`
				: '',
			''
		);
	out.push('## Build-time growth', '');
	const s = r.scaling;
	if (s.skipped) out.push(`Skipped (${s.skipped}).`, '');
	else if (s.error) out.push(`Not measured: ${s.error}`, '');
	else {
		const envText = Object.entries(s.env)
			.map(([k, v]) => `\`${k}=${v}\``)
			.join(' ');
		const cpu = (b) => (typeof b.cpuSeconds === 'number' ? `${b.cpuSeconds.toFixed(1)} s` : '–');
		out.push(
			`Scratch copies of the repository in \`${s.scratch}\` (node_modules linked, their own Astro and Vite caches, so both builds start cold), both built with ${envText} (no PDFs; diagrams on). The doubled copy has each of the ${s.duplicated} content pages again under \`src/content/docs/copy/\` (titles suffixed “(copy)”), listed in the sidebar as one more autogenerated group, so every page's navigation doubles too. Pages not from content (404, generated pages) are not doubled. The renderer draws identical Mermaid sources once per build, so the copies' diagrams are placed but not drawn again. CPU is the user + system time of the build's processes, which other work on the machine does not inflate as much as wall time.`,
			'',
			table(
				['Site', 'Pages', 'Build (wall)', 'Build (CPU)', 'Diagrams placed'],
				[
					[
						'as is',
						s.original.pages,
						`${s.original.seconds.toFixed(1)} s`,
						cpu(s.original),
						s.original.diagrams ?? '–',
					],
					[
						'content doubled',
						s.doubled.pages,
						`${s.doubled.seconds.toFixed(1)} s`,
						cpu(s.doubled),
						s.doubled.diagrams ?? '–',
					],
					[
						'**ratio**',
						`${s.pageRatio.toFixed(2)}×`,
						`**${s.timeRatio.toFixed(2)}×**`,
						s.cpuRatio ? `**${s.cpuRatio.toFixed(2)}×**` : '–',
						'',
					],
				]
			),
			'',
			`Linear growth would make the build time ratio about the page ratio (${s.pageRatio.toFixed(2)}×; ≈ 2× if every page were doubled).`,
			''
		);
	}
	out.push('## Peers', '', ...peersSection(r), '');
	out.push(
		'## Machine',
		'',
		table(
			['', ''],
			[
				['Date', r.date],
				['CPUs', `${r.machine.cpus} × ${r.machine.cpuModel}`],
				['Load average (1 min) at start / end', `${r.machine.loadBefore} / ${r.machine.loadAfter}`],
				['Memory', `${r.machine.memoryGB} GB`],
				['Node', r.machine.node],
				['Chromium', `${r.machine.chromium} (${r.machine.chromiumPath})`],
				['OS', r.machine.os],
				['Lighthouse', r.lighthouse.version || '–'],
				[
					'Lighthouse benchmarkIndex (CPU speed, higher is faster)',
					r.lighthouse.benchmarkIndex ?? '–',
				],
				['Full run', `${r.wallSeconds.toFixed(0)} s`],
			]
		),
		''
	);
	return out.join('\n');
}
