import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import {
	headersFile,
	inlineScripts,
	policy,
	scriptHash,
	withPolicyMeta,
} from '../../../src/csp/policy';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('which inline scripts a page runs', () => {
	const cases: [string, string, string[]][] = [
		['a plain inline script counts', '<script>a()</script>', ['a()']],
		['an inline module counts', '<script type="module">b()</script>', ['b()']],
		['a script loaded from a file does not', '<script type="module" src="/x.js"></script>', []],
		['a JSON data block does not', '<script type="application/json">{"a":1}</script>', []],
		[
			'several are found in order, attributes and all',
			'<script aria-hidden="true">c()</script><p></p><script>\nd()\n</script>',
			['c()', '\nd()\n'],
		],
	];
	test.each(cases)('%s', (_, html, scripts) => {
		expect(inlineScripts(html)).toEqual(scripts);
	});
});

describe('the policy', () => {
	test('allows an inline script by the SHA-256 of its exact text', () => {
		expect(scriptHash('a()')).toBe(sha('a()'));
		expect(scriptHash('a() ')).not.toBe(sha('a()'));
	});

	test('never allows inline scripts wholesale', () => {
		const scripts = policy([sha('a()')]).find((d) => d.startsWith('script-src'))!;
		expect(scripts).not.toContain("'unsafe-inline'");
		expect(scripts).toContain(sha('a()'));
		expect(scripts).toContain("'self'");
	});

	test('goes first in the head, with the hashes of that page’s scripts only', () => {
		const html = withPolicyMeta(
			'<!doctype html><html><head><meta charset="utf-8"><script>a()</script></head><body><script>b()</script></body></html>'
		);
		expect(html).toMatch(/^<!doctype html><html><head><meta http-equiv="content-security-policy"/);
		expect(html).toContain(sha('a()'));
		expect(html).toContain(sha('b()'));
		expect(html).not.toContain(sha('c()'));
		// A meta tag cannot carry frame-ancestors; browsers warn about it there.
		expect(html).not.toContain('frame-ancestors');
	});

	test('says what is wrong with a page it cannot protect', () => {
		expect(() => withPolicyMeta('<p>no head</p>')).toThrow(/no <head>/);
		expect(() =>
			withPolicyMeta('<head><meta http-equiv="content-security-policy" content="x"></head>')
		).toThrow(/already has/);
	});

	test('_headers sends it for every path, with every page’s hashes and frame-ancestors', () => {
		const file = headersFile([sha('a()'), sha('b()')]);
		expect(file.split('\n')[0]).toBe('/*');
		expect(file).toContain(sha('a()'));
		expect(file).toContain(sha('b()'));
		expect(file).toContain("frame-ancestors 'none'");
	});
});
