import { describe, expect, test } from 'vitest';
import { guideChanges } from '../../../src/lib/words/changes';
import { changesAtom } from '../../../src/lib/words/changes-feed';

describe('the changes to the guide’s advice', () => {
	test('are listed newest first, each with a unique id and a real date', () => {
		const dates = guideChanges.map((change) => change.date);
		expect(dates).toEqual([...dates].sort().reverse());
		expect(new Set(guideChanges.map((c) => c.id)).size).toBe(guideChanges.length);
		for (const date of dates) expect(Number.isNaN(Date.parse(date))).toBe(false);
	});

	test.each(guideChanges.map((change) => ({ change })))(
		'$change.id says what it said, what it says now, why, and cites sources',
		({ change }) => {
			expect(change.before).not.toBe(change.now);
			expect(change.why.length).toBeGreaterThan(20);
			expect(change.sources.length).toBeGreaterThan(0);
			for (const source of change.sources) expect(source.url).toMatch(/^https:\/\//);
		}
	);

	test('include this release’s changes: IP-in-IP without BGP from 3.33, and the 3.31 route fix', () => {
		const ids = guideChanges.map((c) => c.id);
		expect(ids).toEqual(expect.arrayContaining(['ipip-without-bgp', 'felix-routes-331']));
	});
});

describe('the Atom feed of the changes', () => {
	const feed = changesAtom('https://guide.example/');

	test('has one entry per change, each with a tag URI, a date-time and a link to the page', () => {
		expect(
			feed.startsWith(
				'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"'
			)
		).toBe(true);
		expect(feed.match(/<entry>/g)).toHaveLength(guideChanges.length);
		for (const change of guideChanges) {
			expect(feed).toContain(`<id>tag:calico-networking-guide,${change.date}:${change.id}</id>`);
			expect(feed).toContain(`href="https://guide.example/changes/#${change.id}"`);
		}
		expect(feed).toContain(`<updated>${guideChanges[0]!.date}T00:00:00Z</updated>`);
	});

	test('escapes the text it carries', () => {
		expect(feed).not.toMatch(/<summary>[^<]*[<>][^<]*<\/summary>/);
		expect(changesAtom('/a&b/')).toContain('xml:base="/a&amp;b/"');
	});
});
