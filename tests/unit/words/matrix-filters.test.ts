import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	comparisonRows,
	environmentIds,
	ignoredLine,
	matchSummary,
	matchesFilters,
	parseComparisonQuery,
	propertyFilterIds,
	serialiseComparisonQuery,
	traitAttributes,
	traitsFromDataset,
	type ComparisonFilters,
	type ComparisonTraits,
} from '../../../src/lib';

const rows = comparisonRows();
const matching = (filters: ComparisonFilters) =>
	rows.filter((row) => matchesFilters(row.traits, filters)).map((row) => row.option.id);

describe('reading the comparison filters from the URL', () => {
	test.each([
		['an environment', '?env=aws', { env: 'aws' }],
		['a property', 'windows=yes', { windows: 'yes' }],
		[
			'every filter at once',
			'env=on-prem&routable=no&wrapped=yes&needs-bgp=no&windows=no&ipv6=yes',
			{
				env: 'on-prem',
				routable: 'no',
				wrapped: 'yes',
				'needs-bgp': 'no',
				windows: 'no',
				ipv6: 'yes',
			},
		],
		[
			'values in any case and with spaces around them',
			'env=AWS&ipv6=%20Yes',
			{ env: 'aws', ipv6: 'yes' },
		],
		[
			'a whole URL, ignoring its fragment',
			'https://example.test/tools/compare/?env=azure#top',
			{ env: 'azure' },
		],
		['nothing from an empty query', '', {}],
	] as const)('reads %s', (_, query, filters) => {
		expect(parseComparisonQuery(query)).toEqual({ filters, ignored: [] });
	});

	test.each([
		[
			'an unknown environment',
			'env=mars',
			'"mars" is not an environment. Use one of: on-prem, aws, azure, google-cloud, ibm-cloud, oracle-cloud, digitalocean, hetzner, openstack, vsphere, laptop, other.',
		],
		[
			'an empty environment',
			'env=',
			'env is empty; leave it out for every environment. Use one of: on-prem, aws, azure, google-cloud, ibm-cloud, oracle-cloud, digitalocean, hetzner, openstack, vsphere, laptop, other.',
		],
		[
			'an unknown parameter',
			'colour=blue',
			'"colour" is not a filter of this table. Filters: env, routable, wrapped, needs-bgp, windows, ipv6.',
		],
		[
			'the recommender’s bgp, with the filter it probably meant',
			'bgp=yes',
			'"bgp" is not a filter of this table. Did you mean needs-bgp? Filters: env, routable, wrapped, needs-bgp, windows, ipv6.',
		],
		[
			'a value other than yes or no',
			'windows=maybe',
			'windows takes yes or no, not "maybe"; leave it out to show both.',
		],
		[
			'an empty value',
			'ipv6=',
			'ipv6 takes yes or no, not an empty value; leave it out to show both.',
		],
		[
			'a repeated parameter',
			'routable=yes&routable=no',
			'"routable" appears more than once; only the first value is used.',
		],
	])('reports %s as not used, with a reason a reader can act on', (_, query, reason) => {
		const { ignored } = parseComparisonQuery(query);
		expect(ignored.map((i) => i.reason)).toEqual([reason]);
	});

	test('keeps the filters it can use beside the ones it reports', () => {
		expect(parseComparisonQuery('env=mars&windows=yes')).toEqual({
			filters: { windows: 'yes' },
			ignored: [expect.objectContaining({ param: 'env', value: 'mars' })],
		});
	});

	test('never throws, and every parameter is either used or reported', () => {
		const key = fc.oneof(fc.constantFrom('env', ...propertyFilterIds, 'bgp'), fc.string());
		const value = fc.oneof(fc.constantFrom('yes', 'no', 'aws', 'YES', ''), fc.string());
		fc.assert(
			fc.property(fc.array(fc.tuple(key, value), { maxLength: 8 }), (pairs) => {
				const params = new URLSearchParams(pairs);
				const { filters, ignored } = parseComparisonQuery(params);
				expect(Object.keys(filters).length + ignored.length).toBe([...params].length);
			})
		);
		fc.assert(
			fc.property(fc.string({ unit: 'binary' }), (query) => {
				expect(() => parseComparisonQuery(query)).not.toThrow();
			})
		);
	});
});

