import { describe, expect, test } from 'vitest';
import {
	blockSizeFor,
	InputError,
	ipPlanWords,
	parseCidr,
	planAddresses,
	type IpPlanInput,
} from '../../../src/lib';

describe('the IP plan calculator', () => {
	test('the default pool holds 1024 blocks of /26, so 1024 nodes of up to 64 pods fit before borrowing', () => {
		const plan = planAddresses({ poolCidr: '192.168.0.0/16', nodes: 100, podsPerNode: 30 });
		expect(plan.calico).toMatchObject({
			blockSize: 26,
			addressesPerBlock: 64,
			blocksInPool: 1024,
			blocksPerNode: 1,
			nodeCapacity: 1024,
			nodesWithAllBlocks: 100,
			borrowingStartsAtNode: null,
		});
		expect(plan.calico.stranded).toBe(100 * 64 - 3000);
	});

	test('host-local gives every node a whole /24 and assigns 253 of its 256 addresses', () => {
		const plan = planAddresses({ poolCidr: '10.244.0.0/16', nodes: 100, podsPerNode: 30 });
		expect(plan.hostLocal).toMatchObject({
			assignablePerNode: 253,
			nodeCapacity: 256,
			addressesInRanges: 25_600,
			stranded: 25_600 - 3000,
			fits: true,
		});
	});

	test('Calico blocks strand far fewer addresses than host-local /24s for small nodes', () => {
		const plan = planAddresses({ poolCidr: '10.0.0.0/16', nodes: 50, podsPerNode: 20 });
		expect(plan.calico.stranded).toBeLessThan(plan.hostLocal!.stranded);
	});

	test('a node with more pods than a block holds takes several blocks', () => {
		const plan = planAddresses({ poolCidr: '10.0.0.0/16', nodes: 10, podsPerNode: 110 });
		expect(plan.calico.blocksPerNode).toBe(2);
		expect(plan.calico.blocksNeeded).toBe(20);
	});

	test('borrowing starts at the first node that finds no free block, and a warning says so', () => {
		const plan = planAddresses({ poolCidr: '10.0.0.0/24', nodes: 6, podsPerNode: 10 });
		expect(plan.calico.blocksInPool).toBe(4);
		expect(plan.calico.borrowingStartsAtNode).toBe(5);
		expect(plan.warnings[0]).toMatch(/from node 5 on, nodes get no block of their own and borrow/);
	});

	test('a pool too small for every pod says to use a larger one', () => {
		const plan = planAddresses({ poolCidr: '10.0.0.0/26', nodes: 10, podsPerNode: 10 });
		expect(plan.calico.enoughAddresses).toBe(false);
		expect(plan.warnings[0]).toMatch(/Use a \/22 pool or larger\.$/);
	});

	test('more than 253 pods per node cannot fit in a host-local /24', () => {
		const plan = planAddresses({ poolCidr: '10.0.0.0/16', nodes: 2, podsPerNode: 300 });
		expect(plan.hostLocal?.fits).toBe(false);
		expect(plan.warnings.join(' ')).toMatch(/at most 253 pods/);
	});

	test('IPv6 pools use /122 blocks by default and skip the host-local comparison', () => {
		const plan = planAddresses({ poolCidr: 'fd00:10::/112', nodes: 4, podsPerNode: 30 });
		expect(plan.calico.blockSize).toBe(122);
		expect(plan.hostLocal).toBeNull();
	});
});

describe('the IP plan calculator counts each node’s tunnel address', () => {
	test('64 pods per node fit one /26 block without a tunnel, but need two when the tunnel device takes an address', () => {
		expect(
			planAddresses({ poolCidr: '10.0.0.0/16', nodes: 10, podsPerNode: 64 }).calico.blocksPerNode
		).toBe(1);
		expect(
			planAddresses({ poolCidr: '10.0.0.0/16', nodes: 10, podsPerNode: 64, tunnel: true }).calico
				.blocksPerNode
		).toBe(2);
	});

	test('63 pods and a tunnel address fill a /26 exactly, leaving nothing stranded', () => {
		const plan = planAddresses({
			poolCidr: '10.0.0.0/16',
			nodes: 10,
			podsPerNode: 63,
			tunnel: true,
		});
		expect(plan.calico).toMatchObject({ blocksPerNode: 1, tunnelAddressesPerNode: 1, stranded: 0 });
	});
});

