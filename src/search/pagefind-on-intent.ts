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
				new Real(options);
				const dialog = document.querySelector<HTMLDialogElement>('site-search dialog');
				if (dialog?.open) document.querySelector<HTMLInputElement>(`${options.element} input`)?.focus();
			});
		};
		const button = document.querySelector('site-search button[data-open-modal]');
		for (const event of ['pointerenter', 'focus', 'touchstart', 'click'])
			button?.addEventListener(event, start, { once: true, passive: true });
		window.addEventListener('keydown', (e) => {
			if ((e.metaKey || e.ctrlKey) && e.key.toLowerCase() === 'k') start();
		});
	}
}