describe('writing the comparison filters to the URL', () => {
	test('writes the environment first, then the properties in column order, leaving out the ones not set', () => {
		expect(serialiseComparisonQuery({ ipv6: 'no', env: 'google-cloud', routable: 'yes' })).toBe(
			'env=google-cloud&routable=yes&ipv6=no'
		);
	});

	test('writes nothing when no filter is set', () => {
		expect(serialiseComparisonQuery({})).toBe('');
	});

	test('reads back every combination of filters it writes', () => {
		const filters = fc.record(
			{
				env: fc.constantFrom(...environmentIds),
				...Object.fromEntries(propertyFilterIds.map((id) => [id, fc.constantFrom('yes', 'no')])),
			},
			{ requiredKeys: [] }
		) as fc.Arbitrary<ComparisonFilters>;
		fc.assert(
			fc.property(filters, (chosen) => {
				expect(parseComparisonQuery(serialiseComparisonQuery(chosen))).toEqual({
					filters: chosen,
					ignored: [],
				});
			})
		);
	});
});

describe('matching options against the filters', () => {
	test('shows every option when no filter is set', () => {
		expect(matching({})).toHaveLength(rows.length);
	});

	test.each([
		[
			'in an environment, only the options that environment lists',
			{ env: 'azure' },
			comparisonRows('azure').map((r) => r.option.id),
		],
		[
			'that need BGP in the newest release, only the options whose routes BGP carries, less IP-in-IP (Felix programs its routes from 3.33)',
			{ 'needs-bgp': 'yes' },
			rows
				.filter((r) => r.option.routes === 'BGP' && r.option.encapsulation.wrapper !== 'ipip')
				.map((r) => r.option.id),
		],
		[
			'that are routable, only options whose pod IPs the network reaches',
			{ routable: 'yes' },
			rows.filter((r) => r.option.routable).map((r) => r.option.id),
		],
		[
			'that never wrap, only options with no encapsulation',
			{ wrapped: 'no' },
			rows.filter((r) => r.option.encapsulation.scope === 'never').map((r) => r.option.id),
		],
	] as const)('%s', (_, filters, ids) => {
		expect(matching(filters)).toEqual(ids);
	});

	test('leaves out IP-in-IP for Windows nodes and for IPv6 pods', () => {
		for (const filters of [{ windows: 'yes' }, { ipv6: 'yes' }] as const) {
			expect(matching(filters)).not.toContain('calico-ipip');
			expect(matching(filters)).toContain('calico-vxlan');
		}
	});

	test('leaves out cross-subnet VXLAN for Windows nodes, but keeps it for IPv6 pods', () => {
		expect(matching({ windows: 'yes' })).not.toContain('calico-vxlan-cross-subnet');
		expect(matching({ ipv6: 'yes' })).toContain('calico-vxlan-cross-subnet');
	});

	test('needs every filter to hold: no wrapped option is routable', () => {
		expect(matching({ routable: 'yes', wrapped: 'yes' })).toEqual([]);
	});

	test('an option matches the same filters from its data attributes as from the catalog', () => {
		for (const row of rows) {
			const dataset = Object.fromEntries(
				Object.entries(traitAttributes(row.traits)).map(([name, value]) => [
					name.slice('data-'.length).replace(/-(\w)/g, (_, c: string) => c.toUpperCase()),
					value,
				])
			);
			expect(traitsFromDataset(dataset)).toEqual<ComparisonTraits>({
				...row.traits,
				environments: [...row.traits.environments],
			});
		}
	});

	test('reads missing data attributes as “no”, in no environment', () => {
		expect(traitsFromDataset({})).toEqual({
			environments: [],
			routable: false,
			wrapped: false,
			needsBgp: false,
			windows: false,
			ipv6: false,
		});
	});
});

describe('telling the reader how many options match', () => {
	test.each([
		[12, 12, {}, 'All 12 options shown.'],
		[
			5,
			12,
			{ env: 'aws', windows: 'yes' },
			'5 of 12 options match: AWS, works with Windows nodes.',
		],
		[
			1,
			12,
			{ 'needs-bgp': 'no', ipv6: 'no' },
			'1 of 12 options matches: no BGP, not with IPv6 pods.',
		],
		[
			0,
			12,
			{ routable: 'yes', wrapped: 'yes' },
			'No option matches: pod IPs routable, wraps packets.',
		],
	] as const)(
		'with %i of %i matching and filters %o, says “%s”',
		(count, total, filters, words) => {
			expect(matchSummary(count, total, filters)).toBe(words);
		}
	);
});

describe('listing the parameters the table did not use', () => {
	test('shows the parameter as written, then the reason after a colon', () => {
		expect(ignoredLine({ param: 'bgp', value: 'yes', reason: 'Not a filter.' })).toEqual({
			code: 'bgp=yes',
			text: ': Not a filter.',
		});
	});

	test('keeps an empty value visible as a bare equals sign', () => {
		const [empty] = parseComparisonQuery('env=').ignored;
		expect(ignoredLine(empty!).code).toBe('env=');
	});
});
