import { describe, expect, test } from 'vitest';
import {
	awsMaxPods,
	awsPodsWords,
	InputError,
	instanceTypes,
	podLimitVerdict,
	type NodeGroupKind,
} from '../../../src/lib';

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

describe('the pods-per-node calculator answers the recommender’s pod-limit question', () => {
	const verdict = (
		type: string,
		podsNeeded: string | number | undefined,
		nodeGroup: NodeGroupKind,
		prefixDelegation = false
	) => {
		const limits = instanceTypes.find((i) => i.type === type)!;
		const result = awsMaxPods({
			enis: limits.enis,
			ipv4PerEni: limits.ipv4PerEni,
			vcpus: limits.vcpus,
			prefixDelegation,
		});
		return podLimitVerdict(result, { podsNeeded, nodeGroup });
	};

	test.each([
		{ type: 'm5.large', need: 40, nodes: 'managed', limit: 29, answer: 'yes' },
		{ type: 'm5.large', need: 29, nodes: 'managed', limit: 29, answer: 'no' },
		{ type: 'm5.large', need: 30, nodes: 'self-managed', limit: 29, answer: 'yes' },
		{ type: 'm5.4xlarge', need: 150, nodes: 'managed', limit: 110, answer: 'yes' },
		{ type: 'm5.4xlarge', need: 150, nodes: 'self-managed', limit: 234, answer: 'no' },
		{ type: 'c5.18xlarge', need: 300, nodes: 'managed', limit: 250, answer: 'yes' },
		{ type: 'c5.18xlarge', need: '300', nodes: 'self-managed', limit: 737, answer: 'no' },
	] as const)(
		'$type, needing $need pods on $nodes nodes: the limit is $limit, so pod-limit=$answer',
		({ type, need, nodes, limit, answer }) => {
			const v = verdict(type, need, nodes);
			expect(v).toMatchObject({ limit, podLimit: answer });
			expect(v.links.map((l) => [l.podLimit, l.href])).toEqual([
				[answer, `/recommend/?env=aws&pod-limit=${answer}`],
			]);
		}
	);

	test('with prefix delegation, a self-managed m5.large is held to EKS’s cap of 110', () => {
		expect(verdict('m5.large', 120, 'self-managed', true)).toMatchObject({
			limit: 110,
			podLimit: 'yes',
		});
	});

	test('a need above the limit reads as a sentence, and the link carries the recommender’s own words', () => {
		expect(verdict('m5.large', 40, 'managed')).toEqual({
			limit: 29,
			podsNeeded: 40,
			podLimit: 'yes',
			verdict:
				'You need 40 pods per node, but a node in an EKS managed node group runs at most 29: the limit is too low.',
			note: null,
			links: [
				{
					podLimit: 'yes',
					href: '/recommend/?env=aws&pod-limit=yes',
					text: 'Open the recommender for AWS with “the VPC CNI pod limit is too low”',
				},
			],
		});
	});

	test('a need the limit covers says so and links with “enough”', () => {
		const v = verdict('m5.4xlarge', 200, 'self-managed');
		expect(v.verdict).toBe(
			'You need 200 pods per node, and a self-managed node runs up to 234: the limit is enough.'
		);
		expect(v.links[0].text).toBe(
			'Open the recommender for AWS with “the VPC CNI pod limit is enough”'
		);
	});

	test('when EKS’s cap, not the ENIs, stops a managed node group, a note says which', () => {
		expect(verdict('m5.4xlarge', 150, 'managed').note).toBe(
			'110 is EKS’s cap for up to 30 vCPUs, not what the ENIs allow (234 with these settings).'
		);
	});

	test.each(['', '  ', undefined])(
		'no need stated (%o): no answer picked, a sentence saying how to get one, and both links to choose from',
		(podsNeeded) => {
			const v = verdict('m5.large', podsNeeded, 'managed');
			expect(v).toMatchObject({ podsNeeded: null, podLimit: null, note: null });
			expect(v.verdict).toBe(
				'A node in an EKS managed node group runs at most 29 pods. Enter the pods per node you need and the calculator picks the recommender’s answer, or pick it yourself:'
			);
			expect(v.links).toEqual([
				{
					podLimit: 'yes',
					href: '/recommend/?env=aws&pod-limit=yes',
					text: 'If 29 pods per node are too few, open the recommender for AWS with “the VPC CNI pod limit is too low”',
				},
				{
					podLimit: 'no',
					href: '/recommend/?env=aws&pod-limit=no',
					text: 'If 29 pods per node are enough, open the recommender for AWS with “the VPC CNI pod limit is enough”',
				},
			]);
		}
	);

	test.each([
		[
			'letters',
			'lots',
			'Pods per node you need must be a whole number from 1 to 100000 (got "lots").',
		],
		[
			'a negative number',
			'-4',
			'Pods per node you need must be a whole number from 1 to 100000 (got -4).',
		],
		[
			'a fraction',
			'2.5',
			'Pods per node you need must be a whole number from 1 to 100000 (got 2.5).',
		],
	])('rejects a need given as %s, in words', (_, podsNeeded, message) => {
		expect(() => verdict('m5.large', podsNeeded, 'managed')).toThrow(
			new InputError('podsNeeded', message)
		);
	});

	test('a managed node group without vCPUs asks for them', () => {
		expect(() =>
			podLimitVerdict(awsMaxPods({ enis: 3, ipv4PerEni: 10 }), { nodeGroup: 'managed' })
		).toThrow(
			new InputError(
				'vcpus',
				'Enter the instance’s vCPUs: the limit of an EKS managed node group depends on them.'
			)
		);
	});
});
