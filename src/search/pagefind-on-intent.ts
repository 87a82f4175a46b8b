/**
 * Stands in for `@pagefind/default-ui` (astro.config.mjs aliases the package here): Starlight builds the
 * search UI when the page goes idle, which fetches about 26 KB of script on every page whether or not the
 * reader searches. This builds the real UI only on a sign of intent: the pointer over the search button,
 * focus on it, a touch, or Ctrl/Cmd+K. Loading takes a few milliseconds from cache, well before a reader
 * can type; the dialog's input is focused once it exists.
 */
type Options = Record<string, unknown> & { element: string };

/** Pagefind's UI, built on the reader's first sign of wanting to search. */
export class PagefindUI {
	constructor(options: Options) {
		let started = false;
		const start = () => {
			if (started) return;
			started = true;
			void import('@pagefind/default-ui/npm_dist/mjs/ui-core.mjs').then(({ PagefindUI: Real }) => {
				// Read before the UI starts: it takes the element out of the options it is given.
				const element = options.element;
				new Real(options);
				focusWhenReady(element);
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
