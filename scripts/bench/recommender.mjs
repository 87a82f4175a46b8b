// Times the recommender from an answer changing to the result on screen, measured inside the page: the
// clock starts just before the radio button is clicked (which dispatches its change event).
// timeChangesInPage runs in the browser (page.evaluate), hence these globals:
/* global requestAnimationFrame, MessageChannel, MutationObserver, HTMLInputElement, performance */

/** The page the timing runs on. */
export const recommenderPath = '/recommend/?env=aws';

/**
 * The answer that is toggled: on AWS, "Yes" to the VPC CNI pod-limit question changes the pick (to VXLAN
 * with cross-subnet), and "Not sure" changes it back. `full` is the id the recommender page gives its widget.
 */
export const toggled = { name: 'full-pod-limit', values: ['yes', 'unsure'] };

/**
 * Runs inside the page: warm-up changes when `warmUp`, else `n` answer changes, each timed to three points.
 * @param {{ n: number, name: string, values: string[], warmUp: boolean }} options
 */
function timeChangesInPage({ n, name, values, warmUp }) {
	const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
	// A task posted from a requestAnimationFrame callback runs after that frame's style, layout and paint.
	const afterPaint = () =>
		new Promise((resolve) =>
			requestAnimationFrame(() => {
				const channel = new MessageChannel();
				channel.port1.onmessage = () => resolve(performance.now());
				channel.port2.postMessage(undefined);
			})
		);
	const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
	const region = document.querySelector('.recommender [role="region"]');
	if (!region) throw new Error('The result region (.recommender [role="region"]) was not found.');
	const pick = () => region.querySelector('[data-pick]')?.getAttribute('data-pick') ?? '';

	const one = async (value) => {
		const input = document.querySelector(`input[name="${name}"][value="${value}"]`);
		if (!(input instanceof HTMLInputElement)) throw new Error(`No radio button ${name}=${value}.`);
		const before = pick();
		// Start just after a frame was painted, so every change sees the same distance to the next frame.
		await afterPaint();
		let updated = 0;
		let laidOut = 0;
		const mutated = new Promise((resolve) => {
			const observer = new MutationObserver(() => {
				observer.disconnect();
				updated = performance.now();
				// Reading a size forces style and layout now, so this point includes them.
				void region.getBoundingClientRect().height;
				void document.documentElement.offsetHeight;
				laidOut = performance.now();
				resolve(undefined);
			});
			observer.observe(region, {
				subtree: true,
				childList: true,
				attributes: true,
				characterData: true,
			});
		});
		const start = performance.now();
		input.click();
		const timeout = pause(2000).then(() => 'timeout');
		if ((await Promise.race([mutated, timeout])) === 'timeout')
			return { changed: false, update: null, layout: null, paint: null };
		const painted = await afterPaint();
		return {
			changed: pick() !== before,
			update: updated - start,
			layout: laidOut - start,
			paint: painted - start,
		};
	};

	return (async () => {
		if (!warmUp) {
			const samples = [];
			for (let i = 0; i < n; i++) {
				samples.push(await one(values[i % values.length]));
				// Let effects (the address bar update) run before the next change.
				await pause(30);
			}
			return { samples };
		}
		// Warm up (not counted): the first answer also loads the configuration panel, whose arrival re-renders.
		for (let i = 0; i < 4; i++) {
			await one(values[i % values.length]);
			await pause(100);
		}
		for (
			let i = 0;
			i < 50 && !document.querySelector('.rec-output .rec-config:not(.rec-config-pending)');
			i++
		)
			await pause(100);
		await frame();
		const rafGaps = [];
		let last = await new Promise((resolve) => requestAnimationFrame(resolve));
		for (let i = 0; i < 30; i++) {
			const now = await new Promise((resolve) => requestAnimationFrame(resolve));
			rafGaps.push(now - last);
			last = now;
		}
		rafGaps.sort((a, b) => a - b);
		return { frameMs: rafGaps[Math.floor(rafGaps.length / 2)] };
	})();
}

/**
 * The `p`-th percentile (0–100, nearest rank) of `values`.
 * @param {number[]} values
 * @param {number} p
 */
export function percentile(values, p) {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/**
 * Changes the toggled answer `n` times on the served recommender and returns p50/p95 of: change → result
 * DOM updated, → laid out, → next frame painted; how many changed the pick; main-thread time per change.
 * @param {import('playwright-core').Browser} browser
 * @param {string} origin
 * @param {number} [n]
 */
export async function timeRecommender(browser, origin, n = 100) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
	const page = await context.newPage();
	try {
		await page.goto(origin + recommenderPath, { waitUntil: 'networkidle', timeout: 60_000 });
		await page.locator('.recommender[data-hydrated="true"]').waitFor({ timeout: 30_000 });
		const { frameMs } = await page.evaluate(timeChangesInPage, { n: 0, ...toggled, warmUp: true });
		// Chromium's own account of where the main thread's time went during the timed changes.
		const cdp = await context.newCDPSession(page);
		await cdp.send('Performance.enable');
		const metrics = async () =>
			Object.fromEntries(
				(await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value])
			);
		const before = await metrics();
		const { samples } = await page.evaluate(timeChangesInPage, { n, ...toggled, warmUp: false });
		const after = await metrics();
		const perChange = (name) => ((after[name] - before[name]) * 1000) / Math.max(1, samples.length);
		const done = samples.filter((s) => s.update !== null);
		const stats = (key) => ({
			p50: percentile(
				done.map((s) => s[key]),
				50
			),
			p95: percentile(
				done.map((s) => s[key]),
				95
			),
			max: percentile(
				done.map((s) => s[key]),
				100
			),
		});
		return {
			path: recommenderPath,
			toggled,
			changes: samples.length,
			timedOut: samples.length - done.length,
			pickChanged: samples.filter((s) => s.changed).length,
			update: stats('update'),
			layout: stats('layout'),
			paint: stats('paint'),
			frameMs,
			mainThreadPerChange: {
				script: perChange('ScriptDuration'),
				style: perChange('RecalcStyleDuration'),
				layout: perChange('LayoutDuration'),
			},
		};
	} finally {
		await context.close();
	}
}
