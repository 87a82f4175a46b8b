import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { type Page } from '@playwright/test';
import { AXE_TAGS, axeViolations, describeViolations } from './axe';
import { expect, test } from './fixtures';
import { builtPagePaths, distDir, servedFile } from './site-pages';

// Gates every page of the built site (DIST_DIR, default dist/) must pass: one h1 that starts the title, axe in the light theme and its colour
// rules in the dark theme, a load with nothing in the console, no CSP violation and no failed request, no
// sideways scroll 375 px wide, readable without JavaScript, and links that resolve and say where they go.

const pages = builtPagePaths();

// The failure messages name every violation, problem and offending element; a trace of two loads and
// two axe runs per page would add a quarter to the run and tell little more.
test.use({ trace: 'off' });

/** A phone's viewport: no page may scroll sideways in it. */
const NARROW = { width: 375, height: 800 };

/** Link texts that do not say where the link goes. */
const VAGUE_LINK_TEXTS = new Set([
	'here',
	'click here',
	'this',
	'this page',
	'link',
	'read more',
	'more',
]);

/**
 * The global array this spec's init script fills with a document's Content Security Policy violations. The
 * fixtures' recorder sees only the last document of each page; this one is read after every load, so a
 * violation is reported even when a later navigation replaces the document.
 */
type CspWindow = {
	__gateCspViolations: { directive: string; blockedURI: string; sample: string }[];
};

/** Collects the page's console errors and warnings, page errors, failed requests and responses of 400 or more. */
function collectProblems(page: Page): string[] {
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error' || message.type() === 'warning')
			problems.push(
				`console ${message.type()}: ${message.text()} ${message.location().url}`.trim()
			);
	});
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	page.on('requestfailed', (request) =>
		problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? '?'})`)
	);
	page.on('response', (response) => {
		if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
	});
	return problems;
}

/** Makes every document the page loads record its Content Security Policy violations, before any of its scripts runs. */
async function recordCspViolations(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const violations: CspWindow['__gateCspViolations'] = [];
		(window as unknown as CspWindow).__gateCspViolations = violations;
		document.addEventListener(
			'securitypolicyviolation',
			(event) =>
				violations.push({
					directive: event.violatedDirective,
					blockedURI: event.blockedURI,
					sample: event.sample,
				}),
			true
		);
	});
}

/** The Content Security Policy violations the loaded document has recorded, one line each. */
async function cspViolations(page: Page): Promise<string[]> {
	const violations = await page.evaluate(
		() => (window as unknown as Partial<CspWindow>).__gateCspViolations ?? []
	);
	return violations.map(
		(v) =>
			`CSP ${v.directive} blocked ${v.blockedURI || '(inline)'}${v.sample ? `: ${v.sample}` : ''}`
	);
}

/** Loads a path, expects status 200, and waits until the network has been quiet. */
async function load(page: Page, path: string): Promise<void> {
	const response = await page.goto(path);
	expect(response?.status(), `status of ${path}`).toBe(200);
	await page.waitForLoadState('networkidle');
}

/**
 * The axe rules whose outcome depends on colour. The dark theme changes only colours (Starlight's and the
 * diagrams' CSS variables), so the dark theme is held to these; the light theme runs every rule of AXE_TAGS.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** How wide the document and body scroll, and, when too wide, the elements reaching past the right edge. */
async function sidewaysOverflow(
	page: Page,
	limit: number
): Promise<{ documentWidth: number; bodyWidth: number; offenders: string }> {
	return page.evaluate((limit) => {
		const documentWidth = document.documentElement.scrollWidth;
		const bodyWidth = document.body.scrollWidth;
		if (documentWidth <= limit && bodyWidth <= limit)
			return { documentWidth, bodyWidth, offenders: '' };
		const name = (el: Element) =>
			el.tagName.toLowerCase() +
			(el.id ? `#${el.id}` : '') +
			[...el.classList]
				.slice(0, 3)
				.map((c) => `.${c}`)
				.join('');
		const path = (el: Element) => {
			const names = [];
			for (
				let e: Element | null = el;
				e && e !== document.body && names.length < 4;
				e = e.parentElement
			)
				names.unshift(name(e));
			return names.join(' > ');
		};
		// An element inside a box that clips or scrolls sideways cannot widen the page.
		const clipped = (el: Element) => {
			for (let a = el.parentElement; a && a !== document.body; a = a.parentElement)
				if (getComputedStyle(a).overflowX !== 'visible') return true;
			return false;
		};
		const reaching = [...document.body.querySelectorAll('*')]
			.map((el) => ({ el, box: el.getBoundingClientRect() }))
			.filter(({ el, box }) => box.right > limit + 0.5 && box.width > 0 && !clipped(el))
			.sort((a, b) => b.box.width - a.box.width);
		const describe = ({ el, box }: (typeof reaching)[number]) =>
			`${path(el)} (${Math.round(box.width)} px wide, right edge at ${Math.round(box.right)})`;
		const innermost = reaching.filter(
			({ el }) => !reaching.some((r) => r.el !== el && el.contains(r.el))
		);
		const offenders = reaching.length
			? `widest: ${describe(reaching[0]!)}; innermost: ${innermost.slice(0, 3).map(describe).join('; ')}`
			: 'no element reaches past the right edge';
		return { documentWidth, bodyWidth, offenders };
	}, limit);
}

