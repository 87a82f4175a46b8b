import { describe, expect, test } from 'vitest';
import {
	configSheet,
	decide,
	distributions,
	distributionFacts as facts,
	facts as calicoFacts,
	installSteps,
	generateConfig,
	getOption,
	recommend,
	releaseOf,
	RecommenderInputError,
	type DistributionId,
} from '../../../src/lib';

/** What the recommender says about installing its pick on a distribution, on-premises with nothing answered. */
const noted = (dist: DistributionId) =>
	installSteps(decide('on-prem', {}, undefined, dist)).join(' ');

describe('a distribution is Kubernetes the reader installs', () => {
	test.each(distributions.map((d) => [d.id]))(
		'on Azure, %s answers the managed question No and rules out what only AKS runs',
		(dist) => {
			const result = recommend('azure', {}, undefined, dist as DistributionId);
			expect(result.answers.managed).toBe('no');
			expect(result.distribution).toBe(dist);
			const overlay = result.excluded.find((e) => e.option === 'azure-cni-overlay');
			expect(overlay?.reason).toMatch(/you said you will run Kubernetes yourself/);
		}
	);

	test('without a distribution, nothing is said about installing', () => {
		const result = recommend('aws');
		expect(result.distribution).toBeNull();
		expect(installSteps(result)).toEqual([]);
	});

	test('recommend() refuses an unknown distribution, naming the known ones', () => {
		expect(() => recommend('aws', {}, undefined, 'minishift' as DistributionId)).toThrow(
			/Unknown distribution "minishift"\. Use one of "kubeadm", "openshift"/
		);
	});

	test('recommend() refuses a distribution beside managed: yes', () => {
		expect(() => recommend('aws', { managed: 'yes' }, undefined, 'k3s')).toThrow(
			RecommenderInputError
		);
	});
});

describe('what installing the pick takes on each distribution', () => {
	test.each<[string, DistributionId, RegExp]>([
		[
			'kubeadm: the pod network CIDR is the pool',
			'kubeadm',
			/Set kubeadm init --pod-network-cidr .* to the pool’s CIDR/,
		],
		['kubeadm: the operator refuses a pool outside it', 'kubeadm', /is not within the platform/],
		['OpenShift: networkType Calico', 'openshift', /networking\.networkType: Calico/],
		['OpenShift: the pool stays in the cluster network', 'openshift', /10\.128\.0\.0\/14/],
		['RKE2: cni calico, not its default canal', 'rke2', /cni: calico .*default is canal/],
		['RKE2: changes go through HelmChartConfig', 'rke2', /HelmChartConfig named rke2-calico/],
		['RKE2: the Calico it ships, when not the version chosen', 'rke2', /installs Calico 3\.32\.1/],
		[
			'k3s: flannel and its policy controller off',
			'k3s',
			/--flannel-backend=none --disable-network-policy/,
		],
		['k3s: the pool is its cluster CIDR', 'k3s', /Make the pool 10\.42\.0\.0\/16/],
		['k3s: container IP forwarding', 'k3s', /containerIPForwarding: Enabled/],
		[
			'k0s: its own manifests, in its own terms',
			'k0s',
			/spec\.network\.calico\.mode: vxlan with overlay: CrossSubnet/,
		],
		[
			'kOps: its own manifests, in its own terms',
			'kops',
			/encapsulationMode: vxlan with vxlanMode: CrossSubnet/,
		],
		[
			'Kubespray: its own variables',
			'kubespray',
			/calico_network_backend: vxlan, calico_vxlan_mode: CrossSubnet/,
		],
		['Kubespray: the Calico it ships', 'kubespray', /installs Calico 3\.31\.7 .*choose 3\.31/],
		[
			'Talos: no CNI of its own',
			'talos',
			/cluster\.network\.cni\.name: none .*installs flannel otherwise/,
		],
	])('%s', (_, dist, expected) => {
		// On-premises with nothing answered, the pick is VXLAN cross-subnet.
		expect(decide('on-prem', {}, undefined, dist).pick).toBe('calico-vxlan-cross-subnet');
		expect(noted(dist)).toMatch(expected);
	});

	test('a distribution that ships the chosen Calico says nothing about versions', () => {
		const notes = installSteps(decide('on-prem', {}, releaseOf('3.32'), 'rke2')).join(' ');
		expect(notes).not.toMatch(/installs Calico/);
	});

	test('Kubespray names IP-in-IP in its own variables for an IP-in-IP pick', () => {
		const result = decide('on-prem', { bgp: 'no', l2: 'no' }, undefined, 'kubespray');
		const option = getOption(result.pick);
		if (option.operator?.encapsulation?.startsWith('IPIP'))
			expect(installSteps(result).join(' ')).toMatch(
				/calico_network_backend: bird, calico_ipip_mode/
			);
		else expect(installSteps(result).join(' ')).toMatch(/calico_network_backend: vxlan/);
	});
});

describe('the configuration for a distribution', () => {
	test.each<[DistributionId, string]>([
		['k3s', facts.k3sClusterCidr.value],
		['rke2', facts.rke2ClusterCidr.value],
		['openshift', facts.openshiftClusterNetwork.value.cidr],
		['k0s', facts.k0sPodCidr.value],
		['kops', facts.kopsPodCidr.value],
		['kubespray', facts.kubesprayPodSubnet.value],
		['talos', facts.talosPodSubnet.value],
		['kubeadm', calicoFacts.defaultPoolV4.value],
	])('on %s the pool is %s unless the reader gives one', (dist, cidr) => {
		const config = generateConfig({ option: 'calico-vxlan', distribution: dist });
		if (!config.supported) throw new Error(config.reason);
		expect(config.resources[0]!.spec.calicoNetwork?.ipPools?.[0]?.cidr).toBe(cidr);
		const given = generateConfig({
			option: 'calico-vxlan',
			distribution: dist,
			poolCidr: '10.200.0.0/16',
		});
		if (!given.supported) throw new Error(given.reason);
		expect(given.resources[0]!.spec.calicoNetwork?.ipPools?.[0]?.cidr).toBe('10.200.0.0/16');
	});

	test.each<[DistributionId, string | undefined]>([
		['openshift', 'OpenShift'],
		['rke2', 'RKE2'],
		['k3s', undefined],
		['kubeadm', undefined],
	])('on %s the Installation names kubernetesProvider %s', (dist, provider) => {
		const config = generateConfig({ option: 'calico-vxlan', env: 'aws', distribution: dist });
		if (!config.supported) throw new Error(config.reason);
		expect(config.resources[0]!.spec.kubernetesProvider).toBe(provider);
	});

	test('only k3s turns container IP forwarding on', () => {
		for (const { id } of distributions) {
			const config = generateConfig({ option: 'calico-bgp-mesh', distribution: id });
			if (!config.supported) throw new Error(config.reason);
			const forwarding = config.resources[0]!.spec.calicoNetwork?.containerIPForwarding;
			expect(forwarding).toBe(id === 'k3s' ? 'Enabled' : undefined);
		}
	});

	test('the sheet for a distribution on AWS carries no EKS steps', () => {
		const sheet = configSheet({
			option: 'calico-vxlan',
			env: 'aws',
			answers: {},
			date: '2026-12-04',
			link: 'https://example.test/recommend/?env=aws&dist=kops',
			distribution: 'kops',
		});
		if (!sheet.supported) throw new Error(sheet.reason);
		expect(sheet.yaml).not.toMatch(/kubernetesProvider: EKS/);
		expect(sheet.yaml).toMatch(/cidr: 100\.96\.0\.0\/11/);
	});
});