describe('the IP plan calculator rejects bad input in words', () => {
	test.each([
		[
			'not a CIDR',
			{ poolCidr: 'banana', nodes: 1, podsPerNode: 1 },
			'poolCidr',
			'"banana" is not a valid CIDR. Use an IPv4 or IPv6 network such as 192.168.0.0/16 or fd00:10::/48.',
		],
		[
			'an address without a prefix length',
			{ poolCidr: '10.0.0.0', nodes: 1, podsPerNode: 1 },
			'poolCidr',
			'"10.0.0.0" has no prefix length. Add a slash and the prefix length, e.g. 10.0.0.0/16.',
		],
		[
			'an impossible address',
			{ poolCidr: '300.1.0.0/16', nodes: 1, podsPerNode: 1 },
			'poolCidr',
			'"300.1.0.0/16" is not a valid CIDR. Use an IPv4 or IPv6 network such as 192.168.0.0/16 or fd00:10::/48.',
		],
		[
			'host bits set',
			{ poolCidr: '192.168.1.0/16', nodes: 1, podsPerNode: 1 },
			'poolCidr',
			'"192.168.1.0/16" has host bits set after the /16. Did you mean 192.168.0.0/16?',
		],
		[
			'a block size out of range',
			{ poolCidr: '10.0.0.0/16', nodes: 1, podsPerNode: 1, blockSize: 19 },
			'blockSize',
			'The block size must be a prefix length from /20 to /32 for IPv4 (got 19).',
		],
		[
			'a block larger than the pool',
			{ poolCidr: '10.0.0.0/24', nodes: 1, podsPerNode: 1, blockSize: 22 },
			'blockSize',
			'A /22 block is larger than the /24 pool. Choose a block size of /24 or longer, or a larger pool.',
		],
		[
			'a negative node count',
			{ poolCidr: '10.0.0.0/16', nodes: -3, podsPerNode: 1 },
			'nodes',
			'The number of nodes must be a whole number from 1 to 1000000 (got -3).',
		],
		[
			'a fractional pod count',
			{ poolCidr: '10.0.0.0/16', nodes: 3, podsPerNode: 2.5 },
			'podsPerNode',
			'Pods per node must be a whole number from 1 to 100000 (got 2.5).',
		],
	])('%s', (_, input, field, message) => {
		let error: unknown;
		try {
			planAddresses(input);
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(InputError);
		expect(error).toMatchObject({ field, message });
	});

	test('an empty CIDR asks for one', () => {
		expect(() => parseCidr('  ')).toThrow('Enter a CIDR such as 192.168.0.0/16');
	});
});

describe('the IP plan calculator counts nodes two ways: the pool’s room, and the cluster’s nodes served', () => {
	test.each([
		['10.0.0.0/24', 6, 10, 4, 4],
		['10.0.0.0/24', 3, 10, 4, 3],
		['10.0.0.0/24', 3, 100, 2, 2],
		['10.0.0.0/16', 10, 110, 512, 10],
	] as const)(
		'a %s pool, %i nodes of %i pods: room for %i nodes, and %i of the cluster’s get all their blocks',
		(poolCidr, nodes, podsPerNode, nodeCapacity, nodesWithAllBlocks) => {
			expect(planAddresses({ poolCidr, nodes, podsPerNode }).calico).toMatchObject({
				nodeCapacity,
				nodesWithAllBlocks,
			});
		}
	);

	test('host-local’s room is the number of /24s in the pool, however many nodes the cluster has', () => {
		const plan = planAddresses({ poolCidr: '10.0.0.0/16', nodes: 300, podsPerNode: 10 });
		expect(plan.hostLocal).toMatchObject({ nodeCapacity: 256, fits: false });
	});
});

describe('the block size is read and checked in one place', () => {
	test.each([
		{ given: 'left out', family: 4, value: undefined, poolPrefix: 16, size: 26 },
		{ given: 'left out', family: 6, value: undefined, poolPrefix: 48, size: 122 },
		{ given: 'an empty box', family: 4, value: '', poolPrefix: 16, size: 26 },
		{ given: 'a box of spaces', family: 4, value: '   ', poolPrefix: 16, size: 26 },
		{ given: '24', family: 4, value: 24, poolPrefix: 16, size: 24 },
		{ given: 'a box reading “ 28 ”', family: 4, value: ' 28 ', poolPrefix: 16, size: 28 },
		{ given: '24', family: 4, value: 24, poolPrefix: 24, size: 24 },
	] as const)(
		'$given, for an IPv$family pool of /$poolPrefix, gives /$size blocks',
		({ family, value, poolPrefix, size }) => {
			expect(blockSizeFor(family, value, poolPrefix)).toBe(size);
		}
	);

	test.each([
		[
			'shorter than IPv4 allows',
			4,
			19,
			16,
			'The block size must be a prefix length from /20 to /32 for IPv4 (got 19).',
		],
		[
			'shorter than IPv6 allows',
			6,
			64,
			48,
			'The block size must be a prefix length from /116 to /128 for IPv6 (got 64).',
		],
		[
			'that is not a number',
			4,
			'abc',
			16,
			'The block size must be a prefix length from /20 to /32 for IPv4 (got "abc").',
		],
		[
			'that is a fraction',
			4,
			'26.5',
			16,
			'The block size must be a prefix length from /20 to /32 for IPv4 (got 26.5).',
		],
		[
			'larger than the pool',
			4,
			22,
			24,
			'A /22 block is larger than the /24 pool. Choose a block size of /24 or longer, or a larger pool.',
		],
		[
			'left out, when the default /26 is larger than a /28 pool',
			4,
			undefined,
			28,
			'A /26 block is larger than the /28 pool. Choose a block size of /28 or longer, or a larger pool.',
		],
	] as const)('refuses a block size %s, in words', (_, family, value, poolPrefix, message) => {
		expect(() => blockSizeFor(family, value, poolPrefix)).toThrow(
			new InputError('blockSize', message)
		);
	});
});

describe('the IP plan calculator reads its boxes as the reader typed them', () => {
	test('numbers typed in boxes give the same plan as numbers', () => {
		expect(
			planAddresses({ poolCidr: '10.0.0.0/16', nodes: '100', podsPerNode: ' 30 ', blockSize: '' })
		).toEqual(planAddresses({ poolCidr: '10.0.0.0/16', nodes: 100, podsPerNode: 30 }));
	});

	test.each<[string, Partial<IpPlanInput>, string, string]>([
		[
			'an empty node count',
			{ nodes: '' },
			'nodes',
			'The number of nodes is empty: enter a whole number from 1 to 1000000.',
		],
		[
			'a node count that is not a number',
			{ nodes: 'abc' },
			'nodes',
			'The number of nodes must be a whole number from 1 to 1000000 (got "abc").',
		],
		[
			'an empty pod count',
			{ podsPerNode: '  ' },
			'podsPerNode',
			'Pods per node is empty: enter a whole number from 1 to 100000.',
		],
		[
			'a block size that is not a number',
			{ blockSize: 'x' },
			'blockSize',
			'The block size must be a prefix length from /20 to /32 for IPv4 (got "x").',
		],
	])('says what is wrong with %s', (_, boxes, field, message) => {
		expect(() =>
			planAddresses({ poolCidr: '10.0.0.0/16', nodes: '10', podsPerNode: '10', ...boxes })
		).toThrow(new InputError(field, message));
	});
});

describe('the IP plan calculator’s answer in words', () => {
	const words = ipPlanWords(
		planAddresses({ poolCidr: '192.168.0.0/16', nodes: 100, podsPerNode: 30, tunnel: true })
	);

	test('sums up the pool and the pods', () => {
		expect(words.summary).toBe('192.168.0.0/16 holds 65,536 addresses; 3,000 pods need one each.');
	});

	test('heads its columns with the block size and host-local’s /24 per node', () => {
		expect(words.columns).toEqual({
			calico: 'Calico IPAM (/26 blocks)',
			hostLocal: 'host-local (/24 per node)',
		});
	});

	test.each([
		['held', 'Addresses held by nodes', '6,400', '25,600'],
		['stranded', 'Held but unused (stranded)', '3,300', '22,600'],
		['nodeCapacity', 'Nodes the pool has room for', '1,024', '256'],
		['perNode', 'Per node', '1 block of 64, one address for the tunnel', '253 usable of 256'],
	] as const)(
		'for 100 nodes of 30 pods with a tunnel, the %s row, “%s”, reads %s for Calico and %s for host-local',
		(id, label, calico, hostLocal) => {
			expect(words.rows.find((r) => r.id === id)).toEqual({ id, label, calico, hostLocal });
		}
	);

	test('has no note when host-local has a column', () => {
		expect(words.hostLocalNote).toBeNull();
	});

	test('a node that needs several blocks reads in the plural, without a tunnel address', () => {
		const plan = planAddresses({ poolCidr: '10.0.0.0/16', nodes: 10, podsPerNode: 110 });
		expect(ipPlanWords(plan).rows.find((r) => r.id === 'perNode')?.calico).toBe('2 blocks of 64');
	});

	test('an IPv6 pool: counts said to be approximate, dashes for host-local, and a note saying why', () => {
		const ipv6 = ipPlanWords(planAddresses({ poolCidr: 'fd00::/48', nodes: 4, podsPerNode: 30 }));
		expect(ipv6.summary).toMatch(
			/^fd00::\/48 holds about [\d,]+ addresses; 120 pods need one each\.$/
		);
		expect(ipv6.rows.map((r) => r.hostLocal)).toEqual(['—', '—', '—', '—']);
		expect(ipv6.hostLocalNote).toBe(
			'host-local’s /24 per node is an IPv4 layout, so there is no comparison for an IPv6 pool.'
		);
	});
});

describe('the IP plan calculator warns when the pool has room for fewer nodes than the cluster has', () => {
	test('a /21 pool of /26 blocks holds 32 blocks, so 32 nodes at one block each (the upstream example)', () => {
		const plan = planAddresses({
			poolCidr: '10.0.0.0/21',
			nodes: 32,
			podsPerNode: 30,
			tunnel: true,
		});
		expect(plan.calico).toMatchObject({ blocksInPool: 32, blocksPerNode: 1, nodeCapacity: 32 });
		expect(plan.shortfall).toBeNull();
		expect(plan.warnings).toEqual([]);
	});

	test.each([
		{ pool: '10.0.0.0/21', nodes: 50, pods: 30, tunnel: true, room: 32, block: 27, poolPrefix: 20 },
		{ pool: '10.0.0.0/21', nodes: 20, pods: 64, tunnel: true, room: 16, block: 27, poolPrefix: 20 },
		{ pool: '10.0.0.0/24', nodes: 6, pods: 10, tunnel: false, room: 4, block: 27, poolPrefix: 23 },
		{ pool: '10.0.0.0/22', nodes: 20, pods: 30, tunnel: true, room: 16, block: 27, poolPrefix: 21 },
	])(
		'$pool, $nodes nodes of $pods pods (tunnel: $tunnel): room for $room nodes; /$block blocks or a /$poolPrefix pool would fit',
		({ pool, nodes, pods, tunnel, room, block, poolPrefix }) => {
			const plan = planAddresses({ poolCidr: pool, nodes, podsPerNode: pods, tunnel });
			expect(plan.calico.nodeCapacity).toBe(room);
			expect(plan.shortfall).toMatchObject({
				nodes,
				nodeCapacity: room,
				tooFewAddresses: false,
				smallerBlock: { blockSize: block },
				largerPoolPrefix: poolPrefix,
			});
		}
	);

	test('the tunnel address decides it: 64 pods fill one /26 alone, so without a tunnel the same pool has room for 32 nodes and no warning', () => {
		const plan = planAddresses({ poolCidr: '10.0.0.0/21', nodes: 20, podsPerNode: 64 });
		expect(plan.calico.nodeCapacity).toBe(32);
		expect(plan.shortfall).toBeNull();
		expect(plan.warnings).toEqual([]);
	});

	test('the warning names both node counts, how the blocks are spent, that nodes borrow addresses (not blocks), and the fix', () => {
		const plan = planAddresses({
			poolCidr: '10.0.0.0/21',
			nodes: 50,
			podsPerNode: 30,
			tunnel: true,
		});
		expect(plan.warnings).toEqual([
			'The pool has room for 32 nodes, but the cluster has 50. 10.0.0.0/21 holds 32 blocks of /26 (64 addresses each), and each node needs 1 block for its 30 pods and its tunnel address. Calico IPAM hands out whole blocks only while the pool has free ones: from node 33 on, nodes get no block of their own and borrow single addresses from other nodes’ blocks, which adds /32 routes. To give every node the blocks it needs, use /27 blocks (room for 64 nodes) or a /20 pool or larger.',
		]);
	});

	test('a node that needs two blocks: from the first node short of blocks on, nodes cannot get all they need', () => {
		const plan = planAddresses({
			poolCidr: '10.0.0.0/21',
			nodes: 20,
			podsPerNode: 64,
			tunnel: true,
		});
		expect(plan.warnings[0]).toContain(
			'each node needs 2 blocks for its 64 pods and its tunnel address. Calico IPAM hands out whole blocks only while the pool has free ones: from node 17 on, nodes cannot get all the blocks they need'
		);
	});

	test('a pool with fewer addresses than pods and tunnels: no block size helps, only a larger pool, and the warning says how large', () => {
		const plan = planAddresses({
			poolCidr: '10.0.0.0/21',
			nodes: 50,
			podsPerNode: 100,
			tunnel: true,
		});
		expect(plan.shortfall).toMatchObject({
			nodeCapacity: 16,
			tooFewAddresses: true,
			smallerBlock: null,
			largerPoolPrefix: 19,
		});
		expect(plan.warnings[0]).toBe(
			'The pool has room for 16 nodes, but the cluster has 50. 10.0.0.0/21 holds 32 blocks of /26 (64 addresses each), and each node needs 2 blocks for its 100 pods and its tunnel address. Its 2,048 addresses cannot hold the 5,050 the cluster needs (one for each pod and each node’s tunnel), so no block size fits and borrowing cannot make up for it. Use a /19 pool or larger.'
		);
	});

	test('an IPv6 pool names /128 routes for borrowed addresses', () => {
		const plan = planAddresses({
			poolCidr: 'fd00::/119',
			nodes: 10,
			podsPerNode: 30,
			tunnel: true,
		});
		expect(plan.shortfall).toMatchObject({ nodeCapacity: 8, smallerBlock: { blockSize: 123 } });
		expect(plan.warnings[0]).toContain('which adds /128 routes');
	});
});

describe('the IP plan with Windows nodes', () => {
	// Calico for Windows: strictAffinity true, one block per Windows node, 4 addresses of it kept by Windows.
	test.each([
		{ windowsNodes: '', perWindows: null, stranded: '3,300' },
		{ windowsNodes: '0', perWindows: null, stranded: '3,300' },
		{
			windowsNodes: '10',
			perWindows: '1 block of 64, 4 kept by Windows, one address for the tunnel: 59 pods at most',
			stranded: '3,300',
		},
	])(
		'$windowsNodes Windows nodes of 100 show $perWindows per Windows node',
		({ windowsNodes, perWindows, stranded }) => {
			const words = ipPlanWords(
				planAddresses({
					poolCidr: '192.168.0.0/16',
					nodes: 100,
					podsPerNode: 30,
					tunnel: true,
					windowsNodes,
				})
			);
			expect(words.rows.find((r) => r.id === 'perWindowsNode')?.calico ?? null).toBe(perWindows);
			expect(words.rows.find((r) => r.id === 'stranded')?.calico).toBe(stranded);
		}
	);

	test('any Windows node asks for strictAffinity: true, and turns borrowing off for every node', () => {
		const plan = planAddresses({
			poolCidr: '10.0.0.0/22',
			nodes: 20,
			podsPerNode: 30,
			windowsNodes: 1,
		});
		expect(plan.calico.borrowingStartsAtNode).toBeNull();
		expect(plan.warnings[0]).toContain('strictAffinity: true');
		expect(plan.warnings[1]).toBe(
			'The pool has room for 16 nodes, but the cluster has 20: 10.0.0.0/22 holds 16 blocks of /26, and the nodes need 20 (19 Linux nodes × 1, 1 Windows nodes × 1). With strict affinity nobody borrows, so nodes past that get no addresses and their pods do not start. Use a /21 pool or larger.'
		);
	});

	test.each([
		{ podsPerNode: 60, tunnel: false, fits: true, warning: null },
		{
			podsPerNode: 61,
			tunnel: false,
			fits: false,
			warning:
				'A Windows node uses one /26 block of 64 addresses and Windows keeps 4 of them, leaving 60 for pods: 61 pods per node do not fit on the Windows nodes. Use /25 blocks (124 pods per Windows node), set on the pool before any pod gets an address.',
		},
		{
			podsPerNode: 60,
			tunnel: true,
			fits: false,
			warning:
				'A Windows node uses one /26 block of 64 addresses and Windows keeps 4 of them, and the tunnel takes one, leaving 59 for pods: 60 pods per node do not fit on the Windows nodes. Use /25 blocks (123 pods per Windows node), set on the pool before any pod gets an address.',
		},
	])(
		'$podsPerNode pods (tunnel $tunnel) fit a Windows node’s one /26: $fits',
		({ podsPerNode, tunnel, fits, warning }) => {
			const plan = planAddresses({
				poolCidr: '192.168.0.0/16',
				nodes: 10,
				podsPerNode,
				tunnel,
				windowsNodes: 2,
			});
			expect(plan.windows?.fits).toBe(fits);
			expect(plan.warnings.find((w) => w.startsWith('A Windows node')) ?? null).toBe(warning);
		}
	);

	test('more Windows nodes than nodes is refused with the range', () => {
		expect(() =>
			planAddresses({ poolCidr: '192.168.0.0/16', nodes: 10, podsPerNode: 30, windowsNodes: 11 })
		).toThrow('The number of Windows nodes must be a whole number from 0 to 10 (got 11).');
	});
});
