import { describe, expect, test } from 'vitest';
import {
	differences,
	facts,
	getOption,
	optionDetails,
	recommend,
	RecommenderInputError,
	underlayFor,
	type Answers,
	type EnvironmentId,
	type OptionId,
} from '../../../src/lib';

/**
 * Every situation the upstream page describes, with the tuple it gives and (where it names one) the alternative.
 * Where this guide departs from it, `departs` names the entry of `differences` and `guide` the tuple the guide gives.
 */
const seedSituations: {
	situation: string;
	env: EnvironmentId;
	answers: Answers;
	details: string;
	alternative?: string;
	departs?: string;
	guide?: string;
}[] = [
	{
		situation: 'on-prem where the top-of-rack routers peer BGP',
		env: 'on-prem',
		answers: { bgp: 'yes' },
		details: 'Policy:Calico,IPAM:Calico,CNI:Calico,Overlay:No,Routing:BGP',
	},
	{
		situation: 'on-prem in one layer-2 network without peering',
		env: 'on-prem',
		answers: { bgp: 'no', l2: 'yes' },
		details: 'Policy:Calico,IPAM:Calico,CNI:Calico,Overlay:No,Routing:BGP',
	},
	{
		situation: 'on-prem otherwise',
		env: 'on-prem',
		answers: { bgp: 'no', l2: 'no' },
		details: 'Policy:Calico,IPAM:Calico,CNI:Calico,Cross-subnet:VXLAN,Routing:Calico',
		alternative: 'Policy:Calico,IPAM:Calico,CNI:Calico,Cross-subnet:IPIP,Routing:BGP',
	},
	{
		situation: 'AWS with routable pod IPs',
		env: 'aws',
		answers: { routable: 'yes' },
		details: 'Policy:Calico,IPAM:AWS,CNI:AWS,Overlay:No,Routing:VPC Native',
	},
	{
		situation: 'AWS avoiding a cloud dependency',
		env: 'aws',
		answers: { 'cloud-neutral': 'yes' },
		details: 'Policy:Calico,IPAM:Calico,CNI:Calico,Cross-subnet:VXLAN,Routing:Calico',
	},
	{
		situation: 'AWS short of VPC addresses',
		env: 'aws',
		answers: { 'ip-scarce': 'yes' },
		details: 'Policy:Calico,IPAM:Calico,CNI:Calico,Cross-subnet:VXLAN,Routing:Calico',
	},
	{
		situation: 'AWS short of pods per node',
		env: 'aws',
		answers: { 'pod-limit': 'yes' },
		details: 'Policy:Calico,IPAM:Calico,CNI:Calico,Cross-subnet:VXLAN,Routing:Calico',
	},
	{
		situation: 'Azure with routable pod IPs',
		env: 'azure',
		answers: { routable: 'yes' },
		details: 'Policy:Calico,IPAM:Azure,CNI:Azure,Overlay:No,Routing:VPC Native',
	},
	{
		situation: 'AKS short of VNET addresses',
		env: 'azure',
		answers: { managed: 'yes', 'ip-scarce': 'yes' },
		details: 'Policy:Calico,IPAM:Host Local,CNI:Calico,Overlay:No,Routing:VPC Native',
		departs: 'aks-short-of-addresses',
		guide: 'Policy:Calico,IPAM:Azure,CNI:Azure,Overlay:Yes,Routing:VPC Native',
	},
	...(['managed', 'cloud-neutral', 'ip-scarce'] as const).map((wish) => ({
		situation: `Azure without AKS${wish === 'managed' ? '' : wish === 'cloud-neutral' ? ', avoiding a cloud dependency' : ', short of addresses'}`,
		env: 'azure' as const,
		answers: { managed: 'no', ...(wish === 'managed' ? {} : { [wish]: 'yes' }) } as Answers,
		details: 'Policy:Calico,IPAM:Calico,CNI:Calico,Cross-subnet:VXLAN,Routing:Calico',
		departs: 'azure-self-managed',
		guide: 'Policy:Calico,IPAM:Calico,CNI:Calico,Overlay:VXLAN,Routing:Calico',
	})),
	{
		situation: 'Google Cloud with routable pod IPs',
		env: 'google-cloud',
		answers: { routable: 'yes' },
		details: 'Policy:Calico,IPAM:Host Local,CNI:Calico,Overlay:No,Routing:VPC Native',
	},
	{
		situation: 'Google Cloud avoiding a cloud dependency',
		env: 'google-cloud',
		answers: { 'cloud-neutral': 'yes' },
		details: 'Policy:Calico,IPAM:Calico,CNI:Calico,Overlay:VXLAN,Routing:Calico',
		alternative: 'Policy:Calico,IPAM:Calico,CNI:Calico,Overlay:IPIP,Routing:BGP',
	},
	{
		situation: 'Google Cloud short of VPC addresses',
		env: 'google-cloud',
		answers: { 'ip-scarce': 'yes' },
		details: 'Policy:Calico,IPAM:Calico,CNI:Calico,Overlay:VXLAN,Routing:Calico',
		alternative: 'Policy:Calico,IPAM:Calico,CNI:Calico,Overlay:IPIP,Routing:BGP',
	},
	{
		situation: 'GKE short of VPC addresses',
		env: 'google-cloud',
		answers: { managed: 'yes', 'ip-scarce': 'yes' },
		details: 'Policy:Calico,IPAM:Calico,CNI:Calico,Overlay:VXLAN,Routing:Calico',
		departs: 'gke',
		guide: 'Policy:Calico,IPAM:Host Local,CNI:Calico,Overlay:No,Routing:VPC Native',
	},
	{
		situation: 'IBM Cloud',
		env: 'ibm-cloud',
		answers: {},
		details: 'Policy:Calico,IPAM:Calico,CNI:Calico,Cross-subnet:IPIP,Routing:BGP',
	},
	{
		situation: 'anywhere else',
		env: 'other',
		answers: {},
		details: 'Policy:Calico,IPAM:Calico,CNI:Calico,Cross-subnet:VXLAN,Routing:Calico',
	},
];