/** The theme Starlight applied to the loaded page: `light`, `dark`, or undefined on a page without Starlight's theme. */
async function theme(page: Page): Promise<string | undefined> {
	return page.evaluate(() => document.documentElement.dataset.theme);
}

test.describe('every page of the built site', () => {
	for (const path of pages) {
		test(`${path} has its title, passes axe (every rule in light, the colour rules in dark), loads cleanly and does not scroll sideways at 375 px`, async ({
			page,
		}) => {
			// Pages with many inline SVG diagrams take axe a while on a 2-core machine.
			test.setTimeout(120_000);
			const problems = collectProblems(page);
			await recordCspViolations(page);
			const wide = page.viewportSize();
			let themed = true;

			await test.step('the page has one h1, and its title starts with it', async () => {
				await load(page, path);
				problems.push(...(await cspViolations(page)));
				themed = (await theme(page)) !== undefined;
				const h1 = page.getByRole('heading', { level: 1 });
				await expect(h1).toHaveCount(1);
				const heading = (await h1.textContent())?.trim() ?? '';
				expect(heading.length, 'length of the h1').toBeGreaterThan(0);
				await expect(page).toHaveTitle(
					new RegExp(`^${heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)
				);
			});

			await test.step('axe finds no violation in the light theme', async () => {
				expect
					.soft(
						describeViolations(await axeViolations(page, { tags: AXE_TAGS })),
						'axe violations, light theme'
					)
					.toEqual([]);
			});

			await test.step('the page does not scroll sideways 375 px wide', async () => {
				// The layout follows the viewport through CSS media queries, so narrowing the window lays the
				// loaded page out as a phone would load it, without a third load.
				await page.setViewportSize(NARROW);
				await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
				const { documentWidth, bodyWidth, offenders } = await sidewaysOverflow(page, NARROW.width);
				expect
					.soft(documentWidth, `document scroll width; ${offenders}`)
					.toBeLessThanOrEqual(NARROW.width);
				expect.soft(bodyWidth, `body scroll width; ${offenders}`).toBeLessThanOrEqual(NARROW.width);
				if (wide) await page.setViewportSize(wide);
			});

			await test.step('axe finds no colour violation in the dark theme', async () => {
				// The packet-path pages under /paths/ are bare HTML the recommender fetches, without
				// Starlight's theme: they have no dark theme to check.
				if (!themed) {
					test.info().annotations.push({ type: 'no dark theme', description: path });
					return;
				}
				// A reader switches the theme in the header's menu, and Starlight recolours the loaded page in place
				// (every colour is a CSS variable keyed on data-theme), so the check needs no second load. That a
				// stored choice applies on load is checked by the diagrams spec, which opens pages in each theme.
				await page.locator('starlight-theme-select select').first().selectOption('dark');
				await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
				expect.soft(await theme(page), 'the theme after choosing dark').toBe('dark');
				expect
					.soft(
						describeViolations(await axeViolations(page, { rules: COLOUR_RULES })),
						'axe colour violations, dark theme'
					)
					.toEqual([]);
			});

			await test.step('no load logged a console error or warning, a page error, a CSP violation or a failed request', () => {
				expect(problems).toEqual([]);
			});
		});
	}
});

/** Visible elements in main that show nothing: islands without text, and framed boxes with no text, picture or control. */
async function emptyPlaceholders(page: Page): Promise<string[]> {
	return page.locator('main').evaluate((main) => {
		const shows =
			'img, svg, picture, video, canvas, iframe, input, select, textarea, button, hr, math';
		const name = (el: Element) =>
			el.tagName.toLowerCase() +
			(el.id ? `#${el.id}` : '') +
			[...el.classList]
				.slice(0, 3)
				.map((c) => `.${c}`)
				.join('');
		// A frame is what makes an empty box look like a widget waiting for its content.
		const framed = (style: CSSStyleDeclaration) =>
			(style.borderTopStyle !== 'none' && parseFloat(style.borderTopWidth) > 0) ||
			style.backgroundColor !== 'rgba(0, 0, 0, 0)' ||
			style.backgroundImage !== 'none';
		const empty: string[] = [];
		for (const island of main.querySelectorAll('astro-island'))
			if (!island.textContent?.trim())
				empty.push(`${name(island)} ${island.getAttribute('component-url') ?? ''} has no text`);
		for (const el of main.querySelectorAll('*')) {
			if (!(el instanceof HTMLElement) || !el.checkVisibility()) continue;
			const box = el.getBoundingClientRect();
			if (box.width < 40 || box.height < 40 || el.innerText.trim()) continue;
			if (el.matches(shows) || el.querySelector(shows) || !framed(getComputedStyle(el))) continue;
			empty.push(
				`${name(el)} (${Math.round(box.width)}×${Math.round(box.height)}) is an empty box`
			);
		}
		return empty;
	});
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	for (const path of pages) {
		test(`${path} reads without JavaScript`, async ({ page }) => {
			const response = await page.goto(path);
			expect(response?.status()).toBe(200);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			expect((await page.locator('main').innerText()).trim().length).toBeGreaterThan(200);
			expect(await emptyPlaceholders(page)).toEqual([]);
		});
	}
});

/** Every HTML file of the built site. */
function builtHtmlFiles(dir = distDir): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const file = join(dir, entry.name);
		if (entry.isDirectory()) return builtHtmlFiles(file);
		return entry.name.endsWith('.html') ? [file] : [];
	});
}

/** The site path a built HTML file is served at: `x/index.html` at `/x/`. */
function sitePath(file: string): string {
	const path = `/${relative(distDir, file).split(sep).join('/')}`;
	return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** Decodes the character references of HTML text or an attribute value. */
function decodeEntities(text: string): string {
	const named: Record<string, string> = {
		amp: '&',
		lt: '<',
		gt: '>',
		quot: '"',
		apos: "'",
		nbsp: ' ',
	};
	return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
		if (ref[0] !== '#') return named[ref.toLowerCase()] ?? whole;
		return String.fromCodePoint(
			ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1))
		);
	});
}

