import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { awsMaxPods, InputError, planAddresses, podLimitVerdict, podMtu } from '../../../src/lib';

/** Calls `fn`; passes when it returns or throws an InputError, fails on any other exception. */
function onlyInputErrors(fn: () => unknown) {
	try {
		fn();
	} catch (error) {
		expect(error).toBeInstanceOf(InputError);
		expect((error as InputError).message.length).toBeGreaterThan(10);
	}
}

const anything = fc.oneof(
	fc.integer({ min: -1e6, max: 1e6 }),
	fc.double(),
	fc.string(),
	fc.constant(undefined),
	fc.constant(null),
	fc.boolean()
);
const ipv4Pool = fc.tuple(fc.ipV4(), fc.integer({ min: 8, max: 30 })).map(([ip, prefix]) => {
	const n = ip.split('.').reduce((acc, part) => acc * 256 + Number(part), 0);
	const network = prefix === 0 ? 0 : Math.floor(n / 2 ** (32 - prefix)) * 2 ** (32 - prefix);
	return {
		cidr: `${[24, 16, 8, 0].map((s) => Math.floor(network / 2 ** s) % 256).join('.')}/${prefix}`,
		prefix,
	};
});

describe('calculators on random input', () => {
	test('the IP plan keeps its books straight for any valid pool, node count and block size', () => {
		fc.assert(
			fc.property(
				ipv4Pool,
				fc.integer({ min: 1, max: 5000 }),
				fc.integer({ min: 1, max: 300 }),
				fc.integer({ min: 20, max: 32 }),
				({ cidr, prefix }, nodes, podsPerNode, blockSize) => {
					fc.pre(blockSize >= prefix);
					const plan = planAddresses({ poolCidr: cidr, nodes, podsPerNode, blockSize });
					expect(plan.calico.stranded).toBeGreaterThanOrEqual(0);
					expect(plan.calico.nodesWithAllBlocks).toBe(Math.min(nodes, plan.calico.nodeCapacity));
					expect(plan.calico.nodeCapacity * plan.calico.blocksPerNode).toBeLessThanOrEqual(
						plan.calico.blocksInPool
					);
					expect(plan.calico.addressesInBlocks).toBeLessThanOrEqual(plan.poolAddresses);
					expect(plan.calico.borrowingStartsAtNode === null).toBe(
						plan.calico.blocksNeeded <= plan.calico.blocksInPool
					);
					if (plan.hostLocal) expect(plan.hostLocal.stranded).toBeGreaterThanOrEqual(0);
				}
			)
		);
	});

	test('a pool too small for the nodes gets a warning, and the block size and pool size it suggests are the largest that fit', () => {
		fc.assert(
			fc.property(
				ipv4Pool,
				fc.integer({ min: 1, max: 5000 }),
				fc.integer({ min: 1, max: 300 }),
				fc.integer({ min: 20, max: 32 }),
				fc.boolean(),
				({ cidr, prefix }, nodes, podsPerNode, blockSize, tunnel) => {
					fc.pre(blockSize >= prefix);
					const plan = planAddresses({ poolCidr: cidr, nodes, podsPerNode, blockSize, tunnel });
					const { shortfall } = plan;
					expect(shortfall === null).toBe(nodes <= plan.calico.nodeCapacity);
					if (!shortfall) return;
					expect(plan.warnings[0]).toContain(
						`room for ${plan.calico.nodeCapacity.toLocaleString('en-US')} node`
					);
					expect(plan.warnings[0]).toContain(`the cluster has ${nodes.toLocaleString('en-US')}`);
					const fits = (input: { poolCidr?: string; blockSize?: number }) =>
						planAddresses({ poolCidr: cidr, nodes, podsPerNode, blockSize, tunnel, ...input })
							.shortfall === null;
					if (shortfall.smallerBlock) {
						expect(fits({ blockSize: shortfall.smallerBlock.blockSize })).toBe(true);
						for (let size = blockSize + 1; size < shortfall.smallerBlock.blockSize; size++)
							expect(fits({ blockSize: size })).toBe(false);
					}
					if (shortfall.largerPoolPrefix !== null) {
						expect(fits({ poolCidr: `0.0.0.0/${shortfall.largerPoolPrefix}` })).toBe(true);
						expect(fits({ poolCidr: `0.0.0.0/${shortfall.largerPoolPrefix + 1}` })).toBe(false);
					}
				}
			)
		);
	});

	test('the IP plan throws only reader-facing errors on garbage', () => {
		fc.assert(
			fc.property(
				anything,
				anything,
				anything,
				anything,
				(poolCidr, nodes, podsPerNode, blockSize) => {
					onlyInputErrors(() =>
						planAddresses({ poolCidr, nodes, podsPerNode, blockSize } as never)
					);
				}
			)
		);
	});

	test('the pod MTU is the underlay MTU less the largest overhead, for any valid MTU', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 576, max: 9216 }),
				fc.constantFrom('none', 'vxlan', 'ipip' as const),
				fc.boolean(),
				(underlayMtu, encapsulation, wireguard) => {
					const result = podMtu({ underlayMtu, encapsulation, wireguard });
					const largest = Math.max(0, ...result.overheads.map((o) => o.bytes));
					expect(result.podMtu).toBe(underlayMtu - largest);
				}
			)
		);
	});

	test('the MTU calculator throws only reader-facing errors on garbage', () => {
		fc.assert(
			fc.property(anything, anything, anything, (underlayMtu, encapsulation, ipVersion) =>
				onlyInputErrors(() => podMtu({ underlayMtu, encapsulation, ipVersion } as never))
			)
		);
	});

	test('prefix delegation never lowers max pods below the plain formula when no cap applies', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 15 }),
				fc.integer({ min: 1, max: 50 }),
				(enis, ipv4PerEni) => {
					expect(
						awsMaxPods({ enis, ipv4PerEni, prefixDelegation: true }).maxPods
					).toBeGreaterThanOrEqual(awsMaxPods({ enis, ipv4PerEni }).maxPods);
				}
			)
		);
	});

	test('the pod-limit answer is yes exactly when the need is above the limit of the nodes chosen', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 15 }),
				fc.integer({ min: 1, max: 50 }),
				fc.integer({ min: 1, max: 128 }),
				fc.boolean(),
				fc.integer({ min: 1, max: 2000 }),
				fc.constantFrom('managed', 'self-managed' as const),
				(enis, ipv4PerEni, vcpus, prefixDelegation, podsNeeded, nodeGroup) => {
					const result = awsMaxPods({ enis, ipv4PerEni, vcpus, prefixDelegation });
					const verdict = podLimitVerdict(result, { podsNeeded, nodeGroup });
					const limit = nodeGroup === 'managed' ? result.managedNodeGroup : result.maxPods;
					expect(verdict.podLimit).toBe(podsNeeded > limit! ? 'yes' : 'no');
					expect(verdict.links.map((l) => l.href)).toEqual([
						`/recommend/?env=aws&pod-limit=${verdict.podLimit}`,
					]);
				}
			)
		);
	});

	test('the pod-limit answer throws only reader-facing errors on garbage', () => {
		fc.assert(
			fc.property(
				anything,
				fc.constantFrom('managed', 'self-managed' as const),
				(podsNeeded, nodeGroup) =>
					onlyInputErrors(() =>
						podLimitVerdict(awsMaxPods({ enis: 3, ipv4PerEni: 10, vcpus: 2 }), {
							podsNeeded,
							nodeGroup,
						} as never)
					)
			)
		);
	});

	test('the pods calculator throws only reader-facing errors on garbage', () => {
		fc.assert(
			fc.property(
				anything,
				anything,
				anything,
				fc.boolean(),
				(enis, ipv4PerEni, vcpus, prefixDelegation) =>
					onlyInputErrors(() => awsMaxPods({ enis, ipv4PerEni, vcpus, prefixDelegation } as never))
			)
		);
	});
});
