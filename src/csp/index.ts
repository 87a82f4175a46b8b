// A strict Content Security Policy for the static site, written after the build: every page gets a
// meta tag listing the hashes of its own inline scripts, and `_headers` sends the same policy (with
// every page's hashes, and the directives a meta tag cannot carry) from hosts that read that file.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, inlineScripts, scriptHash, withPolicyMeta } from './policy';

/** Every HTML file under a directory. */
function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) return htmlFiles(full);
		return name.endsWith('.html') ? [full] : [];
	});
}

/** Adds the policy to every built page and writes `_headers`; list it before integrations that open the built pages. */
export default function contentSecurityPolicy(): AstroIntegration {
	return {
		name: 'calico-guide-csp',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const hashes = new Set<string>();
				const files = htmlFiles(root);
				for (const file of files) {
					const html = readFileSync(file, 'utf8');
					for (const script of inlineScripts(html)) hashes.add(scriptHash(script));
					writeFileSync(file, withPolicyMeta(html));
				}
				writeFileSync(join(root, '_headers'), headersFile(hashes));
				logger.info(
					`Content Security Policy on ${files.length} pages (${hashes.size} inline scripts allowed by hash), and in _headers.`
				);
			},
		},
	};
}