describe('recommend() reproduces the upstream page', () => {
	test.each(seedSituations.filter((s) => !s.departs))(
		'$situation gets $details',
		({ env, answers, details, alternative }) => {
			const result = recommend(env, answers);
			expect(optionDetails(result.pick)).toBe(details);
			if (alternative) expect(optionDetails(result.alternatives[0] as OptionId)).toBe(alternative);
			expect(result.differences).toEqual([]);
		}
	);

	test.each(seedSituations.filter((s) => s.departs))(
		'$situation departs from upstream ($departs): $guide, and says so',
		({ env, answers, details, departs, guide }) => {
			const result = recommend(env, answers);
			expect(optionDetails(result.pick)).toBe(guide);
			expect(result.differences).toContain(departs);
			expect(differences.map((d) => d.id)).toContain(departs);
			// What upstream gave stays on offer where it can be installed at all.
			const upstreamStill = [result.pick, ...result.alternatives].map((id) => optionDetails(id));
			if (departs !== 'gke') expect(upstreamStill).toContain(details);
		}
	);

	test('on-prem with peering routers picks peering, and in one L2 network without them picks the node mesh', () => {
		expect(recommend('on-prem', { bgp: 'yes' }).pick).toBe('calico-bgp-peering');
		expect(recommend('on-prem', { bgp: 'no', l2: 'yes' }).pick).toBe('calico-bgp-mesh');
	});

	test('the node mesh says its pod IPs stay inside the cluster and that it suits about 100 nodes', () => {
		const result = recommend('on-prem', { bgp: 'no', l2: 'yes', routable: 'unsure' });
		expect(result.tradeoffs.join(' ')).toMatch(/100 nodes/);
		expect(result.tradeoffs.join(' ')).toMatch(/not routable/);
	});
});

