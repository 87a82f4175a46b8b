import { describe, expect, test } from 'vitest';
import { answerLines } from '../../../src/lib/catalog/answer-lines';
import { decisionRecord, recordHref } from '../../../src/lib/recommender/record';

describe('the decision record', () => {
	const record = decisionRecord(
		'azure',
		{ managed: 'yes', 'ip-scarce': 'yes' },
		'2026-11-27',
		'https://guide.example'
	);

	test('is dated in words and names the environment', () => {
		expect(record.date).toBe('27 November 2026');
		expect(record.environment).toBe('Azure');
	});

	test('lists every question the environment asks, “Not sure” included', () => {
		expect(record.answers).toEqual([
			{
				question: 'Must pod IPs be reachable from outside the cluster without NAT?',
				answer: 'Not sure',
			},
			{
				question: 'Will you use the provider’s managed Kubernetes (EKS, AKS, GKE, IKS or OKE)?',
				answer: 'Yes',
			},
			{
				question: 'Is the cloud network short of addresses, so that it cannot give every pod one?',
				answer: 'Yes',
			},
			{
				question: 'Do you want to avoid depending on the cloud provider’s networking?',
				answer: 'Not sure',
			},
			{
				question:
					'Will the AKS cluster run Azure CNI Powered by Cilium (--network-dataplane cilium)?',
				answer: 'Not sure',
			},
			{ question: 'Will any nodes run Windows?', answer: 'Not sure' },
			{
				question: 'Do you want Calico to encrypt pod traffic between nodes with WireGuard?',
				answer: 'Not sure',
			},
		]);
	});

	test('holds the pick with its tuple, and alternatives marked when retiring', () => {
		expect(record.pick).toMatchObject({
			id: 'azure-cni-overlay',
			details: 'Policy:Calico,IPAM:Azure,CNI:Azure,Overlay:Yes,Routing:VPC Native',
		});
		expect(record.alternatives[0]).toMatchObject({
			id: 'azure-host-local',
			retiring: 'Retiring 31 March 2028',
		});
	});

	test('says where it departs from upstream, and links back to the recommender that reproduces it', () => {
		expect(record.differences).toEqual([
			{
				title: expect.stringContaining('Azure CNI Overlay'),
				href: 'https://guide.example/differences/#aks-short-of-addresses',
			},
		]);
		expect(record.link).toBe(
			'https://guide.example/recommend/?env=azure&managed=yes&ip-scarce=yes'
		);
	});

	test('writes each answer that would change the pick as a line', () => {
		expect(record.changes).toContain(
			'Pod IPs routable outside? Yes → Azure CNI with Calico policy'
		);
	});

	test('answer lines for anywhere else', () => {
		expect(answerLines('other', { windows: 'yes' })).toEqual([
			{
				question: 'Must pod IPs be reachable from outside the cluster without NAT?',
				answer: 'Not sure',
			},
			{ question: 'Will any nodes run Windows?', answer: 'Yes' },
			{
				question: 'Do you want Calico to encrypt pod traffic between nodes with WireGuard?',
				answer: 'Not sure',
			},
			{ question: 'Does kube-proxy run in nftables mode, or will it?', answer: 'Not sure' },
		]);
	});

	test('its address carries the answers given', () => {
		expect(recordHref('aws', { routable: 'no', managed: 'unsure' })).toBe(
			'/record/?env=aws&routable=no'
		);
	});
});
