import { createHash } from 'node:crypto';

/** Script types a browser executes; JSON data blocks and templates are not scripts to allow. */
const executable = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** The text of every inline script of a page that a browser would run. */
export function inlineScripts(html: string): string[] {
	const scripts: string[] = [];
	for (const [, attributes = '', body = ''] of html.matchAll(
		/<script\b([^>]*)>([\s\S]*?)<\/script>/gi
	)) {
		if (/\ssrc\s*=/i.test(attributes)) continue;
		const type = attributes.match(/\stype\s*=\s*["']?([^"'\s>]+)/i)?.[1]?.toLowerCase() ?? '';
		if (executable.has(type)) scripts.push(body);
	}
	return scripts;
}

/** The CSP source expression that allows one inline script, by the SHA-256 of its exact text. */
export function scriptHash(script: string): string {
	return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

/**
 * The site's policy: everything from the site itself; scripts only from files on the site or inline
 * ones whose hash is listed (never 'unsafe-inline'); WebAssembly for the search index; inline styles
 * allowed (Starlight and the widgets set style attributes, which cannot be hashed).
 */
export function policy(hashes: Iterable<string>): string[] {
	return [
		"default-src 'self'",
		['script-src', "'self'", "'wasm-unsafe-eval'", ...[...new Set(hashes)].sort()].join(' '),
		"style-src 'self' 'unsafe-inline'",
		"img-src 'self' data:",
		"font-src 'self'",
		"connect-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
	];
}

/** Directives a meta tag cannot carry, so they go in the HTTP header only. */
export const headerOnly = ["frame-ancestors 'none'"];

/** The page with its policy as the first element of its head, so it covers every script after it. */
export function withPolicyMeta(html: string): string {
	const content = policy(inlineScripts(html).map(scriptHash)).join('; ');
	const meta = `<meta http-equiv="content-security-policy" content="${content}">`;
	if (/<meta http-equiv="content-security-policy"/i.test(html))
		throw new Error('The page already has a Content-Security-Policy meta tag.');
	const head = html.match(/<head[^>]*>/i);
	if (!head || head.index === undefined)
		throw new Error('The page has no <head>, so it cannot carry its policy.');
	const at = head.index + head[0].length;
	return html.slice(0, at) + meta + html.slice(at);
}

/** A `_headers` file (Netlify, Cloudflare Pages) sending the policy, with every page's inline-script hashes, and a few safe defaults. */
export function headersFile(hashes: Iterable<string>): string {
	return [
		'/*',
		`  Content-Security-Policy: ${[...policy(hashes), ...headerOnly].join('; ')}`,
		'  X-Content-Type-Options: nosniff',
		'  Referrer-Policy: strict-origin-when-cross-origin',
		'',
	].join('\n');
}
