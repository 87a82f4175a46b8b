// Weighs a page as a first-time reader's browser downloads it: every response until the network has been
// idle (Playwright's networkidle: no request for 500 ms) and 1.5 s more, by resource type.

/** How long the page is watched after network idle, for idle-time and lazy fetches. */
export const settleMs = 1500;

/** The groups bytes are reported in; Playwright's other resource types count as `other`. */
export const byteGroups = ['document', 'script', 'stylesheet', 'other'];

/**
 * Loads `url` in a fresh context (empty cache) and sums encoded (gzip) response body bytes by group.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {{ viewport?: { width: number, height: number } }} [options]
 */
export async function weighPage(browser, url, { viewport = { width: 1280, height: 720 } } = {}) {
	const context = await browser.newContext({ viewport });
	const page = await context.newPage();
	/** @type {Set<import('playwright-core').Request>} */
	const requests = new Set();
	/** @type {Set<import('playwright-core').Request>} */
	const failed = new Set();
	page.on('request', (request) => requests.add(request));
	page.on('requestfailed', (request) => failed.add(request));
	await page.goto(url, { waitUntil: 'networkidle', timeout: 60_000 });
	await page.waitForTimeout(settleMs);

	const bytes = Object.fromEntries(byteGroups.map((group) => [group, 0]));
	let headers = 0;
	/** @type {{ url: string, type: string, bytes: number, status: number | null }[]} */
	const list = [];
	for (const request of requests) {
		if (request.url().startsWith('data:')) continue;
		const type = request.resourceType();
		const group = byteGroups.includes(type) ? type : 'other';
		const response = failed.has(request) ? null : await request.response();
		// sizes() waits for the response to finish; a request that never finishes counts as 0 bytes.
		const sizes = response
			? await Promise.race([request.sizes(), page.waitForTimeout(5000).then(() => null)])
			: null;
		const body = sizes?.responseBodySize ?? 0;
		bytes[group] += body;
		headers += sizes?.responseHeadersSize ?? 0;
		list.push({
			url: request.url().replace(new URL(url).origin, ''),
			type,
			bytes: body,
			status: response?.status() ?? null,
		});
	}
	await context.close();
	const total = byteGroups.reduce((sum, group) => sum + bytes[group], 0);
	return { bytes, total, headers, requests: list.length, list };
}
