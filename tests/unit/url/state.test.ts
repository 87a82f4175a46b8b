import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	environmentIds,
	parseRecommenderQuery,
	questionsByEnvironment,
	serialiseRecommenderQuery,
	type Answers,
} from '../../../src/lib';

describe('reading the recommender URL', () => {
	test('reads the environment and the answers it asks', () => {
		expect(parseRecommenderQuery('?env=aws&routable=yes&pod-limit=no')).toEqual({
			env: 'aws',
			answers: { routable: 'yes', 'pod-limit': 'no' },
			ignored: [],
		});
	});

	test('reads a whole URL, and ignores the fragment', () => {
		expect(
			parseRecommenderQuery('https://example.test/recommend/?env=on-prem&bgp=yes#result').answers
		).toEqual({ bgp: 'yes' });
	});

	test('accepts values in any case and with spaces around them', () => {
		expect(parseRecommenderQuery('env=AWS&routable=%20Yes').answers).toEqual({ routable: 'yes' });
	});

	test.each([
		[
			'an unknown environment',
			'env=mars',
			{
				param: 'env',
				value: 'mars',
				reason:
					'"mars" is not an environment. Use one of: on-prem, aws, azure, google-cloud, ibm-cloud, oracle-cloud, digitalocean, hetzner, openstack, vsphere, laptop, other.',
			},
		],
		[
			'an unknown parameter',
			'env=aws&colour=blue',
			{
				param: 'colour',
				value: 'blue',
				reason:
					'"colour" is not a recommender parameter. Known parameters: env, dist, calico, routable, bgp, l2, managed, ip-scarce, cloud-neutral, pod-limit, ipip, bgp-port, src-dst-check, pod-source, windows, ipv6, wireguard, ebpf, control-plane, eks-auto-mode, fargate, gke-dataplane-v2, aks-cilium, oke-virtual-nodes, kubevirt, lb-ips, nftables.',
			},
		],
		[
			'a value other than yes or no',
			'routable=maybe',
			{
				param: 'routable',
				value: 'maybe',
				reason: 'routable takes yes or no, not "maybe"; leave it out for “not sure”.',
			},
		],
		[
			'an empty value',
			'routable=',
			{
				param: 'routable',
				value: '',
				reason: 'routable takes yes or no, not an empty value; leave it out for “not sure”.',
			},
		],
		[
			'a question the environment does not ask',
			'env=azure&pod-limit=yes',
			{
				param: 'pod-limit',
				value: 'yes',
				reason: 'pod-limit is not asked for Azure (only for AWS).',
			},
		],
		[
			'a distribution the guide does not know',
			'env=aws&dist=minishift',
			{
				param: 'dist',
				value: 'minishift',
				reason:
					'"minishift" is not a distribution the guide knows. Use one of: kubeadm, openshift, rke2, k3s, k0s, kops, kubespray, talos; leave dist out for a managed service or another installer.',
			},
		],
		[
			'a distribution beside managed=yes',
			'env=aws&managed=yes&dist=k3s',
			{
				param: 'dist',
				value: 'k3s',
				reason:
					'k3s is Kubernetes you install yourself, but managed=yes says the provider runs it; dist was not used. Drop one of the two.',
			},
		],
		[
			'a repeated parameter',
			'env=aws&routable=yes&routable=no',
			{
				param: 'routable',
				value: 'no',
				reason: '"routable" appears more than once; only the first value is used.',
			},
		],
	])('reports %s as ignored, with the reason', (_, query, ignored) => {
		expect(parseRecommenderQuery(query).ignored).toEqual([ignored]);
	});

	test('reads how the cluster is installed, in any case', () => {
		expect(parseRecommenderQuery('env=on-prem&dist=RKE2')).toEqual({
			env: 'on-prem',
			answers: {},
			dist: 'rke2',
			ignored: [],
		});
	});

	test('without an environment, keeps every valid answer for when one is chosen', () => {
		expect(parseRecommenderQuery('bgp=yes&pod-limit=no')).toEqual({
			answers: { bgp: 'yes', 'pod-limit': 'no' },
			ignored: [],
		});
	});

	test('never throws, whatever the query', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary' }), (query) => {
				const state = parseRecommenderQuery(query);
				expect(Array.isArray(state.ignored)).toBe(true);
			}),
			{ numRuns: 2000 }
		);
	});

	test('every parameter of a random query is either used or reported', () => {
		const key = fc.oneof(
			fc.constantFrom(
				'env',
				'dist',
				'routable',
				'bgp',
				'l2',
				'managed',
				'ip-scarce',
				'cloud-neutral',
				'pod-limit'
			),
			fc.string()
		);
		const value = fc.oneof(
			fc.constantFrom('yes', 'no', 'aws', 'azure', 'on-prem', 'k3s', ''),
			fc.string()
		);
		fc.assert(
			fc.property(fc.array(fc.tuple(key, value), { maxLength: 8 }), (pairs) => {
				const params = new URLSearchParams(pairs);
				const state = parseRecommenderQuery(params);
				const used = (state.env ? 1 : 0) + (state.dist ? 1 : 0) + Object.keys(state.answers).length;
				expect(used + state.ignored.length).toBe([...params].length);
			})
		);
	});
});

