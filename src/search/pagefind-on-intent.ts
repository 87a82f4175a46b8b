/**
 * Stands in for `@pagefind/default-ui` (astro.config.mjs aliases the package here): Starlight builds the
 * search UI when the page goes idle, which fetches about 26 KB of script on every page whether or not the
 * reader searches. This builds the real UI only on a sign of intent: the pointer over the search button,
 * focus on it, a touch, or Ctrl/Cmd+K. Loading takes a few milliseconds from cache, well before a reader
 * can type; the dialog's input is focused once it exists. The no-results hint's words load with it, not with
 * the page: they name the environments and sources, which would otherwise ride on every page.
 */
import type { HintLink, searchHint as SearchHint } from '../lib/words/search-hint';

type Options = Record<string, unknown> & { element: string };

/** Pagefind's UI, built on the reader's first sign of wanting to search. */
export class PagefindUI {
	constructor(options: Options) {
		let started = false;
		const start = () => {
			if (started) return;
			started = true;
			void Promise.all([
				import('@pagefind/default-ui/npm_dist/mjs/ui-core.mjs'),
				import('../lib/words/search-hint'),
			]).then(([{ PagefindUI: Real }, { searchHint }]) => {
				// Read before the UI starts: it takes the element out of the options it is given.
				const element = options.element;
				new Real(options);
				focusWhenReady(element);
				hintWhenNothingFound(element, searchHint);
			});
		};
		const button = document.querySelector('site-search button[data-open-modal]');
		for (const event of ['pointerenter', 'focus', 'touchstart', 'click'])
			button?.addEventListener(event, start, { once: true, passive: true });
		window.addEventListener('keydown', (e) => {
			if ((e.metaKey || e.ctrlKey) && e.key.toLowerCase() === 'k') start();
		});
		// A reader who opened the dialog before the page went idle is already searching.
		if (dialog()?.open) start();
	}
}

const dialog = () => document.querySelector<HTMLDialogElement>('site-search dialog');

/**
 * Puts the caret in the search box once the UI has drawn it (it draws after loading its own index, which can
 * take a second), if the dialog is still open. Stops watching after ten seconds.
 */
function focusWhenReady(element: string) {
	const root = document.querySelector(element);
	if (!root) return;
	const focus = () => {
		const input = root.querySelector('input');
		if (!input) return false;
		if (dialog()?.open && document.activeElement !== input) input.focus();
		return true;
	};
	if (focus()) return;
	const observer = new MutationObserver(() => focus() && observer.disconnect());
	observer.observe(root, { childList: true, subtree: true });
	setTimeout(() => observer.disconnect(), 10_000);
}

/** A link element for the hint. */
function anchor({ text, href }: HintLink): HTMLAnchorElement {
	const a = document.createElement('a');
	a.href = href;
	a.textContent = text;
	return a;
}

/** The hint's paragraphs and list for a term (src/lib/words/search-hint.ts holds the words). */
function hintFor(term: string, searchHint: typeof SearchHint): HTMLElement {
	const hint = searchHint(term);
	const box = document.createElement('div');
	box.dataset.searchHint = term;
	const paragraph = (...parts: (string | Node)[]) => {
		const p = document.createElement('p');
		// Pagefind's own class, so the hint reads like the message above it.
		p.className = 'pagefind-ui__message';
		p.append(...parts);
		box.append(p);
	};
	if (hint.notCovered && hint.instead) paragraph(`${hint.notCovered} `, anchor(hint.instead), '.');
	paragraph(hint.lead);
	const list = document.createElement('ul');
	for (const link of hint.covers) {
		const item = document.createElement('li');
		item.append(anchor(link));
		list.append(item);
	}
	box.append(list);
	return box;
}

/**
 * Under Pagefind's "No results" message, says what the guide does not cover (when the term names a platform or
 * task it has no page for) and lists what it does, so a search for a task ends somewhere useful. A term that names
 * such a topic gets the hint above its results too, since a page that merely mentions the word does not cover it.
 * Pagefind draws its results list only once a search has finished, so an empty list is a finished search that
 * found nothing.
 */
function hintWhenNothingFound(element: string, searchHint: typeof SearchHint) {
	const root = document.querySelector(element);
	if (!root) return;
	const update = () => {
		const results = root.querySelector('.pagefind-ui__results');
		const term = root.querySelector('input')?.value.trim() ?? '';
		const shown = root.querySelector<HTMLElement>('[data-search-hint]');
		if (results === null || term === '') return void shown?.remove();
		const nothing = results.children.length === 0;
		if (!nothing && !searchHint(term).notCovered) return void shown?.remove();
		const place = nothing ? 'after' : 'before';
		const sibling = nothing ? shown?.previousElementSibling : shown?.nextElementSibling;
		if (shown?.dataset.searchHint === term && shown.dataset.place === place && sibling === results)
			return;
		shown?.remove();
		const hint = hintFor(term, searchHint);
		hint.dataset.place = place;
		results[place](hint);
	};
	new MutationObserver(update).observe(root, { childList: true, subtree: true });
}
