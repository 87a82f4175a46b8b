import { parse, parseAllDocuments } from 'yaml';
import { describe, expect, test } from 'vitest';
import { configSheet } from '../../../src/lib/config/sheet';
import { extraSteps, type ExtraStepId } from '../../../src/lib/config/steps';
import {
	answerValues,
	eksHostNetwork,
	eksHostNetworkIfEks,
	facts,
	options,
	raiseMaxPods,
	validateInstallation,
	type Answers,
	type EnvironmentId,
	type OptionId,
} from '../../../src/lib';

const stepIds = (option: OptionId, env: EnvironmentId, answers: Answers = {}) =>
	extraSteps(option, env, answers).map((step) => step.id);
const stepOf = (id: ExtraStepId, option: OptionId, env: EnvironmentId, answers: Answers = {}) => {
	const step = extraSteps(option, env, answers).find((s) => s.id === id);
	if (!step) throw new Error(`no ${id} step for ${option} on ${env}`);
	return step;
};
const sheetOf = (option: OptionId, env: EnvironmentId, answers: Answers = {}) =>
	configSheet({
		option,
		env,
		answers,
		date: '2026-11-28',
		link: 'https://guide.example/recommend/',
	});

describe('which extra steps an option needs', () => {
	test.each<[string, OptionId, EnvironmentId, Answers, ExtraStepId[]]>([
		[
			'cross-subnet VXLAN on self-managed AWS needs the IAM policy and the FelixConfiguration',
			'calico-vxlan-cross-subnet',
			'aws',
			{ managed: 'no' },
			['aws-src-dst-iam', 'felix-configuration'],
		],
		[
			'plain VXLAN on EKS needs the VPC CNI removed, max pods raised and webhooks on the host network, and leaves the source/destination check alone',
			'calico-vxlan',
			'aws',
			{ managed: 'yes' },
			['eks-remove-aws-node', 'eks-max-pods', 'eks-host-network'],
		],
		[
			'plain VXLAN on AWS, not sure about EKS, names the EKS steps all the same',
			'calico-vxlan',
			'aws',
			{},
			['eks-remove-aws-node', 'eks-max-pods', 'eks-host-network'],
		],
		[
			'plain VXLAN on self-managed AWS needs nothing more',
			'calico-vxlan',
			'aws',
			{ managed: 'no' },
			[],
		],
		[
			'cross-subnet VXLAN on EKS needs the AWS and the EKS steps',
			'calico-vxlan-cross-subnet',
			'aws',
			{ managed: 'yes' },
			[
				'aws-src-dst-iam',
				'eks-remove-aws-node',
				'eks-max-pods',
				'felix-configuration',
				'eks-host-network',
			],
		],
		[
			'the Amazon VPC CNI on EKS needs only its pods annotated with their IPs: its pods have VPC addresses',
			'aws-vpc-cni',
			'aws',
			{ managed: 'yes' },
			['vpc-cni-annotate-pod-ip'],
		],
		[
			'a BGP mesh on-premises with nothing special needs nothing more',
			'calico-bgp-mesh',
			'on-prem',
			{},
			[],
		],
		[
			'WireGuard wanted adds the FelixConfiguration that turns it on',
			'calico-vxlan',
			'on-prem',
			{ wireguard: 'yes' },
			['felix-configuration'],
		],
		['WireGuard not wanted adds nothing', 'calico-vxlan', 'on-prem', { wireguard: 'no' }, []],
		[
			'the eBPF dataplane wanted adds the API server address and kube-proxy off',
			'calico-bgp-mesh',
			'on-prem',
			{ ebpf: 'yes' },
			['api-server-endpoint', 'ebpf-kube-proxy'],
		],
		['the eBPF dataplane not sure adds nothing', 'calico-vxlan', 'on-prem', { ebpf: 'unsure' }, []],
		[
			'GKE, where neither WireGuard nor eBPF runs, gets neither even when wanted',
			'gke-alias-ip',
			'google-cloud',
			{ managed: 'yes', wireguard: 'yes', ebpf: 'yes' },
			[],
		],
		[
			'Canal, which the operator does not install, gets no operator steps',
			'canal',
			'aws',
			{ wireguard: 'yes', ebpf: 'yes' },
			[],
		],
	])('%s', (_, option, env, answers, expected) => {
		expect(stepIds(option, env, answers)).toEqual(expected);
	});
});

