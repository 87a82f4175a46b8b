import { describe, expect, test } from 'vitest';
import { optionDetails, recommend, RecommenderInputError, type Answers, type EnvironmentId, type OptionId } from '../../src/lib';

/** Every situation the upstream page describes, with the tuple it gives and (where it names one) the alternative. */
const seedSituations: { situation: string; env: EnvironmentId; answers: Answers; details: string; alternative?: string }[] = [
	{ situation: 'on-prem where the top-of-rack routers peer BGP', env: 'on-prem', answers: { bgp: 'yes' }, details: 'Policy:Calico,IPAM:Calico,CNI:Calico,Overlay:No,Routing:BGP' },
	{ situation: 'on-prem in one layer-2 network without peering', env: 'on-prem', answers: { bgp: 'no', l2: 'yes' }, details: 'Policy:Calico,IPAM:Calico,CNI:Calico,Overlay:No,Routing:BGP' },
	{
		situation: 'on-prem otherwise',
		env: 'on-prem',
		answers: { bgp: 'no', l2: 'no' },
		details: 'Policy:Calico,IPAM:Calico,CNI:Calico,Cross-subnet:VXLAN,Routing:Calico',
		alternative: 'Policy:Calico,IPAM:Calico,CNI:Calico,Cross-subnet:IPIP,Routing:BGP',
	},
	{ situation: 'AWS with routable pod IPs', env: 'aws', answers: { routable: 'yes' }, details: 'Policy:Calico,IPAM:AWS,CNI:AWS,Overlay:No,Routing:VPC Native' },
	{ situation: 'AWS avoiding a cloud dependency', env: 'aws', answers: { 'cloud-neutral': 'yes' }, details: 'Policy:Calico,IPAM:Calico,CNI:Calico,Cross-subnet:VXLAN,Routing:Calico' },
	{ situation: 'AWS short of VPC addresses', env: 'aws', answers: { 'ip-scarce': 'yes' }, details: 'Policy:Calico,IPAM:Calico,CNI:Calico,Cross-subnet:VXLAN,Routing:Calico' },
	{ situation: 'AWS short of pods per node', env: 'aws', answers: { 'pod-limit': 'yes' }, details: 'Policy:Calico,IPAM:Calico,CNI:Calico,Cross-subnet:VXLAN,Routing:Calico' },
	{ situation: 'Azure with routable pod IPs', env: 'azure', answers: { routable: 'yes' }, details: 'Policy:Calico,IPAM:Azure,CNI:Azure,Overlay:No,Routing:VPC Native' },
	{ situation: 'AKS short of VNET addresses', env: 'azure', answers: { managed: 'yes', 'ip-scarce': 'yes' }, details: 'Policy:Calico,IPAM:Host Local,CNI:Calico,Overlay:No,Routing:VPC Native' },
	{ situation: 'Azure without AKS', env: 'azure', answers: { managed: 'no' }, details: 'Policy:Calico,IPAM:Calico,CNI:Calico,Cross-subnet:VXLAN,Routing:Calico' },
	{ situation: 'Azure without AKS, avoiding a cloud dependency', env: 'azure', answers: { managed: 'no', 'cloud-neutral': 'yes' }, details: 'Policy:Calico,IPAM:Calico,CNI:Calico,Cross-subnet:VXLAN,Routing:Calico' },
	{ situation: 'Azure without AKS, short of addresses', env: 'azure', answers: { managed: 'no', 'ip-scarce': 'yes' }, details: 'Policy:Calico,IPAM:Calico,CNI:Calico,Cross-subnet:VXLAN,Routing:Calico' },
	{ situation: 'Google Cloud with routable pod IPs', env: 'google-cloud', answers: { routable: 'yes' }, details: 'Policy:Calico,IPAM:Host Local,CNI:Calico,Overlay:No,Routing:VPC Native' },
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
	{ situation: 'IBM Cloud', env: 'ibm-cloud', answers: {}, details: 'Policy:Calico,IPAM:Calico,CNI:Calico,Cross-subnet:IPIP,Routing:BGP' },
	{ situation: 'anywhere else', env: 'other', answers: {}, details: 'Policy:Calico,IPAM:Calico,CNI:Calico,Cross-subnet:VXLAN,Routing:Calico' },
];

describe('recommend() reproduces the upstream page', () => {
	test.each(seedSituations)('$situation gets $details', ({ env, answers, details, alternative }) => {
		const result = recommend(env, answers);
		expect(optionDetails(result.pick)).toBe(details);
		if (alternative) expect(optionDetails(result.alternatives[0] as OptionId)).toBe(alternative);
	});

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
		expect(result.changes).toContainEqual({ question: 'bgp', answer: 'yes', pick: 'calico-bgp-peering' });
		expect(result.changes).toContainEqual({ question: 'l2', answer: 'yes', pick: 'calico-bgp-mesh' });
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

	test('on EKS, a reader leaving the VPC CNI gets plain VXLAN, which needs no source/destination check change', () => {
		const result = recommend('aws', { managed: 'yes', 'ip-scarce': 'yes' });
		expect(result.pick).toBe('calico-vxlan');
		expect(result.underlay.join(' ')).not.toMatch(/source\/destination/);
	});

	test('Azure rules out IP-in-IP because the fabric drops it', () => {
		const excluded = recommend('azure', {}).excluded.find((e) => e.option === 'calico-ipip-cross-subnet');
		expect(excluded?.reason).toMatch(/drops IP-in-IP/);
	});

	test('Canal is excluded everywhere with the reason that Calico VXLAN does the same', () => {
		const excluded = recommend('other', {}).excluded.find((e) => e.option === 'canal');
		expect(excluded?.reason).toMatch(/VXLAN of its own/);
	});

	test('questions another environment asks are ignored', () => {
		expect(recommend('on-prem', { 'pod-limit': 'yes', bgp: 'yes' }).answers).toEqual({ routable: 'unsure', bgp: 'yes', l2: 'unsure' });
	});
});

describe('recommend() rejects what it does not know, in words a reader understands', () => {
	test('an unknown environment', () => {
		expect(() => recommend('mars' as EnvironmentId)).toThrowErrorMatchingInlineSnapshot(
			`[RecommenderInputError: Unknown environment "mars". Use one of "on-prem", "aws", "azure", "google-cloud", "ibm-cloud", "other".]`,
		);
	});

	test('an answer that is not yes, no or unsure', () => {
		expect(() => recommend('aws', { routable: 'maybe' as 'yes' })).toThrowErrorMatchingInlineSnapshot(
			`[RecommenderInputError: answers.routable: "maybe" is not an answer. Answer "yes", "no" or "unsure".]`,
		);
	});

	test('an unknown question', () => {
		const call = () => recommend('aws', { colour: 'yes' } as Answers);
		expect(call).toThrow(RecommenderInputError);
		expect(call).toThrow(/Unknown question "colour"/);
	});
});
