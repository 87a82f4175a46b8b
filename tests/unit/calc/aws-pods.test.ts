import { describe, expect, test } from 'vitest';
import { awsMaxPods, awsPodsWords, InputError, instanceTypes } from '../../../src/lib';

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

	test.each([
		[
			'a negative ENI count',
			{ enis: -2 },
			'enis',
			'The number of ENIs must be a whole number from 1 to 100 (got -2).',
		],
		[
			'an empty ENI box',
			{ enis: '' },
			'enis',
			'The number of ENIs is empty: enter a whole number from 1 to 100.',
		],
		[
			'addresses per ENI that are not a number',
			{ ipv4PerEni: 'ten' },
			'ipv4PerEni',
			'IPv4 addresses per ENI must be a whole number from 1 to 100 (got "ten").',
		],
		[
			'an empty vCPU box',
			{ vcpus: ' ' },
			'vcpus',
			'vCPUs is empty: enter a whole number from 1 to 1024.',
		],
	])('rejects %s in words', (_, boxes, field, message) => {
		expect(() => awsMaxPods({ enis: '3', ipv4PerEni: '10', vcpus: '2', ...boxes })).toThrow(
			new InputError(field, message)
		);
	});

	test('reads figures typed in boxes as their numbers', () => {
		expect(awsMaxPods({ enis: '3', ipv4PerEni: ' 10', vcpus: '2' })).toEqual(
			awsMaxPods({ enis: 3, ipv4PerEni: 10, vcpus: 2 })
		);
	});
});

describe('the AWS pods-per-node answer in words', () => {
	const words = (type: string, prefixDelegation = false, withVcpus = true) => {
		const limits = instanceTypes.find((i) => i.type === type)!;
		return awsPodsWords(
			awsMaxPods({
				enis: limits.enis,
				ipv4PerEni: limits.ipv4PerEni,
				prefixDelegation,
				vcpus: withVcpus ? limits.vcpus : undefined,
			})
		);
	};

	test('an m5.large: 29 pods either way, and the formula without a cap', () => {
		expect(words('m5.large')).toEqual({
			selfManaged: 'Max pods per node: 29 on a self-managed node',
			managedNodeGroup: 'Max pods per node: 29 in an EKS managed node group',
			working: '3 × (10 − 1) + 2 = 29.',
			managedNodeGroupCap: null,
		});
	});

	test('an m5.4xlarge: 234 self-managed, 110 managed, and the managed cap for up to 30 vCPUs', () => {
		expect(words('m5.4xlarge')).toMatchObject({
			selfManaged: 'Max pods per node: 234 on a self-managed node',
			managedNodeGroup: 'Max pods per node: 110 in an EKS managed node group',
			managedNodeGroupCap:
				'Managed node groups are capped at 110 for up to 30 vCPUs, with or without prefix delegation.',
		});
	});

	test('an m5.large with prefix delegation: the formula, then the EKS cap that lowered it', () => {
		expect(words('m5.large', true).working).toBe(
			'3 × ((10 − 1) × 16) + 2 = 434, capped by EKS’s max-pods calculator at 110 for up to 30 vCPUs.'
		);
	});

	test('without vCPUs there is no managed node group figure and no cap', () => {
		expect(words('m5.4xlarge', false, false)).toMatchObject({
			managedNodeGroup: null,
			managedNodeGroupCap: null,
		});
	});
});