/** An HTML document without its comments and the contents of its script, style and template elements. */
function markupOnly(html: string): string {
	return html
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi, '');
}

/** The attributes of a start tag's attribute text, decoded, names lower-cased. */
function attributes(text: string): Map<string, string> {
	const attrs = new Map<string, string>();
	for (const m of text.matchAll(
		/([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g
	))
		attrs.set((m[1] as string).toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
	return attrs;
}

/** A start tag's name and attribute text; quoted attribute values may hold `>`. */
const START_TAG = /<([a-z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;

/** The links of a document: each `<a href>` with its decoded href, text and aria-label. */
function links(markup: string): { href: string; text: string; label: string }[] {
	return [
		...markup.matchAll(/<a(?=[\s>])((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/a\s*>/gi),
	].flatMap((m) => {
		const attrs = attributes(m[1] as string);
		const href = attrs.get('href') ?? attrs.get('xlink:href');
		if (href === undefined) return [];
		const text = decodeEntities((m[2] as string).replace(/<[^>]*>/g, ''))
			.replace(/\s+/g, ' ')
			.trim();
		return [{ href: href.trim(), text, label: (attrs.get('aria-label') ?? '').trim() }];
	});
}

/** The fragment targets of a document: every element's id and every `<a name>`. */
function fragmentTargets(markup: string): Set<string> {
	const targets = new Set<string>();
	for (const m of markup.matchAll(START_TAG)) {
		const attrs = attributes(m[2] as string);
		const id = attrs.get('id');
		if (id) targets.add(id);
		const name = attrs.get('name');
		if (name && (m[1] as string).toLowerCase() === 'a') targets.add(name);
	}
	return targets;
}

/** Decodes percent-escapes, keeping text that is not a valid escape as it is. */
function percentDecoded(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

/** A stand-in origin to resolve links against: a link that resolves elsewhere names its own host, and is external. */
const SITE = 'http://site.invalid';

test.describe('links in the built site', () => {
	/** Every built HTML document's site path and markup. */
	const documents = () =>
		builtHtmlFiles().map((file) => ({
			path: sitePath(file),
			markup: markupOnly(readFileSync(file, 'utf8')),
		}));

	test('every internal link and #fragment resolves', () => {
		const targetsOf = new Map<string, Set<string>>();
		/** The fragment targets of a built file, read once. */
		const targets = (file: string) => {
			if (!targetsOf.has(file))
				targetsOf.set(file, fragmentTargets(markupOnly(readFileSync(file, 'utf8'))));
			return targetsOf.get(file) as Set<string>;
		};
		const broken: string[] = [];
		let checked = 0;
		for (const { path, markup } of documents()) {
			for (const { href } of links(markup)) {
				if (href === '' || href === '#') continue;
				const url = new URL(href, `${SITE}${path}`);
				if (url.origin !== SITE) continue;
				checked++;
				const file = servedFile(percentDecoded(url.pathname));
				if (!file) {
					broken.push(`${path} → ${href} (no such file)`);
					continue;
				}
				const fragment = percentDecoded(url.hash.slice(1));
				// A browser scrolls to the top for #top even with no element of that id.
				if (!fragment || !file.endsWith('.html') || fragment.toLowerCase() === 'top') continue;
				if (!targets(file).has(fragment))
					broken.push(`${path} → ${href} (no element with id “${fragment}”)`);
			}
		}
		expect(broken).toEqual([]);
		expect(checked).toBeGreaterThan(pages.length);
	});

	test('no link text is as vague as “here”, “this” or “read more”', () => {
		const vague: string[] = [];
		for (const { path, markup } of documents())
			for (const { href, text, label } of links(markup))
				for (const words of [text, label])
					if (VAGUE_LINK_TEXTS.has(words.toLowerCase()))
						vague.push(`${path} → ${href} (“${words}”)`);
		expect(vague).toEqual([]);
	});
});