describe('recommend() explains itself', () => {
	test('reasons speak of the reader’s answer', () => {
		expect(recommend('aws', { 'pod-limit': 'yes' }).reasons[0]).toMatch(/more pods per node/);
		expect(recommend('on-prem', { l2: 'no', bgp: 'no' }).reasons[0]).toMatch(/several subnets/);
	});

	test('an unanswered question that would change the pick is listed with the option it leads to', () => {
		const result = recommend('on-prem', {});
		expect(result.pick).toBe('calico-vxlan-cross-subnet');
		expect(result.changes).toContainEqual({
			question: 'bgp',
			answer: 'yes',
			pick: 'calico-bgp-peering',
		});
		expect(result.changes).toContainEqual({
			question: 'l2',
			answer: 'yes',
			pick: 'calico-bgp-mesh',
		});
	});

	test('changing an answer that would not change the pick is not listed', () => {
		const result = recommend('ibm-cloud', {});
		expect(result.changes).toEqual([]);
	});

	test('routable pod IPs on AWS with too few pods per node keep the VPC CNI and point to prefix delegation', () => {
		const result = recommend('aws', { routable: 'yes', 'pod-limit': 'yes' });
		expect(result.pick).toBe('aws-vpc-cni');
		expect(result.tradeoffs.join(' ')).toMatch(/prefix delegation/);
	});

	test('cross-subnet VXLAN on AWS tells the reader to disable the source/destination check', () => {
		const result = recommend('aws', { 'cloud-neutral': 'yes', managed: 'no' });
		expect(result.pick).toBe('calico-vxlan-cross-subnet');
		expect(result.underlay.join(' ')).toMatch(/source\/destination check/);
	});

	test('on EKS, a reader leaving the VPC CNI gets plain VXLAN, which works with the source/destination check left on', () => {
		const result = recommend('aws', { managed: 'yes', 'ip-scarce': 'yes' });
		expect(result.pick).toBe('calico-vxlan');
		expect(result.underlay.join(' ')).not.toMatch(/source\/destination/);
	});

	test.each([
		['leaves for a Calico overlay', { managed: 'yes', 'ip-scarce': 'yes' }, 'calico-vxlan'],
		['keeps the VPC CNI for routable pods', { routable: 'yes', 'ip-scarce': 'yes' }, 'aws-vpc-cni'],
	] as const)(
		'an AWS reader short of VPC addresses who %s hears AWS’s own remedies',
		(_situation, answers, pick) => {
			const result = recommend('aws', answers);
			expect(result.pick).toBe(pick);
			const said = result.tradeoffs.join(' ');
			expect(said).toContain(`custom networking puts pods in subnets of a secondary VPC CIDR`);
			expect(said).toContain(facts.vpcCniCustomNetworkingRange.value);
			expect(said).toContain('an IPv6 cluster (chosen at creation)');
			expect(said).toContain(`fails with ${facts.prefixDelegationNeedsContiguous.value}`);
		}
	);

	test('an AWS reader with plenty of VPC addresses is not told about remedies', () => {
		expect(recommend('aws', { managed: 'yes' }).tradeoffs.join(' ')).not.toContain(
			'custom networking'
		);
	});

	test('Azure rules out IP-in-IP because the fabric drops it', () => {
		const excluded = recommend('azure', {}).excluded.find(
			(e) => e.option === 'calico-ipip-cross-subnet'
		);
		expect(excluded?.reason).toMatch(/drops IP-in-IP/);
	});

	test('Canal is excluded everywhere with the reason that Calico VXLAN does the same', () => {
		const excluded = recommend('other', {}).excluded.find((e) => e.option === 'canal');
		expect(excluded?.reason).toMatch(/VXLAN of its own/);
	});

	test('questions another environment asks are ignored', () => {
		expect(recommend('on-prem', { 'pod-limit': 'yes', bgp: 'yes' }).answers).toEqual({
			routable: 'unsure',
			bgp: 'yes',
			l2: 'unsure',
			ipip: 'unsure',
			'bgp-port': 'unsure',
			windows: 'unsure',
			ipv6: 'unsure',
			wireguard: 'unsure',
			ebpf: 'unsure',
			kubevirt: 'unsure',
			'lb-ips': 'unsure',
			nftables: 'unsure',
		});
	});
});

