// Lets components be given the site's own directive; see intent.ts.
declare module 'astro' {
	interface AstroClientDirectives {
		'client:intent'?: boolean;
	}
}
export {};
