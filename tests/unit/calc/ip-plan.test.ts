import { describe, expect, test } from 'vitest';
import { InputError, parseCidr, planAddresses } from '../../../src/lib';

describe('the IP plan calculator', () => {
	test('the default pool holds 1024 blocks of /26, so 1024 nodes of up to 64 pods fit before borrowing', () => {
		const plan = planAddresses({ poolCidr: '192.168.0.0/16', nodes: 100, podsPerNode: 30 });
		expect(plan.calico).toMatchObject({
			blockSize: 26,
			addressesPerBlock: 64,
			blocksInPool: 1024,
			blocksPerNode: 1,
			nodesThatFit: 100,
			borrowingStartsAtNode: null,
		});
		expect(plan.calico.stranded).toBe(100 * 64 - 3000);
	});

	test('host-local gives every node a whole /24 and assigns 253 of its 256 addresses', () => {
		const plan = planAddresses({ poolCidr: '10.244.0.0/16', nodes: 100, podsPerNode: 30 });
		expect(plan.hostLocal).toMatchObject({
			assignablePerNode: 253,
			nodesThatFit: 256,
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
		expect(plan.warnings[0]).toMatch(/from node 5 on, nodes borrow/);
	});

	test('a pool too small for every pod says to use a larger one', () => {
		const plan = planAddresses({ poolCidr: '10.0.0.0/26', nodes: 10, podsPerNode: 10 });
		expect(plan.calico.enoughAddresses).toBe(false);
		expect(plan.warnings[0]).toMatch(/larger pool/);
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
