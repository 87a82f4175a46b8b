import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ChromiumLaunchError, chromiumLaunchArgs, findChromium } from './chromium.mjs';
import { classDefs, mermaidConfig } from './themes';
import { compactSvg, mergeThemes } from './svg';

/** A diagram rendered to inline SVG that follows Starlight's theme (light in print). */
export interface RenderedDiagram {
	svg: string;
}

/** How long one diagram may take to render, both themes, before the build gives up on it. */
export const renderTimeoutMs = 30_000;

interface RendererState {
	/** Launched on first need; resolves to null when no Chromium is available: diagrams then render in the browser instead. */
	browser?: Promise<Browser | null>;
	/** The page with Mermaid, opened on the first diagram (again after a render timed out). */
	page?: Promise<Page | null>;
	queue: Promise<unknown>;
	cache: Map<string, Promise<RenderedDiagram>>;
	/** Set once any page fell back to rendering in the browser. */
	usedClientFallback: boolean;
	rendered: number;
}

// On globalThis: the integration (loaded with astro.config.mjs) and the components (loaded by Vite) get separate copies of this module.
const KEY = Symbol.for('calico-guide.mermaid-renderer');
type Global = typeof globalThis & { [KEY]?: RendererState };

async function launch(): Promise<Browser | null> {
	if (process.env.DIAGRAMS === 'client') return null;
	let executablePath: string;
	try {
		executablePath = findChromium();
	} catch (error) {
		console.warn(
			`[diagrams] No Chromium, so diagrams will render in readers' browsers instead of at build time.\n${(error as Error).message}`
		);
		return null;
	}
	try {
		return await chromium.launch({ executablePath, args: chromiumLaunchArgs });
	} catch (error) {
		throw new ChromiumLaunchError(executablePath, error);
	}
}

async function openPage(browser: Browser): Promise<Page> {
	const page = await browser.newPage();
	await page.setContent('<!doctype html><html><body></body></html>');
	const require = createRequire(import.meta.url);
	await page.addScriptTag({
		content: readFileSync(require.resolve('mermaid/dist/mermaid.min.js'), 'utf8'),
	});
	return page;
}

/** The build's one renderer: one Chromium, one page, shared by every diagram of every page; starts nothing until a diagram (or the PDFs) needs it. */
export function rendererState(): RendererState {
	const g = globalThis as Global;
	g[KEY] ??= {
		queue: Promise.resolve(),
		cache: new Map(),
		usedClientFallback: false,
		rendered: 0,
	};
	return g[KEY];
}

/** The renderer's browser, for other build-time work in the same Chromium session (the PDFs), launched if no diagram did; null without Chromium. */
export async function rendererBrowser(): Promise<Browser | null> {
	return (rendererState().browser ??= launch());
}

function rendererPage(state: RendererState): Promise<Page | null> {
	return (state.page ??= rendererBrowser().then((browser) => browser && openPage(browser)));
}

/** Closes the renderer's browser, if it started one. */
export async function closeRenderer(): Promise<void> {
	const g = globalThis as Global;
	const state = g[KEY];
	if (!state) return;
	delete g[KEY];
	// A browser that failed to start has already failed the build.
	const browser = await state.browser?.catch(() => null);
	await browser?.close();
}

async function renderBoth(page: Page, code: string, id: string): Promise<RenderedDiagram> {
	// Both renderings use one id, so that the drawings come out identical but for their styles.
	const jobs = (['light', 'dark'] as const).map((theme) => ({
		source: `${code}\n${classDefs(theme)}`,
		config: mermaidConfig(theme),
	}));
	const [light, dark] = await page.evaluate(
		async ({ jobs, id }) => {
			const mermaid = (
				globalThis as unknown as {
					mermaid: {
						initialize(c: unknown): void;
						render(id: string, code: string): Promise<{ svg: string }>;
					};
				}
			).mermaid;
			const out: string[] = [];
			for (const job of jobs) {
				mermaid.initialize(job.config);
				out.push((await mermaid.render(id, job.source)).svg);
			}
			return out;
		},
		{ jobs, id }
	);
	const [a, b] = [compactSvg(light as string), compactSvg(dark as string)];
	const svg = mergeThemes(a, b, id);
	if (!svg) {
		// Point at the first difference outside the styles and colours, which are allowed to differ.
		const strip = (svg: string) =>
			svg
				.replace(/<style>[\s\S]*?<\/style>/, '')
				.replace(/\b(fill|stroke|style|stop-color)="[^"]*"/g, '');
		const [x, y] = [strip(a), strip(b)];
		let at = 0;
		while (at < x.length && x[at] === y[at]) at++;
		throw new Error(
			`The light and dark renderings of diagram ${id} differ in more than colour, first at:\n${x.slice(at - 120, at + 80)}\n${y.slice(at - 120, at + 80)}\n${code}`
		);
	}
	return { svg };
}

/** Fails a render that takes longer than renderTimeoutMs, naming the diagram, and drops the page Mermaid may still be busy on. */
async function withTimeout<T>(state: RendererState, page: Page, code: string, work: Promise<T>) {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => {
			state.page = undefined;
			page.close().catch(() => undefined);
			const lines = code.split('\n').map((line) => line.trim());
			const title = lines.find((line) => line.startsWith('accTitle:'));
			reject(
				new Error(
					`[diagrams] Diagram "${lines[0]}"${title ? ` (${title})` : ''} did not render within ${renderTimeoutMs / 1000} s; Mermaid may be stuck laying it out. Its source:\n${code}`
				)
			);
		}, renderTimeoutMs);
	});
	try {
		return await Promise.race([work, timeout]);
	} finally {
		clearTimeout(timer);
	}
}

function hash(text: string): string {
	let h = 5381;
	for (let i = 0; i < text.length; i++) h = ((h * 33) ^ text.charCodeAt(i)) >>> 0;
	return h.toString(36);
}

/**
 * Renders Mermaid source to inline SVG, light and dark, at build time; null when no Chromium is
 * available (the caller then ships the source for the browser to render).
 */
export async function renderDiagram(code: string): Promise<RenderedDiagram | null> {
	const state = rendererState();
	if (!(await rendererPage(state))) {
		state.usedClientFallback = true;
		return null;
	}
	const base = `mmd-${hash(code)}`;
	let pending = state.cache.get(code);
	if (!pending) {
		// One page renders one diagram at a time: Mermaid's configuration is global to the page.
		pending = state.queue.then(async () => {
			const page = (await rendererPage(state))!;
			return withTimeout(state, page, code, renderBoth(page, code, base));
		});
		state.queue = pending.catch(() => undefined);
		state.cache.set(code, pending);
	}
	const rendered = await pending;
	// Mermaid scopes its styles and arrowheads by the SVG's id, so each copy on a site gets its own.
	const instance = `${base}-${state.rendered++}`;
	return { svg: rendered.svg.replaceAll(base, instance) };
}
