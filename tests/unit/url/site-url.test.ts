import { describe, expect, test } from 'vitest';
import { pageAddress, siteUrlFrom } from '../../../src/lib/url/site-url';

describe('the site address comes from SITE_URL, or there is none', () => {
	test.each([
		{ given: undefined, address: undefined },
		{ given: '', address: undefined },
		{ given: '   ', address: undefined },
		{ given: 'https://calico.docs.acme.com', address: 'https://calico.docs.acme.com/' },
		{ given: ' https://calico.docs.acme.com/ ', address: 'https://calico.docs.acme.com/' },
		{ given: 'http://localhost:4321', address: 'http://localhost:4321/' },
	])('SITE_URL=$given gives $address', ({ given, address }) => {
		expect(siteUrlFrom({ SITE_URL: given })).toBe(address);
	});

	test.each([
		{ given: 'calico.docs.acme.com', says: 'is not an absolute URL (got "calico.docs.acme.com")' },
		{ given: '/guide/', says: 'is not an absolute URL' },
		{ given: 'ftp://calico.docs.acme.com/', says: 'must use http or https (got "ftp"' },
		{
			given: 'https://calico.docs.acme.com/?x=1',
			says: 'without a query, fragment or credentials',
		},
		{ given: 'https://calico.docs.acme.com/guide/', says: 'would miss "/guide/"' },
	])('SITE_URL=$given fails the build and says how to fix it', ({ given, says }) => {
		expect(() => siteUrlFrom({ SITE_URL: given })).toThrow(says);
		expect(() => siteUrlFrom({ SITE_URL: given })).toThrow(/Set SITE_URL to|Serve the site/);
	});
});

describe('a printed page names its address', () => {
	test.each([
		{
			site: 'https://calico.docs.acme.com/',
			shown: 'https://calico.docs.acme.com/environments/aws/',
		},
		{ site: undefined, shown: '/environments/aws/' },
	])('with site $site the footer shows $shown', ({ site, shown }) => {
		expect(pageAddress('/environments/aws/', site)).toBe(shown);
	});
});