describe('what each step says', () => {
	test('the IAM policy grants exactly the permissions Felix needs for the source/destination check', () => {
		const policy = JSON.parse(stepOf('aws-src-dst-iam', 'calico-vxlan-cross-subnet', 'aws').text);
		expect(policy.Statement).toEqual([
			{ Effect: 'Allow', Action: facts.srcDstCheckIam.value, Resource: '*' },
		]);
	});

	test('on AWS the FelixConfiguration turns the source/destination check off', () => {
		const felix = parse(stepOf('felix-configuration', 'calico-bgp-mesh', 'aws').text);
		expect(felix).toEqual({
			apiVersion: 'projectcalico.org/v3',
			kind: 'FelixConfiguration',
			metadata: { name: 'default' },
			spec: { awsSrcDstCheck: 'Disable' },
		});
	});

	test('with WireGuard wanted the FelixConfiguration turns WireGuard on, for IPv6 too when pods need it', () => {
		const fields = facts.wireguardFields.value;
		const v4 = parse(
			stepOf('felix-configuration', 'calico-vxlan', 'on-prem', { wireguard: 'yes' }).text
		);
		expect(v4.spec).toEqual({ [fields.ipv4]: true });
		const v6 = parse(
			stepOf('felix-configuration', 'calico-vxlan', 'on-prem', { wireguard: 'yes', ipv6: 'yes' })
				.text
		);
		expect(v6.spec).toEqual({ [fields.ipv4]: true, [fields.ipv6]: true });
	});

	test('the AWS check and WireGuard share one FelixConfiguration, so applying one cannot undo the other', () => {
		const steps = extraSteps('calico-vxlan-cross-subnet', 'aws', {
			managed: 'no',
			wireguard: 'yes',
		});
		const felix = steps.filter((step) => step.text.includes('kind: FelixConfiguration'));
		expect(felix).toHaveLength(1);
		expect(parse(felix[0]!.text).spec).toEqual({
			awsSrcDstCheck: 'Disable',
			[facts.wireguardFields.value.ipv4]: true,
		});
		expect(felix[0]!.title).toMatch(/source\/destination check and turns on WireGuard/);
	});

	test('WireGuard on Azure warns that the MTU may need setting by hand', () => {
		const why = stepOf('felix-configuration', 'azure-cni', 'azure', { wireguard: 'yes' }).why;
		expect(why).toContain(`${facts.aksWireguardExtraBytes.value} bytes`);
		expect(why).toMatch(/spec\.calicoNetwork\.mtu/);
	});

	test('Calico CNI on EKS starts by deleting the VPC CNI’s aws-node DaemonSet', () => {
		const step = stepOf('eks-remove-aws-node', 'calico-vxlan', 'aws', { managed: 'yes' });
		expect(step.text).toContain('kubectl delete daemonset -n kube-system aws-node\n');
	});

	test('max pods on EKS uses the figure from Calico’s EKS guide', () => {
		const step = stepOf('eks-max-pods', 'calico-vxlan', 'aws', { managed: 'yes' });
		expect(step.language).toBe('shell');
		expect(step.text).toContain(
			`eksctl create nodegroup --cluster my-calico-cluster --max-pods-per-node ${facts.calicoEksGuideMaxPods.value}\n`
		);
		expect(step.why).toBe(raiseMaxPods);
	});

	test('the host network patch puts the pod template on the host network and keeps cluster DNS', () => {
		const step = stepOf('eks-host-network', 'calico-vxlan', 'aws', { managed: 'yes' });
		expect(parse(step.text)).toEqual({
			spec: { template: { spec: { hostNetwork: true, dnsPolicy: 'ClusterFirstWithHostNet' } } },
		});
		expect(step.why.startsWith(eksHostNetwork)).toBe(true);
	});

	test('the host network step is conditional when the reader is not sure the cluster is EKS', () => {
		expect(
			stepOf('eks-host-network', 'calico-vxlan', 'aws').why.startsWith(eksHostNetworkIfEks)
		).toBe(true);
	});

	test('the API server ConfigMap for eBPF keeps its values strings, as a ConfigMap needs', () => {
		const configMap = parse(
			stepOf('api-server-endpoint', 'calico-vxlan', 'on-prem', { ebpf: 'yes' }).text
		);
		expect(configMap.metadata).toEqual({
			name: 'kubernetes-services-endpoint',
			namespace: 'tigera-operator',
		});
		expect(Object.values(configMap.data).every((value) => typeof value === 'string')).toBe(true);
	});

	test('turning kube-proxy off for eBPF also says VXLAN must pass between nodes', () => {
		const why = stepOf('ebpf-kube-proxy', 'calico-bgp-peering', 'on-prem', { ebpf: 'yes' }).why;
		expect(why).toContain(`UDP port ${facts.vxlanPort.value}`);
	});

	const seen = new Set<string>();
	const everyStep = options
		.flatMap((option) =>
			option.environments.flatMap((env) =>
				answerValues.flatMap((managed) =>
					extraSteps(option.id, env, { managed, wireguard: 'yes', ebpf: 'yes', ipv6: 'yes' }).map(
						(step) => ({ ...step, option: option.id, env })
					)
				)
			)
		)
		.filter((step) => {
			const key = `${step.option} ${step.env} ${step.text}`;
			return !seen.has(key) && seen.add(key);
		});

	test.each(everyStep)(
		'$option on $env: “$title” is one line, and its $language text parses and ends with a line break',
		(step) => {
			expect(step.title).not.toMatch(/\n/);
			expect(step.why.length).toBeGreaterThan(0);
			expect(step.text.endsWith('\n')).toBe(true);
			if (step.language === 'json') expect(() => JSON.parse(step.text)).not.toThrow();
			if (step.language === 'yaml')
				expect(parseAllDocuments(step.text).flatMap((doc) => doc.errors)).toEqual([]);
		}
	);
});

