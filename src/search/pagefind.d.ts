/** The file of Pagefind's UI that src/search/pagefind-on-intent.ts loads (the package ships no types). */
declare module '@pagefind/default-ui/npm_dist/mjs/ui-core.mjs' {
	/** Pagefind's search UI, built into the element its options name. */
	export class PagefindUI {
		constructor(options: Record<string, unknown>);
	}
}
