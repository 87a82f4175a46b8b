import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Adds the site's own hydration directive, `client:intent` (src/directives/intent.ts). */
export default function hydrationDirectives(): AstroIntegration {
	return {
		name: 'calico-guide-directives',
		hooks: {
			'astro:config:setup': ({ addClientDirective }) => {
				addClientDirective({
					name: 'intent',
					entrypoint: fileURLToPath(new URL('./intent.ts', import.meta.url)),
				});
			},
		},
	};
}