describe('recommend() follows the corrected facts (calico-facts.md section 8)', () => {
	const cases: {
		situation: string;
		env: EnvironmentId;
		answers: Answers;
		pick: OptionId;
		says: RegExp;
		where: 'reasons' | 'tradeoffs' | 'underlay';
	}[] = [
		{
			situation: 'On Azure VMs, plain VXLAN names the price of cross-subnet',
			env: 'azure',
			answers: { managed: 'no' },
			pick: 'calico-vxlan',
			says: /route-table entry .* IP forwarding/,
			where: 'reasons',
		},
		{
			situation: 'On EKS with too few pods per node, the overlay comes with raising max pods',
			env: 'aws',
			answers: { managed: 'yes', 'pod-limit': 'yes' },
			pick: 'calico-vxlan',
			says: /--max-pods-per-node/,
			where: 'reasons',
		},
		{
			situation: 'On self-managed EC2 with too few pods per node, the kubelet’s maxPods is named',
			env: 'aws',
			answers: { managed: 'no', 'pod-limit': 'yes' },
			pick: 'calico-vxlan-cross-subnet',
			says: /maxPods in the kubelet/,
			where: 'reasons',
		},
		{
			situation: 'On EKS with a Calico overlay, webhooks go on the host network',
			env: 'aws',
			answers: { managed: 'yes', 'cloud-neutral': 'yes' },
			pick: 'calico-vxlan',
			says: /hostNetwork: true/,
			where: 'tradeoffs',
		},
		{
			situation: 'Cross-subnet on AWS names both IAM permissions',
			env: 'aws',
			answers: { managed: 'no', 'cloud-neutral': 'yes' },
			pick: 'calico-vxlan-cross-subnet',
			says: /ec2:DescribeInstances and ec2:ModifyNetworkInterfaceAttribute/,
			where: 'underlay',
		},
		{
			situation: 'On GKE short of addresses, GKE’s own remedies are named',
			env: 'google-cloud',
			answers: { managed: 'yes', 'ip-scarce': 'yes' },
			pick: 'gke-alias-ip',
			says: /max pods per node.*multi-Pod CIDR/,
			where: 'tradeoffs',
		},
		{
			situation: 'On GKE avoiding cloud networking, Compute Engine is the way to an overlay',
			env: 'google-cloud',
			answers: { managed: 'yes', 'cloud-neutral': 'yes' },
			pick: 'gke-alias-ip',
			says: /Compute Engine/,
			where: 'tradeoffs',
		},
		{
			situation: 'On GKE, Calico policy needs Standard with --enable-network-policy',
			env: 'google-cloud',
			answers: { managed: 'yes' },
			pick: 'gke-alias-ip',
			says: /Autopilot .* Dataplane V2/,
			where: 'tradeoffs',
		},
		{
			situation:
				'AKS short of addresses gets Azure CNI Overlay, with kubenet’s retirement and 400-node limit named',
			env: 'azure',
			answers: { managed: 'yes', 'ip-scarce': 'yes' },
			pick: 'azure-cni-overlay',
			says: /31 March 2028.*400 nodes/,
			where: 'tradeoffs',
		},
		{
			situation: 'AKS with the Azure CNI names the addresses reserved up front',
			env: 'azure',
			answers: { managed: 'yes' },
			pick: 'azure-cni',
			says: /reserves each node’s max-pods worth of addresses up front \(30 by default\)/,
			where: 'tradeoffs',
		},
	];

	test.each(cases)('$situation', ({ env, answers, pick, says, where }) => {
		const result = recommend(env, answers);
		expect(result.pick).toBe(pick);
		expect(result[where].join(' ')).toMatch(says);
	});

	test('on Azure VMs the cross-subnet alternative comes first, and its Azure needs name the route table and IP forwarding', () => {
		const result = recommend('azure', { managed: 'no' });
		expect(result.alternatives[0]).toBe('calico-vxlan-cross-subnet');
		expect(underlayFor(getOption('calico-vxlan-cross-subnet'), 'azure').join(' ')).toMatch(
			/UDR.*IP forwarding/
		);
	});

	test('AKS short of addresses keeps the host-local setup as the first alternative, marked as retiring', () => {
		const result = recommend('azure', { managed: 'yes', 'ip-scarce': 'yes' });
		expect(result.alternatives[0]).toBe('azure-host-local');
		expect(getOption('azure-host-local').retiring?.date).toBe('2028-03-31');
	});

	test('on GKE a Calico overlay is ruled out, with the reason naming Compute Engine', () => {
		const result = recommend('google-cloud', { managed: 'yes', 'cloud-neutral': 'yes' });
		for (const id of ['calico-vxlan', 'calico-ipip'] as const) {
			expect(result.alternatives).not.toContain(id);
			expect(result.excluded.find((e) => e.option === id)?.reason).toMatch(
				/network policy only.*Compute Engine/
			);
		}
	});

	test('on IKS nothing but the built-in mode is offered; on IBM Cloud servers you run yourself, VXLAN cross-subnet is too', () => {
		expect(recommend('ibm-cloud', { managed: 'yes' }).alternatives).toEqual([]);
		expect(recommend('ibm-cloud', { managed: 'no' }).alternatives).toEqual([
			'calico-vxlan-cross-subnet',
		]);
	});
});