describe('the eBPF dataplane in the Installation', () => {
	test('wanting eBPF sets linuxDataplane: BPF, which the operator accepts', () => {
		const sheet = sheetOf('calico-vxlan', 'aws', { managed: 'yes', ebpf: 'yes' });
		const installation = parse(sheet.supported ? sheet.yaml : '');
		expect(installation.spec.calicoNetwork.linuxDataplane).toBe('BPF');
		expect(validateInstallation(installation)).toEqual([]);
	});

	test('not wanting it leaves the operator’s default dataplane', () => {
		const sheet = sheetOf('calico-vxlan', 'aws', { ebpf: 'no' });
		expect(
			parse(sheet.supported ? sheet.yaml : '').spec.calicoNetwork.linuxDataplane
		).toBeUndefined();
	});

	const installation = (calicoNetwork: object, cni = 'Calico') => ({
		apiVersion: 'operator.tigera.io/v1',
		kind: 'Installation',
		metadata: { name: 'default' },
		spec: { cni: { type: cni, ipam: { type: cni === 'Calico' ? 'Calico' : cni } }, calicoNetwork },
	});

	test.each([
		[
			'a dataplane the operator does not know',
			{ linuxDataplane: 'XDP' },
			'Calico',
			/linuxDataplane "XDP" must be one of Iptables, BPF, VPP, Nftables/,
		],
		[
			'VPP without BGP',
			{ linuxDataplane: 'VPP', bgp: 'Disabled' },
			'Calico',
			/VPP dataplane needs BGP Enabled/,
		],
		[
			'VPP with another CNI',
			{ linuxDataplane: 'VPP', bgp: 'Disabled' },
			'AmazonVPC',
			/VPP dataplane needs the Calico CNI/,
		],
	])('the validator rejects %s', (_, network, cni, message) => {
		expect(validateInstallation(installation(network, cni)).join(' ')).toMatch(message);
	});
});

describe('the notes beside the steps', () => {
	test('a note that a step explains is not repeated under the steps', () => {
		const sheet = sheetOf('calico-vxlan', 'aws', { managed: 'yes' });
		expect(sheet.notes).not.toContain(raiseMaxPods);
		expect(sheet.notes).not.toContain(eksHostNetwork);
	});

	test('a note with no step stays', () => {
		expect(sheetOf('calico-vxlan-cross-subnet', 'aws', { managed: 'no' }).notes).toContain(
			raiseMaxPods
		);
	});
});