describe('writing the recommender URL', () => {
	test('leaves out "not sure" and writes parameters in question order', () => {
		expect(
			serialiseRecommenderQuery('aws', { 'pod-limit': 'yes', routable: 'unsure', managed: 'no' })
		).toBe('env=aws&managed=no&pod-limit=yes');
	});

	test('writes the distribution after the environment, and reads it back', () => {
		const query = serialiseRecommenderQuery('aws', { routable: 'yes' }, undefined, 'kops');
		expect(query).toBe('env=aws&dist=kops&routable=yes');
		expect(parseRecommenderQuery(query).dist).toBe('kops');
	});

	test('drops answers to questions the environment does not ask', () => {
		expect(serialiseRecommenderQuery('on-prem', { bgp: 'yes', 'pod-limit': 'yes' })).toBe(
			'env=on-prem&bgp=yes'
		);
	});

	test('what it writes reads back to the same state, for any environment and answers', () => {
		const state = fc.constantFrom(...environmentIds).chain((env) =>
			fc.record({
				env: fc.constant(env),
				answers: fc.dictionary(
					fc.constantFrom(...questionsByEnvironment[env]),
					fc.constantFrom('yes', 'no', 'unsure' as const)
				),
			})
		);
		fc.assert(
			fc.property(state, ({ env, answers }) => {
				const expected = Object.fromEntries(
					Object.entries(answers).filter(([, a]) => a !== 'unsure')
				) as Answers;
				expect(parseRecommenderQuery(serialiseRecommenderQuery(env, answers))).toEqual({
					env,
					answers: expected,
					ignored: [],
				});
			})
		);
	});
});

describe('the Calico version in the recommender URL', () => {
	test.each([
		{ query: '?env=on-prem&calico=3.32', calico: '3.32' },
		{ query: '?env=on-prem&calico=v3.31.7', calico: '3.31' },
		{ query: '?env=on-prem&calico=3.33', calico: undefined },
		{ query: '?env=on-prem', calico: undefined },
	])('$query is read as Calico $calico (left out: the newest)', ({ query, calico }) => {
		const parsed = parseRecommenderQuery(query);
		expect(parsed.calico).toBe(calico);
		expect(parsed.ignored).toEqual([]);
	});

	test('a version the guide does not answer for is ignored with a message naming the supported ones', () => {
		const parsed = parseRecommenderQuery('?env=on-prem&calico=3.29');
		expect(parsed.calico).toBeUndefined();
		expect(parsed.ignored).toEqual([
			{
				param: 'calico',
				value: '3.29',
				reason: expect.stringMatching(/choose 3\.31, 3\.32, 3\.33/),
			},
		]);
	});

	test('a link keeps an older version and leaves the newest out', () => {
		expect(serialiseRecommenderQuery('on-prem', { l2: 'yes' }, '3.32')).toBe(
			'env=on-prem&calico=3.32&l2=yes'
		);
		expect(serialiseRecommenderQuery('on-prem', { l2: 'yes' }, '3.33')).toBe('env=on-prem&l2=yes');
	});
});
