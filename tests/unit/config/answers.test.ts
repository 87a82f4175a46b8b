import { parse, parseAllDocuments } from 'yaml';
import { describe, expect, test } from 'vitest';
import { configSheet, type ConfigSheet } from '../../../src/lib/config/sheet';
import {
	facts,
	questionsByEnvironment,
	recommend,
	validateInstallation,
	type Answers,
	type EnvironmentId,
	type QuestionId,
} from '../../../src/lib';

/** The sheet the recommender shows for these answers: its pick, then the configuration of that pick. */
function sheetFor(env: EnvironmentId, answers: Answers): ConfigSheet {
	const option = recommend(env, answers).pick;
	return configSheet({ option, env, answers, date: '2026-12-02', link: 'https://guide.example/' });
}

/** Everything the reader takes away, without the header (which repeats the answers, so always differs). */
function output(sheet: ConfigSheet) {
	return {
		yaml: sheet.supported ? sheet.yaml.replace(/^#.*\n/gm, '') : sheet.reason,
		steps: sheet.steps.map((step) => step.text),
		notes: sheet.notes,
		azureManaged: sheet.azureManaged?.steps.map((step) => step.text) ?? [],
	};
}

const installation = (sheet: ConfigSheet) => parse(sheet.supported ? sheet.yaml : '{}');
const network = (sheet: ConfigSheet) => installation(sheet).spec.calicoNetwork;
const pools = (sheet: ConfigSheet) =>
	network(sheet).ipPools as { cidr: string; encapsulation: string }[];
const stepIds = (sheet: ConfigSheet) => sheet.steps.map((step) => step.id);
const step = (sheet: ConfigSheet, id: string) => sheet.steps.find((s) => s.id === id)!;
const notes = (sheet: ConfigSheet) => sheet.notes.join(' ');

type Check = (yes: ConfigSheet, no: ConfigSheet) => void;
/** An answer that shapes the output, and how; or an answer that does not, and why. */
type Row = [EnvironmentId, QuestionId, Answers, Check | { unchanged: string }];

const rows: Row[] = [
	[
		'on-prem',
		'routable',
		{},
		(yes, no) => {
			expect(stepIds(yes)).toContain('bgp-peering');
			expect(pools(yes)[0]).toMatchObject({ encapsulation: 'None', natOutgoing: 'Disabled' });
			expect(pools(no)[0]!.encapsulation).toBe('VXLANCrossSubnet');
		},
	],
	[
		'on-prem',
		'bgp',
		{},
		(yes, no) => {
			const docs = parseAllDocuments(step(yes, 'bgp-peering').text).map((d) => d.toJS());
			expect(docs.map((d) => d.kind)).toEqual(['BGPPeer', 'BGPConfiguration']);
			expect(docs[1].spec).toEqual({
				nodeToNodeMeshEnabled: false,
				asNumber: facts.defaultAsNumber.value,
			});
			expect(docs[0].spec).toEqual({ peerIP: '<router address>', asNumber: '<router AS number>' });
			expect(step(yes, 'bgp-peering').why).toContain('44,850 for 300 nodes');
			expect(stepIds(no)).not.toContain('bgp-peering');
		},
	],
	[
		'on-prem',
		'l2',
		{},
		(yes, no) => {
			expect(network(yes).bgp).toBe('Enabled');
			expect(pools(yes)[0]!.encapsulation).toBe('None');
			expect(pools(no)[0]!.encapsulation).toBe('VXLANCrossSubnet');
		},
	],
	[
		'on-prem',
		'ipip',
		{},
		{ unchanged: 'the pick wraps in VXLAN either way; the answer only rules IP-in-IP options out' },
	],
	[
		'on-prem',
		'bgp-port',
		{ l2: 'yes' },
		(yes, no) => {
			expect(pools(yes)[0]!.encapsulation).toBe('None');
			expect(network(yes).bgp).toBe('Enabled');
			expect(pools(no)[0]!.encapsulation).toBe('VXLANCrossSubnet');
			expect(network(no).bgp).toBe('Disabled');
		},
	],
	[
		'on-prem',
		'windows',
		{},
		(yes, no) => {
			expect(network(yes).windowsDataplane).toBe('HNS');
			expect(pools(yes)[0]!.encapsulation).toBe('VXLAN');
			expect(stepIds(yes)).toEqual(['api-server-endpoint', 'windows-nodes']);
			expect(network(no).windowsDataplane).toBeUndefined();
		},
	],
	[
		'on-prem',
		'ipv6',
		{},
		(yes, no) => {
			expect(pools(yes).map((p) => [p.cidr, p.encapsulation])).toEqual([
				[facts.defaultPoolV4.value, 'VXLANCrossSubnet'],
				[facts.ipv6PoolExample.value, 'VXLANCrossSubnet'],
			]);
			expect(network(yes).nodeAddressAutodetectionV6).toEqual({ firstFound: true });
			expect(notes(yes)).toMatch(/cluster itself dual-stack.*--service-cluster-ip-range/);
			expect(pools(no)).toHaveLength(1);
			expect(network(no).nodeAddressAutodetectionV6).toBeUndefined();
		},
	],
	[
		'on-prem',
		'wireguard',
		{},
		(yes, no) => {
			expect(parse(step(yes, 'felix-configuration').text).spec).toEqual({ wireguardEnabled: true });
			expect(stepIds(no)).not.toContain('felix-configuration');
		},
	],
	[
		'on-prem',
		'ebpf',
		{},
		(yes, no) => {
			expect(network(yes).linuxDataplane).toBe('BPF');
			expect(stepIds(yes)).toEqual(['api-server-endpoint', 'ebpf-kube-proxy']);
			expect(network(no).linuxDataplane).toBeUndefined();
		},
	],
	[
		'on-prem',
		'kubevirt',
		{},
		(yes, no) => {
			expect(pools(yes)[0]!.encapsulation).toBe('None');
			expect(network(yes).linuxPolicySetupTimeoutSeconds).toBe(
				facts.kubevirtPolicySetupTimeout.value
			);
			const vm = parse(step(yes, 'kubevirt-live-migration').text);
			expect(vm.spec.template.metadata.annotations).toHaveProperty(
				['kubevirt.io/allow-pod-bridge-network-live-migration'],
				''
			);
			expect(vm.spec.template.spec.domain.devices.interfaces).toEqual([
				{ name: 'default', bridge: {} },
			]);
			expect(pools(no)[0]!.encapsulation).toBe('VXLANCrossSubnet');
			expect(stepIds(no)).not.toContain('kubevirt-live-migration');
		},
	],
	[
		'on-prem',
		'lb-ips',
		{ routable: 'yes', bgp: 'yes' },
		(yes, no) => {
			const bgp = parseAllDocuments(step(yes, 'bgp-peering').text).map((d) => d.toJS());
			expect(bgp[1].spec.serviceLoadBalancerIPs).toEqual([{ cidr: facts.lbPoolExample.value }]);
			expect(parse(step(yes, 'load-balancer-pool').text).spec).toEqual({
				cidr: facts.lbPoolExample.value,
				ipipMode: 'Never',
				vxlanMode: 'Never',
				natOutgoing: false,
				allowedUses: ['LoadBalancer'],
			});
			expect(stepIds(no)).not.toContain('load-balancer-pool');
		},
	],
	[
		'on-prem',
		'nftables',
		{},
		(yes, no) => {
			expect(network(yes).linuxDataplane).toBe('Nftables');
			expect(notes(yes)).toContain('nftablesMode to Auto');
			expect(network(no).linuxDataplane).toBeUndefined();
		},
	],
	[
		'other',
		'nftables',
		{},
		(yes, no) => {
			expect(network(yes).linuxDataplane).toBe('Nftables');
			expect(network(no).linuxDataplane).toBeUndefined();
		},
	],
	[
		'aws',
		'eks-auto-mode',
		{ managed: 'yes' },
		(yes, no) => {
			expect(notes(yes)).toMatch(/^Not for Auto Mode nodes: EKS Auto Mode runs no Calico/);
			expect(notes(no)).not.toMatch(/Auto Mode/);
		},
	],
	[
		'aws',
		'fargate',
		{ managed: 'yes' },
		(yes, no) => {
			expect(notes(yes)).toMatch(/Calico network policy does not reach pods on Fargate/);
			expect(notes(no)).not.toMatch(/Fargate/);
		},
	],
	[
		'aws',
		'routable',
		{},
		{
			unchanged:
				'the VPC CNI is already the pick when not sure, and the only routable option; yes keeps it',
		},
	],
	[
		'aws',
		'managed',
		{},
		(yes, no) => {
			expect(installation(yes).spec).toMatchObject({
				kubernetesProvider: 'EKS',
				cni: { type: 'AmazonVPC' },
			});
			expect(stepIds(no)).toEqual(['aws-src-dst-iam', 'felix-configuration']);
		},
	],
	...(['ip-scarce', 'cloud-neutral', 'pod-limit'] as const).map((q): Row => [
		'aws',
		q,
		{},
		(yes, no) => {
			expect(installation(yes).spec.cni.type).toBe('Calico');
			expect(stepIds(yes)).toContain('eks-max-pods');
			expect(installation(no).spec.cni.type).toBe('AmazonVPC');
		},
	]),
	[
		'aws',
		'src-dst-check',
		{ managed: 'no', 'ip-scarce': 'yes' },
		(yes, no) => {
			expect(parse(step(yes, 'felix-configuration').text).spec.awsSrcDstCheck).toBe('Disable');
			expect(pools(no)[0]!.encapsulation).toBe('VXLAN');
			expect(stepIds(no)).not.toContain('aws-src-dst-iam');
		},
	],
	[
		'aws',
		'control-plane',
		{ managed: 'yes', 'ip-scarce': 'yes' },
		(yes, no) => {
			expect(installation(yes).spec.cni.type).toBe('AmazonVPC');
			expect(stepIds(no)).toContain('eks-host-network');
		},
	],
	[
		'aws',
		'windows',
		{},
		(yes, no) => {
			expect(notes(yes)).toMatch(/Windows nodes: the Amazon VPC CNI/);
			expect(notes(no)).not.toMatch(/Windows/);
		},
	],
	[
		'aws',
		'wireguard',
		{},
		(yes, no) => {
			expect(stepIds(yes)).toContain('felix-configuration');
			expect(stepIds(no)).not.toContain('felix-configuration');
		},
	],
	[
		'aws',
		'ebpf',
		{},
		(yes, no) => {
			expect(network(yes).linuxDataplane).toBe('BPF');
			expect(network(no).linuxDataplane).toBeUndefined();
		},
	],
	[
		'azure',
		'routable',
		{},
		{
			unchanged:
				'the Azure CNI is already the pick when not sure, and the only routable option; yes keeps it',
		},
	],
	[
		'azure',
		'managed',
		{},
		(yes, no) => {
			expect(yes.azureManaged?.steps[0]!.text).toMatch(/--network-policy calico\n$/);
			expect(step(yes, 'aks-create').text).toMatch(/--network-policy none\n$/);
			expect(no.azureManaged).toBeUndefined();
			expect(installation(no).spec.cni.type).toBe('Calico');
		},
	],
	[
		'azure',
		'ip-scarce',
		{},
		(yes, no) => {
			expect(step(yes, 'aks-create').text).toContain('--network-plugin-mode overlay');
			expect(step(no, 'aks-create').text).not.toContain('overlay');
		},
	],
	[
		'azure',
		'cloud-neutral',
		{},
		(yes, no) => {
			expect(pools(yes)[0]!.encapsulation).toBe('VXLAN');
			expect(installation(no).spec.cni.type).toBe('AzureVNET');
		},
	],
	[
		'azure',
		'windows',
		{},
		(yes, no) => {
			expect(notes(yes)).toMatch(/Windows nodes: the Azure CNI/);
			expect(notes(no)).not.toMatch(/Windows/);
		},
	],
	[
		'azure',
		'wireguard',
		{},
		(yes, no) => {
			expect(stepIds(yes)).toContain('felix-configuration');
			expect(yes.azureManaged?.notes.join(' ')).toMatch(/Left out here: WireGuard/);
			expect(stepIds(no)).not.toContain('felix-configuration');
		},
	],
	[
		'google-cloud',
		'routable',
		{},
		{
			unchanged:
				'alias IPs are already the pick when not sure, and the only routable option; yes keeps it',
		},
	],
	[
		'google-cloud',
		'managed',
		{},
		(yes, no) => {
			expect(installation(yes).spec.kubernetesProvider).toBe('GKE');
			expect(pools(no)[0]!.encapsulation).toBe('VXLAN');
		},
	],
	...(['ip-scarce', 'cloud-neutral'] as const).map((q): Row => [
		'google-cloud',
		q,
		{},
		(yes, no) => {
			expect(pools(yes)[0]!.encapsulation).toBe('VXLAN');
			expect(installation(no).spec.cni.type).toBe('GKE');
		},
	]),
	[
		'google-cloud',
		'ipip',
		{ managed: 'no' },
		{ unchanged: 'the pick wraps in VXLAN either way; the answer only rules IP-in-IP out' },
	],
	[
		'google-cloud',
		'windows',
		{},
		(yes) => expect(notes(yes)).toMatch(/Windows nodes: GKE’s own networking/),
	],
	[
		'google-cloud',
		'ipv6',
		{},
		(yes) => expect(notes(yes)).toMatch(/IPv6 addresses come from GKE’s own networking/),
	],
	[
		'google-cloud',
		'wireguard',
		{},
		(yes) =>
			expect(notes(yes)).toMatch(
				/Left out: WireGuard encryption. Calico does not support it on GKE/
			),
	],
	[
		'google-cloud',
		'ebpf',
		{},
		(yes) =>
			expect(notes(yes)).toMatch(/Left out: the eBPF dataplane. Calico does not support it on GKE/),
	],
	[
		'ibm-cloud',
		'routable',
		{},
		{
			unchanged:
				'IBM Cloud lists one option, IKS’s built-in IP-in-IP cross-subnet, whatever the answer',
		},
	],
	[
		'ibm-cloud',
		'managed',
		{},
		{
			unchanged:
				'IBM Cloud lists one option, IKS’s built-in IP-in-IP cross-subnet, whatever the answer',
		},
	],
	[
		'other',
		'routable',
		{},
		{
			unchanged:
				'no option there makes pods routable; the recommender says so as a trade-off, and the pick stays',
		},
	],
	[
		'laptop',
		'routable',
		{},
		{
			unchanged:
				'nothing beyond the machine routes to the pods; the recommender says so as a trade-off, and the pick stays',
		},
	],
	['laptop', 'wireguard', {}, (yes) => expect(stepIds(yes)).toContain('felix-configuration')],
	[
		'laptop',
		'nftables',
		{},
		(yes, no) => {
			expect(network(yes).linuxDataplane).toBe('Nftables');
			expect(network(no).linuxDataplane).toBeUndefined();
		},
	],
	[
		'oracle-cloud',
		'routable',
		{},
		{
			unchanged:
				'VCN-native pods are already the pick when not sure, and the only routable option; yes keeps it',
		},
	],
	[
		'oracle-cloud',
		'managed',
		{},
		(yes, no) => {
			expect(yes.supported).toBe(false);
			expect(output(yes).yaml).toMatch(/does not install OCI VCN-native pod networking/);
			expect(notes(yes)).toMatch(/policy-only manifest/);
			expect(pools(no)[0]!.encapsulation).toBe('VXLAN');
			expect(stepIds(no)).not.toContain('oke-replace-flannel');
		},
	],
	...(['ip-scarce', 'cloud-neutral'] as const).map((q): Row => [
		'oracle-cloud',
		q,
		{ managed: 'yes' },
		(yes, no) => {
			expect(pools(yes)[0]!.encapsulation).toBe('VXLAN');
			expect(step(yes, 'oke-replace-flannel').why).toMatch(/no Calico beside flannel/);
			expect(no.supported).toBe(false);
		},
	]),
	[
		'oracle-cloud',
		'oke-virtual-nodes',
		{ managed: 'yes' },
		{
			unchanged:
				'Calico runs on managed node pools only whatever the answer; the notes say so, and the recommender names the conflict',
		},
	],
	[
		'oracle-cloud',
		'ipip',
		{ managed: 'no' },
		{ unchanged: 'the pick wraps in VXLAN either way; the answer only rules IP-in-IP out' },
	],
	[
		'oracle-cloud',
		'nftables',
		{ managed: 'no' },
		(yes) => expect(network(yes).linuxDataplane).toBe('Nftables'),
	],
	...(['digitalocean', 'hetzner'] as const).flatMap((env): Row[] => [
		[
			env,
			'routable',
			{},
			{
				unchanged:
					'nothing routes to pod addresses there; the recommender says so as a trade-off, and plain VXLAN stays',
			},
		],
		[
			env,
			'ipip',
			{},
			{ unchanged: 'the pick wraps in VXLAN either way; the answer only rules IP-in-IP out' },
		],
		[env, 'wireguard', {}, (yes) => expect(stepIds(yes)).toContain('felix-configuration')],
		[env, 'ebpf', {}, (yes) => expect(network(yes).linuxDataplane).toBe('BPF')],
		[env, 'nftables', {}, (yes) => expect(network(yes).linuxDataplane).toBe('Nftables')],
	]),
	[
		'openstack',
		'routable',
		{},
		{
			unchanged:
				'a Neutron router learns no pod routes; the recommender says so as a trade-off, and the pick stays',
		},
	],
	[
		'openstack',
		'pod-source',
		{},
		(yes, no) => {
			expect(pools(yes)[0]!.encapsulation).toBe('VXLANCrossSubnet');
			expect(step(yes, 'openstack-address-pairs').text).toContain(
				'openstack port set --allowed-address ip-address="$POD_CIDR"'
			);
			expect(pools(no)[0]!.encapsulation).toBe('VXLAN');
			expect(stepIds(no)).not.toContain('openstack-address-pairs');
		},
	],
	[
		'openstack',
		'ipip',
		{ 'pod-source': 'no' },
		{ unchanged: 'the pick wraps in VXLAN either way; the answer only rules IP-in-IP out' },
	],
	[
		'openstack',
		'bgp-port',
		{},
		{ unchanged: 'VXLAN cross-subnet needs no BGP; the answer only rules the BGP mesh out' },
	],
	['openstack', 'windows', {}, (yes) => expect(network(yes).windowsDataplane).toBe('HNS')],
	[
		'openstack',
		'ipv6',
		{},
		(yes) => expect(pools(yes).map((p) => p.cidr)).toContain(facts.ipv6PoolExample.value),
	],
	['openstack', 'wireguard', {}, (yes) => expect(stepIds(yes)).toContain('felix-configuration')],
	['openstack', 'ebpf', {}, (yes) => expect(network(yes).linuxDataplane).toBe('BPF')],
	['openstack', 'nftables', {}, (yes) => expect(network(yes).linuxDataplane).toBe('Nftables')],
	['vsphere', 'routable', {}, (yes) => expect(stepIds(yes)).toContain('bgp-peering')],
	[
		'vsphere',
		'bgp',
		{},
		(yes, no) => {
			expect(stepIds(yes)).toContain('bgp-peering');
			expect(stepIds(no)).not.toContain('bgp-peering');
		},
	],
	[
		'vsphere',
		'l2',
		{},
		(yes, no) => {
			expect(pools(yes)[0]!.encapsulation).toBe('None');
			expect(pools(no)[0]!.encapsulation).toBe('VXLANCrossSubnet');
		},
	],
	[
		'vsphere',
		'pod-source',
		{ l2: 'yes' },
		(yes, no) => {
			expect(pools(yes)[0]!.encapsulation).toBe('None');
			expect(pools(no)[0]!.encapsulation).toBe('VXLAN');
		},
	],
	[
		'vsphere',
		'ipip',
		{},
		{ unchanged: 'the pick wraps in VXLAN either way; the answer only rules IP-in-IP options out' },
	],
	[
		'vsphere',
		'bgp-port',
		{ l2: 'yes' },
		(yes, no) => {
			expect(network(yes).bgp).toBe('Enabled');
			expect(network(no).bgp).toBe('Disabled');
		},
	],
	['vsphere', 'windows', {}, (yes) => expect(network(yes).windowsDataplane).toBe('HNS')],
	[
		'vsphere',
		'ipv6',
		{},
		(yes) => expect(pools(yes).map((p) => p.cidr)).toContain(facts.ipv6PoolExample.value),
	],
	['vsphere', 'wireguard', {}, (yes) => expect(stepIds(yes)).toContain('felix-configuration')],
	['vsphere', 'ebpf', {}, (yes) => expect(network(yes).linuxDataplane).toBe('BPF')],
	['vsphere', 'kubevirt', {}, (yes) => expect(stepIds(yes)).toContain('kubevirt-live-migration')],
	[
		'vsphere',
		'lb-ips',
		{ l2: 'yes' },
		(yes, no) => {
			expect(stepIds(yes)).toContain('load-balancer-pool');
			expect(stepIds(no)).not.toContain('load-balancer-pool');
		},
	],
	['vsphere', 'nftables', {}, (yes) => expect(network(yes).linuxDataplane).toBe('Nftables')],
	[
		'google-cloud',
		'gke-dataplane-v2',
		{ managed: 'yes' },
		(yes, no) => {
			expect(yes.supported).toBe(false);
			expect(output(yes).yaml).toMatch(/^No Calico configuration applies here: GKE Dataplane V2/);
			expect(installation(no).spec.kubernetesProvider).toBe('GKE');
		},
	],
	[
		'azure',
		'aks-cilium',
		{ managed: 'yes' },
		(yes, no) => {
			expect(yes.supported).toBe(false);
			expect(output(yes).yaml).toMatch(
				/Azure CNI Powered by Cilium, Cilium enforces network policy/
			);
			expect(installation(no).spec.kubernetesProvider).toBe('AKS');
		},
	],
	['other', 'windows', {}, (yes) => expect(network(yes).windowsDataplane).toBe('HNS')],
	['other', 'wireguard', {}, (yes) => expect(stepIds(yes)).toContain('felix-configuration')],
];

describe('every answer shows up in the configuration', () => {
	test('the table covers every question of every environment', () => {
		const covered = rows.map(([env, q]) => `${env} ${q}`).sort();
		const asked = Object.entries(questionsByEnvironment).flatMap(([env, qs]) =>
			qs.map((q) => `${env} ${q}`)
		);
		expect(covered).toEqual(asked.sort());
	});

	test.each(
		rows.map(([env, q, base, check]) => ({
			env,
			q,
			base,
			check,
			how: 'unchanged' in check ? `does not change it: ${check.unchanged}` : 'changes it',
		}))
	)('$env, $q: yes against no $how', ({ env, q, base, check }) => {
		const yes = sheetFor(env, { ...base, [q]: 'yes' });
		const no = sheetFor(env, { ...base, [q]: 'no' });
		if ('unchanged' in check) expect(output(yes)).toEqual(output(no));
		else {
			expect(output(yes)).not.toEqual(output(no));
			check(yes, no);
		}
	});
});

describe('wishes the configuration cannot meet are named, not dropped', () => {
	const all: Answers = { windows: 'yes', wireguard: 'yes', ebpf: 'yes', ipv6: 'yes' };

	test('with Windows nodes, WireGuard, eBPF and IPv6 are left out, each with the reason', () => {
		const sheet = sheetFor('on-prem', all);
		expect(pools(sheet)).toHaveLength(1);
		expect(network(sheet).linuxDataplane).toBeUndefined();
		expect(stepIds(sheet)).not.toContain('felix-configuration');
		expect(notes(sheet)).toMatch(
			/Left out: WireGuard encryption\. .*Calico for Windows does not encrypt with WireGuard/
		);
		expect(notes(sheet)).toMatch(
			/Left out: the eBPF dataplane\. .*eBPF dataplane runs on Linux only/
		);
		expect(notes(sheet)).toMatch(
			/Left out: the IPv6 pool you asked for. Calico for Windows supports IPv4 only/
		);
	});

	test('an IP-in-IP option never gets an IPv6 pool: it says why instead', () => {
		const sheet = configSheet({
			option: 'calico-ipip',
			env: 'google-cloud',
			answers: { ipv6: 'yes' },
			date: '2026-12-02',
			link: 'x',
		});
		expect(pools(sheet)).toHaveLength(1);
		expect(notes(sheet)).toMatch(/Left out: the IPv6 pool.*IP-in-IP, which carries IPv4 only/);
	});

	test.each([
		['calico-bgp-peering', 'None'],
		['calico-bgp-mesh', 'None'],
		['calico-vxlan', 'VXLAN'],
		['calico-vxlan-cross-subnet', 'VXLANCrossSubnet'],
	] as const)(
		'%s with IPv6 gets a dual-stack Installation the operator accepts, IPv6 pool %s',
		(option, encapsulation) => {
			const sheet = configSheet({
				option,
				env: 'on-prem',
				answers: { ipv6: 'yes', ebpf: 'yes' },
				date: '2026-12-02',
				link: 'x',
			});
			expect(pools(sheet)[1]).toMatchObject({
				cidr: facts.ipv6PoolExample.value,
				encapsulation,
				blockSize: 122,
			});
			expect(validateInstallation(installation(sheet))).toEqual([]);
		}
	);

	test('WireGuard with IPv6 turns on both fields and states that Calico lists pod encryption as IPv4 only', () => {
		const felix = step(
			sheetFor('on-prem', { wireguard: 'yes', ipv6: 'yes' }),
			'felix-configuration'
		);
		expect(parse(felix.text).spec).toEqual({ wireguardEnabled: true, wireguardEnabledV6: true });
		expect(felix.why).toMatch(/lists encryption of pod traffic between nodes as IPv4 only/);
	});
});

describe('AKS: Azure-managed or self-managed Calico', () => {
	const aks = (
		option: 'azure-cni' | 'azure-cni-overlay' | 'azure-host-local',
		answers: Answers = { managed: 'yes' }
	) => configSheet({ option, env: 'azure', answers, date: '2026-12-02', link: 'x' });

	test.each(['azure-cni', 'azure-cni-overlay'] as const)(
		'%s offers both, each with its own output',
		(option) => {
			const sheet = aks(option);
			expect(sheet.azureManaged?.title).toBe('Azure-managed Calico');
			expect(sheet.azureManaged?.steps.map((s) => s.text).join('')).toMatch(
				/--network-policy calico/
			);
			expect(sheet.azureManaged?.steps.map((s) => s.text).join('')).not.toMatch(/kubectl/);
			expect(sheet.selfManaged?.title).toBe('Self-managed Calico');
			expect(stepIds(sheet).slice(0, 2)).toEqual(['aks-create', 'tigera-operator']);
			expect(step(sheet, 'aks-create').text).toMatch(/--network-policy none\n$/);
			expect(step(sheet, 'tigera-operator').text).toContain(
				`calico/${facts.calicoPatchRelease.value}/manifests/tigera-operator.yaml`
			);
			expect(installation(sheet).spec.cni.type).toBe('AzureVNET');
		}
	);

	test('kubenet (host-local) offers Azure-managed Calico only, with no Installation to apply', () => {
		const sheet = aks('azure-host-local', { managed: 'yes', wireguard: 'yes' });
		expect(sheet.supported).toBe(false);
		expect(sheet.selfManaged).toBeUndefined();
		expect(sheet.steps).toEqual([]);
		expect(sheet.azureManaged?.steps[0]!.text).toMatch(
			/--network-plugin kubenet[\s\S]*--network-policy calico/
		);
		expect(notes(sheet)).toMatch(
			/Left out: WireGuard encryption. Azure-managed Calico offers no Calico resources/
		);
		const windows = aks('azure-host-local', { managed: 'yes', windows: 'yes' });
		expect(windows.azureManaged?.notes.join(' ')).toMatch(
			/Windows node pools with Calico need the Azure CNI/
		);
	});

	test('the Azure CNI on Azure VMs you run yourself has neither AKS way', () => {
		const sheet = aks('azure-cni', { managed: 'no' });
		expect(sheet.azureManaged).toBeUndefined();
		expect(stepIds(sheet)).not.toContain('aks-create');
	});
});

describe('Calico policy on the Amazon VPC CNI', () => {
	test('annotates pods with their IPs (with patch on pods) and keeps the VPC CNI’s own policy off', () => {
		const sheet = sheetFor('aws', { managed: 'yes' });
		const annotate = step(sheet, 'vpc-cni-annotate-pod-ip');
		expect(annotate.text).toContain('ANNOTATE_POD_IP=true');
		expect(annotate.text).toMatch(
			/clusterrole aws-node.*"resources":\["pods"\],"verbs":\["patch"\]/
		);
		expect(annotate.why).toMatch(/network policy off.*conflicts with Calico/);
	});
});
