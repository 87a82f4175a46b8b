import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	ipPlanChanges,
	ipPlanDefaults,
	ipPlanPage,
	parseIpPlanQuery,
	serialiseIpPlanQuery,
} from '../../../src/lib';

describe('the IP plan calculator’s address', () => {
	test.each([
		[{}, '/tools/ip-plan/'],
		[{ nodes: 50 }, '/tools/ip-plan/?nodes=50'],
		[{ nodes: '50' }, '/tools/ip-plan/?nodes=50'],
		[
			{ tunnel: false, blockSize: 27, podsPerNode: 30, nodes: 50, poolCidr: '10.0.0.0/21' },
			'/tools/ip-plan/?pool=10.0.0.0/21&nodes=50&pods-per-node=30&block-size=27&tunnel=no',
		],
		[{ poolCidr: 'fd00:10::/48', tunnel: true }, '/tools/ip-plan/?pool=fd00:10::/48&tunnel=yes'],
		[{ nodes: 50, blockSize: '', podsPerNode: '  ' }, '/tools/ip-plan/?nodes=50'],
	] as const)('for %o is %s: settings in a fixed order, blank ones left out', (input, href) => {
		expect(ipPlanPage(input)).toBe(href);
	});

	test('reads back what it wrote', () => {
		const fields = {
			poolCidr: '10.0.0.0/21',
			nodes: '50',
			podsPerNode: '30',
			blockSize: '27',
			tunnel: false,
		};
		expect(parseIpPlanQuery(ipPlanPage(fields))).toEqual({ fields, ignored: [] });
	});

	test('carries only the settings a reader changed from the defaults', () => {
		expect(ipPlanChanges({ ...ipPlanDefaults, nodes: '50' })).toEqual({ nodes: '50' });
		expect(ipPlanChanges(ipPlanDefaults)).toEqual({});
	});
});

describe('reading the IP plan calculator’s settings from an address', () => {
	test.each([
		['a bare query', 'nodes=50', { nodes: '50' }],
		['a query with ?', '?nodes=50&tunnel=no', { nodes: '50', tunnel: false }],
		[
			'a whole URL with a fragment',
			'https://example.org/tools/ip-plan/?nodes=50#x',
			{ nodes: '50' },
		],
		['an escaped slash', '?pool=10.0.0.0%2F21', { poolCidr: '10.0.0.0/21' }],
		['spaces and capitals', '?nodes=%2050%20&tunnel=YES', { nodes: '50', tunnel: true }],
		['no query at all', '', {}],
	])('%s', (_, query, fields) => {
		expect(parseIpPlanQuery(query)).toEqual({ fields, ignored: [] });
	});

	test.each([
		[
			'an unknown setting',
			'?colour=blue',
			'"colour" is not a setting of the IP plan calculator. Known settings: pool, nodes, pods-per-node, block-size, tunnel, windows-nodes.',
		],
		[
			'a node count in letters',
			'?nodes=many',
			'nodes: The number of nodes must be a whole number from 1 to 1000000 (got "many").',
		],
		[
			'a negative node count',
			'?nodes=-5',
			'nodes: The number of nodes must be a whole number from 1 to 1000000 (got -5).',
		],
		[
			'an empty node count',
			'?nodes=',
			'nodes: The number of nodes is empty: enter a whole number from 1 to 1000000.',
		],
		[
			'a pool with host bits',
			'?pool=192.168.1.0/16',
			'pool: "192.168.1.0/16" has host bits set after the /16. Did you mean 192.168.0.0/16?',
		],
		[
			'a block size out of range',
			'?block-size=19',
			'block-size: The block size must be a prefix length from /20 to /32 for IPv4 (got 19).',
		],
		[
			'a block larger than the pool the address gives',
			'?pool=10.0.0.0/24&block-size=22',
			'block-size: A /22 block is larger than the /24 pool. Choose a block size of /24 or longer, or a larger pool.',
		],
		[
			'a tunnel that is neither yes nor no',
			'?tunnel=maybe',
			'tunnel takes yes or no, not "maybe".',
		],
		[
			'a setting given twice',
			'?nodes=5&nodes=6',
			'"nodes" appears more than once; only the first value is used.',
		],
	])('ignores %s with a reason a reader can act on', (_, query, reason) => {
		expect(parseIpPlanQuery(query).ignored.map((i) => i.reason)).toEqual([reason]);
	});

	test('keeps the usable settings when others are ignored', () => {
		expect(parseIpPlanQuery('?nodes=50&pods-per-node=lots&colour=blue').fields).toEqual({
			nodes: '50',
		});
	});

	test('checks the block size against the default pool when the address’s pool is unusable', () => {
		const state = parseIpPlanQuery('?pool=banana&block-size=24');
		expect(state.fields).toEqual({ blockSize: '24' });
		expect(state.ignored.map((i) => i.param)).toEqual(['pool']);
	});

	test('never throws, whatever the query', () => {
		fc.assert(
			fc.property(fc.string(), (query) => {
				const state = parseIpPlanQuery(query);
				for (const i of state.ignored) expect(i.reason.length).toBeGreaterThan(10);
			})
		);
		fc.assert(
			fc.property(
				fc.dictionary(
					fc.constantFrom('pool', 'nodes', 'pods-per-node', 'block-size', 'tunnel', 'x'),
					fc.string()
				),
				(params) => {
					expect(() => parseIpPlanQuery(new URLSearchParams(params))).not.toThrow();
				}
			)
		);
	});

	test('writing and reading back gives the same settings, for any numbers a reader could type', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 1_000_000 }),
				fc.integer({ min: 1, max: 100_000 }),
				fc.integer({ min: 20, max: 32 }),
				fc.boolean(),
				(nodes, podsPerNode, blockSize, tunnel) => {
					const input = { poolCidr: '10.0.0.0/8', nodes, podsPerNode, blockSize, tunnel };
					expect(parseIpPlanQuery(serialiseIpPlanQuery(input))).toEqual({
						fields: {
							poolCidr: '10.0.0.0/8',
							nodes: String(nodes),
							podsPerNode: String(podsPerNode),
							blockSize: String(blockSize),
							tunnel,
						},
						ignored: [],
					});
				}
			)
		);
	});
});

describe('the Windows nodes setting in the IP plan address', () => {
	test.each([
		{ query: '?windows-nodes=4', fields: { windowsNodes: '4' }, ignored: 0 },
		{ query: '?nodes=3&windows-nodes=4', fields: { nodes: '3' }, ignored: 1 },
		{ query: '?windows-nodes=two', fields: {}, ignored: 1 },
	])('$query reads as $fields', ({ query, fields, ignored }) => {
		const parsed = parseIpPlanQuery(query);
		expect(parsed.fields).toEqual(fields);
		expect(parsed.ignored).toHaveLength(ignored);
	});

	test('a changed Windows count goes into the address', () => {
		expect(ipPlanPage(ipPlanChanges({ ...ipPlanDefaults, windowsNodes: '5' }))).toBe(
			'/tools/ip-plan/?windows-nodes=5'
		);
	});
});
