import type { ClientDirective } from 'astro';

/** Events that show a reader is reaching for the widget (or has already changed it). */
const signs = ['pointerover', 'pointerdown', 'touchstart', 'focusin', 'keydown', 'input', 'change'];

/**
 * `client:intent`: hydrates an island on the reader's first sign of using it (pointer over it, focus,
 * touch, a key, a change), and at once when the address carries settings the server could not render.
 * A choice made in the moment before it wakes stays in the page, and the widget reads it on hydrating.
 */
const hydrateOnIntent: ClientDirective = (load, _options, el) => {
	let started = false;
	const start = async () => {
		if (started) return;
		started = true;
		for (const type of signs) el.removeEventListener(type, start, true);
		const hydrate = await load();
		await hydrate();
	};
	if (location.search || location.hash) return void start();
	for (const type of signs) el.addEventListener(type, start, { capture: true, passive: true });
};

export default hydrateOnIntent;
