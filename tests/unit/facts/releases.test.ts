import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
	facts,
	has,
	newestRelease,
	readRelease,
	releaseOf,
	releaseText,
	releases,
	since,
	supportedMinors,
	type ReleaseFeature,
} from '../../../src/lib/facts';
import { sources } from '../../../src/lib/facts/sources';

describe('the releases', () => {
	test('are listed oldest first, each once, and the newest is the last', () => {
		const minors = releases.map((r) => r.minor);
		expect(new Set(minors).size).toBe(minors.length);
		const ordered = [...minors].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
		expect(minors).toEqual(ordered);
		expect(newestRelease).toBe(releases.at(-1));
	});

	test.each(releases.map((r) => ({ r })))(
		'$r.minor: its patch and operator tags are tags of that release line',
		({ r }) => {
			expect(r.patch).toMatch(new RegExp(`^v${r.minor.replace('.', '\\.')}\\.\\d+$`));
			expect(r.operator).toMatch(/^v1\.\d+\.\d+$/);
		}
	);
});

describe('since() names the first release with a feature', () => {
	test.each<{ feature: ReleaseFeature; minor: string }>([
		{ feature: 'programClusterRoutes', minor: '3.31' },
		{ feature: 'clusterRoutingMode', minor: '3.32' },
		{ feature: 'unencapsulatedRoutesByFelix', minor: '3.32' },
		{ feature: 'ipipRoutesByFelixDefault', minor: '3.33' },
	])('$feature arrived in Calico $minor', ({ feature, minor }) => {
		expect(since(feature).minor).toBe(minor);
	});

	test('an unknown feature is an error naming the releases', () => {
		expect(() => since('teleportation' as ReleaseFeature)).toThrow(/3\.31, 3\.32, 3\.33/);
	});
});

describe('a release has the features of its own and every earlier release', () => {
	test.each([
		{ minor: '3.31', feature: 'programClusterRoutes', has: true },
		{ minor: '3.31', feature: 'clusterRoutingMode', has: false },
		{ minor: '3.32', feature: 'programClusterRoutes', has: true },
		{ minor: '3.32', feature: 'ipipRoutesByFelixDefault', has: false },
		{ minor: '3.33', feature: 'clusterRoutingMode', has: true },
		{ minor: '3.33', feature: 'ipipRoutesByFelixDefault', has: true },
	] as const)('Calico $minor has $feature: $has', ({ minor, feature, has: expected }) => {
		expect(has(releaseOf(minor), feature)).toBe(expected);
	});
});

describe('a Calico version a reader or a link gives', () => {
	test('the guide answers for 3.31, 3.32 and 3.33, the newest by default', () => {
		expect(supportedMinors).toEqual(['3.31', '3.32', '3.33']);
		expect(newestRelease.minor).toBe('3.33');
		expect(readRelease(undefined)).toEqual({ ok: true, release: newestRelease });
		expect(readRelease('  ')).toEqual({ ok: true, release: newestRelease });
	});

	test.each(['3.32', 'v3.32', '3.32.0', 'v3.32.1', ' 3.32 '])(
		'“%s” reads as Calico 3.32',
		(text) => {
			expect(readRelease(text)).toEqual({ ok: true, release: releaseOf('3.32') });
		}
	);

	test.each(['3.30', '3.34', 'latest', '3', '3.32.1.4', 'v3.3x'])(
		'“%s” is refused with the versions the guide answers for',
		(text) => {
			const read = readRelease(text);
			expect(read.ok).toBe(false);
			if (!read.ok)
				expect(read.message).toMatch(/choose 3\.31, 3\.32, 3\.33 \(for example \?calico=3\.33\)/);
		}
	);
});

describe('a release as a sentence names it', () => {
	const r = releases.find((release) => release.minor === '3.32')!;
	test.each([
		{ part: 'minor', text: '3.32' },
		{ part: 'patch', text: 'v3.32.1' },
		{ part: 'operator-minor', text: '1.42' },
	] as const)('its $part is $text', ({ part, text }) => {
		expect(releaseText(r, part)).toBe(text);
	});
});

describe('the facts and sources that name a release read it from the releases', () => {
	test('the version the guide is written for, and its patch, are the newest release’s', () => {
		expect(facts.calicoVersion.value).toBe(newestRelease.minor);
		expect(facts.calicoPatchRelease.value).toBe(newestRelease.patch);
		expect(sources.calicoRelease.url).toContain(`/tag/${newestRelease.patch}`);
	});

	test('every link into projectcalico/calico or tigera/operator is pinned to a tag or release branch the guide lists', () => {
		const pins = new Set(
			releases.flatMap((r) => [
				r.patch,
				r.branch,
				r.operator,
				`release-v${releaseText(r, 'operator-minor')}`,
				// The first patch of 3.31, where the 3.31 field's wording was read.
				'v3.31.0',
			])
		);
		const unpinned = Object.values(sources)
			.map((source) => source.url)
			.filter((url) => /github\.com\/(projectcalico\/calico|tigera\/operator)\/blob\//.test(url))
			.filter((url) => !pins.has(url.split('/blob/')[1]!.split('/')[0]!));
		expect(unpinned).toEqual([]);
	});

	test('the “since” facts are the releases that added the features', () => {
		expect(facts.programClusterRoutesSince.value).toBe(since('programClusterRoutes').minor);
		expect(facts.clusterRoutingModeSince.value).toBe(since('clusterRoutingMode').minor);
		expect(facts.unencapsulatedRoutesByFelixSince.value).toBe(
			since('unencapsulatedRoutesByFelix').minor
		);
		expect(facts.ipipWithoutBgpSince.value).toBe(since('ipipRoutesByFelixDefault').minor);
	});
});

/** Every page source under src/content. */
function pageFiles(dir = new URL('../../../src/content/', import.meta.url).pathname): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return pageFiles(path);
		return /\.mdx?$/.test(entry.name) ? [path] : [];
	});
}

test('no page types a Calico or operator version: pages read it with <CalicoVersion />', () => {
	const typed =
		/\b(?:Calico|operator|releases?|before|since|from|in)\s+v?[1-3]\.\d{2}(?:\.\d+)?\b/gi;
	const found = pageFiles().flatMap((file) =>
		[...readFileSync(file, 'utf8').matchAll(typed)].map((m) => `${file}: “${m[0]}”`)
	);
	expect(found).toEqual([]);
});
