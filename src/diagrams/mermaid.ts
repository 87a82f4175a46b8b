import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ChromiumLaunchError, chromiumLaunchArgs, findChromium } from './chromium.mjs';
import { mermaidConfig } from './themes';
import { leanSvg } from './svg';

/** A diagram rendered to inline SVG, coloured by the shared stylesheet (Starlight's theme on screen, light in print). */
export interface RenderedDiagram {
	svg: string;
}

/** How long one diagram may take to render before the build gives up on it. */
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

async function renderOnce(page: Page, code: string, id: string): Promise<RenderedDiagram> {
	const svg = await page.evaluate(
		async ({ code, config, id }) => {
			const mermaid = (
				globalThis as unknown as {
					mermaid: {
						initialize(c: unknown): void;
						render(id: string, code: string): Promise<{ svg: string }>;
					};
				}
			).mermaid;
			mermaid.initialize(config);
			return (await mermaid.render(id, code)).svg;
		},
		{ code, config: mermaidConfig(), id }
	);
	return { svg: leanSvg(svg) };
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
			return withTimeout(state, page, code, renderOnce(page, code, base));
		});
		state.queue = pending.catch(() => undefined);
		state.cache.set(code, pending);
	}
	const rendered = await pending;
	// Arrowheads and the accessible title are found by id, so each copy on a site gets its own.
	const instance = `${base}-${state.rendered++}`;
	return { svg: rendered.svg.replaceAll(base, instance) };
}
