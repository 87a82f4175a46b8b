import { describe, expect, test } from 'vitest';
import { decide } from '../../../src/lib/recommender/decide';
import { recommend, RecommenderInputError } from '../../../src/lib/recommender/recommend';
import { decisionRecord, recordHref } from '../../../src/lib/recommender/record';
import { generateConfig } from '../../../src/lib/config/generate';
import { configSheet } from '../../../src/lib/config/sheet';
import { facts, releaseOf, releases, type CalicoMinor } from '../../../src/lib/facts';
import type { Answers } from '../../../src/lib/catalog/questions';
import { validateInstallation } from '../../../src/lib/operator/validate';

const bgpBlocked: Answers = { bgp: 'no', l2: 'no', 'bgp-port': 'no' };
const bgpPort = `TCP port ${facts.bgpPort.value}`;

describe('the recommender answers for the Calico version the reader runs', () => {
	test.each([
		{ calico: '3.31', ipip: 'blocked' },
		{ calico: '3.32', ipip: 'blocked' },
		{ calico: '3.33', ipip: 'an alternative' },
	] as const)(
		'on-prem with TCP 179 blocked between nodes, Calico $calico: IP-in-IP cross-subnet is $ipip',
		({ calico, ipip }) => {
			const result = decide('on-prem', bgpBlocked, releaseOf(calico));
			expect(result.calico).toBe(calico);
			expect(result.pick).toBe('calico-vxlan-cross-subnet');
			const excluded = result.excluded.find((e) => e.option === 'calico-ipip-cross-subnet');
			if (ipip === 'blocked') {
				expect(excluded?.kind).toBe('blocked');
				expect(excluded?.blocker?.rule).toBe('bgp-port-blocked');
				expect(excluded?.reason).toContain(bgpPort);
				expect(result.alternatives).not.toContain('calico-ipip-cross-subnet');
			} else {
				expect(excluded).toBeUndefined();
				expect(result.alternatives).toContain('calico-ipip-cross-subnet');
			}
		}
	);

	test.each(releases.map((r) => ({ calico: r.minor })))(
		'on-prem on one segment with TCP 179 blocked, Calico $calico: the BGP mesh will not work in any release',
		({ calico }) => {
			const result = decide('on-prem', { l2: 'yes', 'bgp-port': 'no' }, releaseOf(calico));
			expect(result.pick).toBe('calico-vxlan-cross-subnet');
			expect(result.excluded.find((e) => e.option === 'calico-bgp-mesh')?.kind).toBe('blocked');
		}
	);

	test.each([
		{ calico: '3.32', needs: true },
		{ calico: '3.33', needs: false },
	] as const)(
		'IBM Cloud’s IP-in-IP pick on Calico $calico: the network must pass TCP 179 too: $needs',
		({ calico, needs }) => {
			const underlay = decide('ibm-cloud', { managed: 'no' }, releaseOf(calico)).underlay.join(' ');
			expect(underlay).toContain(`IP protocol ${facts.ipipProtocol.value}`);
			expect(underlay.includes(bgpPort)).toBe(needs);
			expect(underlay).toContain(`Calico ${calico}`);
		}
	);

	test('on-prem, a caution names TCP 179 when the reader is not sure the nodes can open BGP sessions', () => {
		const result = decide('on-prem', { l2: 'yes' }, releaseOf('3.33'));
		expect(result.pick).toBe('calico-bgp-mesh');
		expect(result.tradeoffs.join(' ')).toContain(`If your network blocks ${bgpPort}`);
	});

	test('recommend() takes the version as readers write it, and names the supported ones for any other', () => {
		expect(recommend('on-prem', bgpBlocked, 'v3.32.1').calico).toBe('3.32');
		expect(recommend('on-prem', bgpBlocked).calico).toBe('3.33');
		expect(() => recommend('on-prem', {}, '3.29')).toThrow(RecommenderInputError);
		expect(() => recommend('on-prem', {}, '3.29')).toThrow(/choose 3\.31, 3\.32, 3\.33/);
	});
});

describe('the configuration follows the version', () => {
	test.each([
		{ calico: '3.31', bgp: 'Enabled' },
		{ calico: '3.32', bgp: 'Enabled' },
		{ calico: '3.33', bgp: 'Disabled' },
	] as const)(
		'an IP-in-IP Installation for Calico $calico has bgp: $bgp, and that release’s operator accepts it',
		({ calico, bgp }) => {
			const release = releaseOf(calico);
			const config = generateConfig({ option: 'calico-ipip', release });
			if (!config.supported) throw new Error(config.reason);
			const installation = config.resources[0]!;
			expect(installation.spec.calicoNetwork?.bgp).toBe(bgp);
			expect(validateInstallation(installation, {}, release)).toEqual([]);
			expect(config.notes.some((note) => note.startsWith('BGP is off'))).toBe(bgp === 'Disabled');
		}
	);

	test.each(['3.32', '3.33'] as CalicoMinor[])(
		'the YAML header of a sheet for Calico %s says it is written for that release',
		(calico) => {
			const sheet = configSheet({
				option: 'calico-ipip-cross-subnet',
				env: 'on-prem',
				answers: bgpBlocked,
				date: '2026-12-03',
				link: 'https://example.org/recommend/',
				release: releaseOf(calico),
			});
			if (!sheet.supported) throw new Error(sheet.reason);
			expect(sheet.yaml).toContain(`# Written for Calico ${calico};`);
		}
	);
});

describe('the record keeps the version', () => {
	test('a record for Calico 3.32 says so and links back to the recommender with ?calico=3.32', () => {
		const record = decisionRecord(
			'on-prem',
			bgpBlocked,
			'2026-12-03',
			'https://example.org',
			releaseOf('3.32')
		);
		expect(record.calico).toBe('3.32');
		expect(record.link).toContain('calico=3.32');
		expect(record.blocked.map((b) => b.name)).toContain('Calico IP-in-IP, cross-subnet');
	});

	test('the record’s address carries the version only when it is not the newest', () => {
		expect(recordHref('on-prem', {}, '3.31')).toBe('/record/?env=on-prem&calico=3.31');
		expect(recordHref('on-prem', {}, '3.33')).toBe('/record/?env=on-prem');
	});
});
