import { describe, expect, test } from 'vitest';
import { awsMaxPods, InputError, instanceTypes } from '../../../src/lib';

describe('the AWS VPC CNI pods-per-node calculator', () => {
	test.each(instanceTypes)(
		'$type: $enis ENIs × ($ipv4PerEni − 1) + 2 = $maxPods pods, as the EKS AMI lists',
		({ enis, ipv4PerEni, maxPods }) => {
			expect(awsMaxPods({ enis, ipv4PerEni }).maxPods).toBe(maxPods);
		}
	);

	test('shows the formula with the numbers filled in', () => {
		expect(awsMaxPods({ enis: 3, ipv4PerEni: 10 }).formula).toBe('3 × (10 − 1) + 2 = 29');
	});

	test.each([
		['m5.large', 2, 434, 110],
		['t3.micro', 2, 34, 34],
		['m5.4xlarge', 16, 3714, 110],
		['c5.18xlarge', 72, 11762, 250],
	])(
		'with prefix delegation, %s (%i vCPUs) can address %i pods and EKS caps it at %i',
		(type, vcpus, fromEnis, maxPods) => {
			const limits = instanceTypes.find((i) => i.type === type)!;
			const result = awsMaxPods({
				enis: limits.enis,
				ipv4PerEni: limits.ipv4PerEni,
				prefixDelegation: true,
				vcpus,
			});
			expect(result).toMatchObject({ fromEnis, maxPods });
		}
	);

	test.each([
		['m5.large', 29, 29],
		['m5.4xlarge', 234, 110],
		['c5.18xlarge', 737, 250],
	] as const)(
		'without prefix delegation, %s holds %i pods on a self-managed node and %i in an EKS managed node group',
		(type, selfManaged, managed) => {
			const limits = instanceTypes.find((i) => i.type === type)!;
			const result = awsMaxPods({
				enis: limits.enis,
				ipv4PerEni: limits.ipv4PerEni,
				vcpus: limits.vcpus,
			});
			expect(result).toMatchObject({ maxPods: selfManaged, managedNodeGroup: managed });
		}
	);

	test('rejects a negative ENI count in words', () => {
		expect(() => awsMaxPods({ enis: -2, ipv4PerEni: 10 })).toThrow(
			new InputError('enis', 'The number of ENIs must be a whole number from 1 to 100 (got -2).')
		);
	});
});
