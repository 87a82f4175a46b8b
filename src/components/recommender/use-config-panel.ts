import { useEffect, useRef, useState } from 'preact/hooks';

type Panel = typeof import('./ConfigPanel').ConfigPanel;

/**
 * The configuration panel, loaded at the first sign it is wanted: its slot (`slot`) nears the screen while
 * `waiting`, the page is about to print, or `load()` is called. It carries the generator, validator and address
 * parsing, the heaviest part of the recommender, so the page's first load goes without it.
 */
export function useConfigPanel(waiting: boolean) {
	const [ConfigPanel, setConfigPanel] = useState<Panel | null>(null);
	const slot = useRef<HTMLParagraphElement>(null);
	const loadConfig = useRef(() => {
		import('./ConfigPanel').then((m) => setConfigPanel(() => m.ConfigPanel));
		loadConfig.current = () => {};
	});
	// Printing wants the configuration on paper: start loading at the first sign of it.
	useEffect(() => {
		const print = matchMedia('print');
		const load = () => loadConfig.current();
		print.addEventListener('change', load);
		addEventListener('beforeprint', load);
		return () => {
			print.removeEventListener('change', load);
			removeEventListener('beforeprint', load);
		};
	}, []);
	useEffect(() => {
		const current = slot.current;
		if (!current) return;
		if (typeof IntersectionObserver === 'undefined') return loadConfig.current();
		const observer = new IntersectionObserver(
			(entries) => {
				if (entries.some((e) => e.isIntersecting)) loadConfig.current();
			},
			{ rootMargin: '400px' }
		);
		observer.observe(current);
		return () => observer.disconnect();
	}, [ConfigPanel === null && waiting]);
	return { ConfigPanel, slot, load: () => loadConfig.current() };
}