describe('recommend() rejects what it does not know, in words a reader understands', () => {
	test('an unknown environment', () => {
		expect(() => recommend('mars' as EnvironmentId)).toThrowErrorMatchingInlineSnapshot(
			`[RecommenderInputError: Unknown environment "mars". Use one of "on-prem", "aws", "azure", "google-cloud", "ibm-cloud", "oracle-cloud", "digitalocean", "hetzner", "openstack", "vsphere", "laptop", "other".]`
		);
	});

	test('an answer that is not yes, no or unsure', () => {
		expect(() =>
			recommend('aws', { routable: 'maybe' as 'yes' })
		).toThrowErrorMatchingInlineSnapshot(
			`[RecommenderInputError: answers.routable: "maybe" is not an answer. Answer "yes", "no" or "unsure".]`
		);
	});

	test('an unknown question', () => {
		const call = () => recommend('aws', { colour: 'yes' } as Answers);
		expect(call).toThrow(RecommenderInputError);
		expect(call).toThrow(/Unknown question "colour"/);
	});
});

describe('links made before the EKS Auto Mode and Fargate questions existed keep their pick', () => {
	test.each([
		{ link: 'env=aws&managed=yes', pick: 'aws-vpc-cni' },
		{ link: 'env=aws&managed=yes&ip-scarce=yes', pick: 'calico-vxlan' },
		{ link: 'env=aws&managed=yes&pod-limit=yes&windows=no', pick: 'calico-vxlan' },
		{ link: 'env=aws&managed=no', pick: 'calico-vxlan-cross-subnet' },
	] as const)('$link still picks $pick, with no conflict', ({ link, pick }) => {
		const params = new URLSearchParams(link);
		const answers = Object.fromEntries([...params].filter(([k]) => k !== 'env')) as Answers;
		const result = recommend('aws', answers);
		expect(result.pick).toBe(pick);
		expect(result.conflicts).toEqual([]);
		expect(result.answers['eks-auto-mode']).toBe('unsure');
	});
});
