import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
	checkConfiguration,
	checkRules,
	type CheckInput,
	type Finding,
} from '../../../src/lib/check';
import { moveIds } from '../../../src/lib/migrate/ids';

/** An Installation with Calico CNI and IPAM and one pool. */
function installation(pool: string, network = '', spec = '') {
	return `apiVersion: operator.tigera.io/v1
kind: Installation
metadata:
  name: default
spec:
${spec}  cni:
    type: Calico
    ipam:
      type: Calico
  calicoNetwork:
${network}    ipPools:
      - cidr: ${pool.split(' ')[0]}
        encapsulation: ${pool.split(' ')[1]}
        natOutgoing: Enabled
`;
}

const felixSrcDst = `---
apiVersion: projectcalico.org/v3
kind: FelixConfiguration
metadata:
  name: default
spec:
  awsSrcDstCheck: Disable
`;

/** A resource of projectcalico.org/v3 with this kind, name and spec (flow style). */
const v3 = (kind: string, name: string, spec: string) =>
	`---\napiVersion: projectcalico.org/v3\nkind: ${kind}\nmetadata: {name: ${name}}\nspec: ${spec}\n`;

/** An Installation with only a spec (flow style), as short pastes write it. */
const bare = (spec: string) =>
	`apiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata: {name: default}\nspec: ${spec}\n`;

const strictAffinity = v3('IPAMConfiguration', 'default', '{strictAffinity: true}');

const check = (input: Partial<CheckInput> & { text: string }) =>
	checkConfiguration({ env: 'on-prem', ...input });
const rulesOf = (findings: Finding[]) => findings.map((f) => f.rule);

describe('each rule fires on the configuration it is about', () => {
	const rows: {
		name: string;
		input: Partial<CheckInput> & { text: string };
		rule: string;
		severity: Finding['severity'];
		move?: string;
		fix?: RegExp;
		message?: RegExp;
	}[] = [
		{
			name: 'an empty paste asks for something to check',
			input: { text: '  \n---\n# nothing\n' },
			rule: 'empty-paste',
			severity: 'info',
		},
		{
			name: 'text that is not YAML is reported with its line and column',
			input: { text: 'kind: Installation\nspec: {cni: [\n' },
			rule: 'yaml-syntax',
			severity: 'error',
			message: /line \d+, column \d+/,
		},
		{
			name: 'YAML that is not a Calico resource names the kinds the checker understands',
			input: { text: 'apiVersion: v1\nkind: ConfigMap\n' },
			rule: 'unknown-kind',
			severity: 'warning',
			message: /ConfigMap/,
		},
		{
			name: 'a misspelt field is named with the closest known field',
			input: {
				text: installation('10.0.0.0/16 VXLAN').replace('natOutgoing', 'natOutgoin'),
			},
			rule: 'unknown-field',
			severity: 'warning',
			message: /ipPools\[0\]\.natOutgoin .*Did you mean natOutgoing\?/,
		},
		{
			name: 'a pool of IP-in-IP with BGP off breaks the operator’s rules',
			input: { text: installation('10.0.0.0/16 IPIP', '    bgp: Disabled\n') },
			rule: 'operator-validation',
			severity: 'error',
			message: /IPIP needs BGP Enabled/,
		},
		{
			name: 'an IPPool with both wrappers is rejected',
			input: {
				text: 'apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: a}\nspec: {cidr: 10.1.0.0/16, vxlanMode: Always, ipipMode: Always}\n',
			},
			rule: 'ippool-validation',
			severity: 'error',
		},
		{
			name: 'IP-in-IP on Azure is an error with the move to VXLAN',
			input: { text: installation('10.0.0.0/16 IPIP'), env: 'azure' },
			rule: 'azure-ipip',
			severity: 'error',
			move: 'ipip-to-vxlan',
			fix: /encapsulation: VXLAN\n/,
		},
		{
			name: 'cross-subnet VXLAN on Google Cloud points to plain VXLAN',
			input: { text: installation('10.0.0.0/16 VXLANCrossSubnet'), env: 'google-cloud' },
			rule: 'layer3-cross-subnet',
			severity: 'error',
			move: 'cross-subnet-to-always',
			fix: /encapsulation: VXLAN\n/,
		},
		{
			name: 'cross-subnet on AWS without the source/destination check turned off warns',
			input: { text: installation('10.0.0.0/16 VXLANCrossSubnet'), env: 'aws' },
			rule: 'aws-src-dst-check',
			severity: 'warning',
			fix: /awsSrcDstCheck: Disable/,
		},
		{
			name: 'IPv6 pods with only an IP-in-IP pool are an error',
			input: { text: installation('10.0.0.0/16 IPIP'), ipv6: 'yes' },
			rule: 'ipv6-ipip',
			severity: 'error',
			move: 'ipip-to-vxlan',
		},
		{
			name: 'Windows nodes with cross-subnet VXLAN are an error',
			input: { text: installation('10.0.0.0/16 VXLANCrossSubnet'), windows: 'yes' },
			rule: 'windows-encapsulation',
			severity: 'error',
			move: 'cross-subnet-to-always',
		},
		{
			name: 'a pool with fewer blocks than nodes points to a new pool',
			input: { text: installation('10.0.0.0/22 VXLAN'), nodes: 20 },
			rule: 'pool-capacity',
			severity: 'warning',
			move: 'new-pool',
			message: /room for 16 nodes, but the cluster has 20/,
		},
		{
			name: 'a pool overlapping the service CIDR is an error',
			input: { text: installation('10.96.0.0/16 VXLAN'), serviceCidr: '10.96.0.0/12' },
			rule: 'pool-overlap',
			severity: 'error',
		},
		{
			name: 'a mesh of more than 100 nodes suggests route reflectors',
			input: { text: installation('10.0.0.0/12 None'), nodes: 150 },
			rule: 'bgp-mesh-size',
			severity: 'info',
			move: 'mesh-to-route-reflectors',
		},
		{
			name: 'an MTU of 1500 with VXLAN on Azure is too large',
			input: { text: installation('10.0.0.0/16 VXLAN', '    mtu: 1500\n'), env: 'azure' },
			rule: 'mtu-too-large',
			severity: 'warning',
			fix: /mtu: 1450\n/,
		},
		{
			name: 'a direct IPPool copying an operator pool says to edit the Installation',
			input: {
				text: `${installation('10.0.0.0/16 VXLANCrossSubnet')}---\napiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: default-ipv4-ippool}\nspec: {cidr: 10.0.0.0/16, vxlanMode: Always}\n`,
			},
			rule: 'operator-owned-pool',
			severity: 'warning',
			move: 'cross-subnet-to-always',
		},
		{
			name: 'a FelixConfiguration alone is checked, with a note that the Installation is missing',
			input: { text: felixSrcDst },
			rule: 'no-installation',
			severity: 'info',
		},
		{
			name: 'a context field that is not a number is reported',
			input: { text: installation('10.0.0.0/16 VXLAN'), nodes: 'many' },
			rule: 'context-input',
			severity: 'warning',
		},
		{
			name: 'an Installation with no pools says which pool the operator creates',
			input: { text: bare('{}') },
			rule: 'operator-default-pool',
			severity: 'info',
			message: /creates default-ipv4-ippool with CIDR 192\.168\.0\.0\/16 and encapsulation IPIP/,
		},
		{
			name: 'Windows nodes with WireGuard turned on are an error',
			input: {
				text:
					installation('10.0.0.0/16 VXLAN') +
					v3('FelixConfiguration', 'default', '{wireguardEnabled: true}'),
				windows: 'yes',
			},
			rule: 'windows-wireguard',
			severity: 'error',
			fix: /wireguardEnabled: false/,
		},
		{
			name: 'Windows nodes with an IPv6 pool are an error',
			input: { text: installation('fd00:10::/48 VXLAN'), windows: 'yes' },
			rule: 'windows-ipv6',
			severity: 'error',
			message: /fd00:10::\/48 is IPv6/,
		},
		{
			name: 'Windows nodes with the eBPF dataplane are an error',
			input: {
				text: installation('10.0.0.0/16 VXLAN', '    linuxDataplane: BPF\n'),
				windows: 'yes',
			},
			rule: 'windows-ebpf',
			severity: 'error',
			message: /linuxDataplane is BPF/,
		},
		{
			name: 'Windows nodes with an IPAMConfiguration without strictAffinity are an error',
			input: {
				text:
					installation('10.0.0.0/16 VXLAN') +
					v3('IPAMConfiguration', 'default', '{strictAffinity: false}'),
				windows: 'yes',
			},
			rule: 'windows-strict-affinity',
			severity: 'error',
			fix: /kind: IPAMConfiguration\n[\s\S]*strictAffinity: true/,
		},
		{
			name: 'eBPF on GKE is an error, though the operator accepts it',
			input: {
				text: bare('{kubernetesProvider: GKE, calicoNetwork: {linuxDataplane: BPF}}'),
				env: 'google-cloud',
			},
			rule: 'gke-ebpf',
			severity: 'error',
		},
	];
	test.each(rows)('$name', ({ input, rule, severity, move, fix, message }) => {
		const found = check(input).findings.find((f) => f.rule === rule);
		expect(found, `no ${rule} finding`).toBeDefined();
		expect(found!.severity).toBe(severity);
		if (move) expect(found!.move).toBe(move);
		if (fix) expect(found!.fix).toMatch(fix);
		if (message) expect(found!.message).toMatch(message);
	});

	test('every rule of the table has a row', () => {
		expect(
			checkRules.map((r) => r.id).filter((id) => !rows.some((row) => row.rule === id))
		).toEqual([]);
	});
});

describe('configurations that are right stay quiet', () => {
	test('the quickstart on premises has no findings and amounts to VXLAN cross-subnet', () => {
		const result = check({
			text: installation('192.168.0.0/16 VXLANCrossSubnet'),
			nodes: 50,
			windows: 'no',
		});
		expect(result.findings).toEqual([]);
		expect(result.amountsTo?.options).toEqual(['calico-vxlan-cross-subnet']);
		expect(result.amountsTo?.modePage).toBe('/modes/vxlan-cross-subnet/');
	});

	test('cross-subnet on AWS with awsSrcDstCheck: Disable in the paste passes', () => {
		const text = installation('10.0.0.0/16 VXLANCrossSubnet') + felixSrcDst;
		expect(rulesOf(check({ text, env: 'aws' }).findings)).not.toContain('aws-src-dst-check');
	});

	test('not knowing about Windows nodes turns the Windows rule into a note', () => {
		const { findings } = check({ text: installation('192.168.0.0/16 VXLANCrossSubnet') });
		expect(findings.map((f) => [f.rule, f.severity])).toEqual([['windows-encapsulation', 'info']]);
	});

	test('plain VXLAN on Azure with an MTU that fits passes', () => {
		const text =
			installation('10.0.0.0/16 VXLAN', '    bgp: Disabled\n    mtu: 1450\n') + strictAffinity;
		expect(check({ text, env: 'azure', windows: 'yes', ipv6: 'no' }).findings).toEqual([]);
	});

	test('an unknown field of FelixConfiguration far from the checked ones is not reported', () => {
		const text = felixSrcDst.replace('awsSrcDstCheck: Disable', 'flowLogsFlushInterval: 15s');
		expect(rulesOf(check({ text }).findings)).not.toContain('unknown-field');
	});
});

describe('the option a configuration amounts to', () => {
	test('Azure CNI with Calico policy matches the Azure CNI options of Azure', () => {
		const text =
			'apiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata: {name: default}\nspec:\n  kubernetesProvider: AKS\n  cni: {type: AzureVNET, ipam: {type: AzureVNET}}\n';
		const result = check({ text, env: 'azure' });
		expect(result.amountsTo?.options).toEqual(['azure-cni', 'azure-cni-overlay']);
		expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
	});

	test('an unencapsulated pool with the mesh turned off is BGP peering with routers', () => {
		const text = `${installation('10.0.0.0/16 None')}---\napiVersion: projectcalico.org/v3\nkind: BGPConfiguration\nmetadata: {name: default}\nspec: {nodeToNodeMeshEnabled: false}\n`;
		expect(check({ text }).amountsTo?.options).toEqual(['calico-bgp-peering']);
	});
});

describe('findings are well formed', () => {
	test('ids are unique and every move is a move of the guide', () => {
		const text = `${installation('10.0.0.0/24 IPIP', '    mtu: 9000\n')}---\napiVersion: v1\nkind: Secret\n---\napiVersion: v1\nkind: Secret\n`;
		const { findings } = check({ text, env: 'azure', nodes: 40, windows: 'yes', ipv6: 'yes' });
		expect(new Set(findings.map((f) => f.id)).size).toBe(findings.length);
		for (const f of findings) if (f.move) expect(moveIds).toContain(f.move);
	});

	test('a fix that changes an Installation pool is an excerpt to edit in, not a file to apply (apply would replace the whole ipPools list)', () => {
		const { findings } = check({ text: installation('10.0.0.0/16 IPIP'), env: 'azure' });
		const fix = findings.find((f) => f.rule === 'azure-ipip')?.fix ?? '';
		expect(fix).toMatch(/^# An excerpt: .*kubectl edit installation default/);
		expect(fix).toMatch(/Do not kubectl apply it as it stands/);
		expect(fix).toMatch(/cidr: 10\.0\.0\.0\/16\n\s+encapsulation: VXLAN/);
	});

	test('findings come most serious first', () => {
		const { findings } = check({ text: installation('10.0.0.0/24 IPIP'), env: 'azure', nodes: 9 });
		const order = findings.map((f) => ['error', 'warning', 'info'].indexOf(f.severity));
		expect(order).toEqual([...order].sort());
	});
});

describe('bad input is answered, never crashed on', () => {
	const envs = ['on-prem', 'aws', 'azure', 'google-cloud', 'ibm-cloud', 'other'] as const;
	test('no string throws', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary' }), fc.constantFrom(...envs), (text, env) => {
				const result = checkConfiguration({ text, env, nodes: 10, serviceCidr: '10.96.0.0/12' });
				expect(Array.isArray(result.findings)).toBe(true);
			}),
			{ numRuns: 1000 }
		);
	});

	test('no YAML-shaped Installation throws, whatever its values', () => {
		const value = fc.oneof(
			fc.constantFrom(
				'Calico',
				'IPIP',
				'VXLAN',
				'None',
				'10.0.0.0/16',
				'fd00::/64',
				'null',
				'[]',
				'{}',
				'-1',
				'1e9'
			),
			fc.string()
		);
		fc.assert(
			fc.property(
				fc.array(value, { minLength: 6, maxLength: 6 }),
				fc.constantFrom(...envs),
				(v, env) => {
					const text = `apiVersion: operator.tigera.io/v1\nkind: Installation\nspec:\n  cni: {type: ${v[0]}, ipam: ${v[1]}}\n  calicoNetwork:\n    bgp: ${v[2]}\n    mtu: ${v[3]}\n    ipPools: ${v[4]}\n---\nkind: IPPool\napiVersion: projectcalico.org/v3\nspec: ${v[5]}\n`;
					const result = checkConfiguration({ text, env, nodes: '30' });
					expect(result.findings.every((f) => f.message.length > 0)).toBe(true);
					expect(result.findings.map((f) => f.message).join()).not.toMatch(
						/could not read this configuration/
					);
				}
			),
			{ numRuns: 500 }
		);
	});
});

describe('the operator’s defaults are checked, not the bare paste', () => {
	test.each([
		{
			name: 'an Installation with no spec on Azure: the default pool is IP-in-IP',
			input: { text: bare('{}'), env: 'azure' as const, windows: 'no' as const },
			rules: ['azure-ipip', 'operator-default-pool'],
			message: /the operator’s default pool 192\.168\.0\.0\/16 uses IPIP/i,
		},
		{
			name: 'a pool with no encapsulation on Azure is IP-in-IP, not an invalid encapsulation',
			input: {
				text: bare('{calicoNetwork: {ipPools: [{cidr: 10.0.0.0/16}]}}'),
				env: 'azure' as const,
				windows: 'no' as const,
			},
			rules: ['azure-ipip'],
			message: /Pool 10\.0\.0\.0\/16 uses IPIP/,
		},
		{
			name: 'a pool with no encapsulation on EKS is IP-in-IP, which BGP Disabled (the EKS default) rejects',
			input: {
				text: bare(
					'{kubernetesProvider: EKS, cni: {type: Calico}, calicoNetwork: {ipPools: [{cidr: 10.0.0.0/16}]}}'
				),
				env: 'aws' as const,
				windows: 'no' as const,
			},
			rules: ['operator-validation'],
			message: /IPIP needs BGP Enabled .*operator fills in IPIP for a pool with no encapsulation/,
		},
		{
			name: 'no pools on EKS with the Calico CNI: the operator’s pool is VXLAN on 172.16.0.0/16, which passes',
			input: {
				text: bare('{kubernetesProvider: EKS, cni: {type: Calico}}'),
				env: 'aws' as const,
				windows: 'no' as const,
			},
			rules: ['operator-default-pool'],
			message: /172\.16\.0\.0\/16 and encapsulation VXLAN/,
		},
		{
			name: 'no pools in the Installation beside pasted IPPools: the operator creates none',
			input: {
				text: bare('{}') + v3('IPPool', 'pods', '{cidr: 10.8.0.0/16, vxlanMode: Always}'),
				env: 'azure' as const,
				windows: 'no' as const,
			},
			rules: ['operator-default-pool'],
			message: /creates no pool of its own/,
		},
	])('$name', ({ input, rules, message }) => {
		const { findings } = check(input);
		expect(findings.map((f) => f.rule).sort()).toEqual([...rules].sort());
		expect(findings.find((f) => f.rule === rules[0])!.message).toMatch(message);
		expect(findings.map((f) => f.message).join(' ')).not.toMatch(/encapsulation ""/);
	});
});

describe('pool rules read pasted IPPools as well as the Installation’s pools', () => {
	const ipPool = (spec: string) => v3('IPPool', 'pods', spec);
	test.each([
		{
			name: 'ipipMode Always on Azure, a manifest install',
			input: { text: ipPool('{cidr: 10.8.0.0/16, ipipMode: Always}'), env: 'azure' as const },
			rule: 'azure-ipip',
			fix: /kind: IPPool[\s\S]*vxlanMode: Always\n\s+ipipMode: Never/,
		},
		{
			name: 'vxlanMode CrossSubnet on Google Cloud',
			input: {
				text: ipPool('{cidr: 10.8.0.0/16, vxlanMode: CrossSubnet}'),
				env: 'google-cloud' as const,
			},
			rule: 'layer3-cross-subnet',
			fix: /kind: IPPool[\s\S]*vxlanMode: Always/,
		},
		{
			name: 'an unwrapped IPPool on AWS with no awsSrcDstCheck',
			input: { text: ipPool('{cidr: 10.8.0.0/16}'), env: 'aws' as const },
			rule: 'aws-src-dst-check',
			fix: /awsSrcDstCheck: Disable/,
		},
		{
			name: 'ipipMode CrossSubnet with Windows nodes',
			input: {
				text: ipPool('{cidr: 10.8.0.0/16, ipipMode: CrossSubnet}'),
				windows: 'yes' as const,
			},
			rule: 'windows-encapsulation',
			fix: /kind: IPPool[\s\S]*vxlanMode: Always/,
		},
		{
			name: 'IPv6 pods with only an IP-in-IP IPPool',
			input: { text: ipPool('{cidr: 10.8.0.0/16, ipipMode: Always}'), ipv6: 'yes' as const },
			rule: 'ipv6-ipip',
			fix: /kind: IPPool/,
		},
		{
			name: 'an IPPool beside an Installation with its own pool, on Azure',
			input: {
				text: installation('10.0.0.0/16 VXLAN') + ipPool('{cidr: 10.9.0.0/16, ipipMode: Always}'),
				env: 'azure' as const,
			},
			rule: 'azure-ipip',
			fix: /kind: IPPool/,
		},
	])('$name', ({ input, rule, fix }) => {
		const found = check(input).findings.find((f) => f.rule === rule);
		expect(found, `no ${rule} finding`).toBeDefined();
		expect(found!.message).toMatch(/IPPool pods \(10\.[89]\.0\.0\/16\)/);
		expect(found!.fix).toMatch(fix);
	});
});

describe('Windows nodes against what Calico for Windows cannot do', () => {
	const wireguard = v3('FelixConfiguration', 'default', '{wireguardEnabled: true}');
	const base = installation('10.0.0.0/16 VXLAN');
	test.each([
		{
			name: 'WireGuard, not sure about Windows',
			text: base + wireguard,
			windows: 'unsure',
			found: [['windows-wireguard', 'info']],
		},
		{ name: 'WireGuard, no Windows nodes', text: base + wireguard, windows: 'no', found: [] },
		{
			name: 'bpfEnabled in FelixConfiguration, Windows nodes',
			text: base + v3('FelixConfiguration', 'default', '{bpfEnabled: true}') + strictAffinity,
			windows: 'yes',
			found: [['windows-ebpf', 'error']],
		},
		{
			name: 'an IPv6 IPPool, not sure about Windows',
			text: base + v3('IPPool', 'v6', '{cidr: "fd00:10::/48", vxlanMode: Always}'),
			windows: 'unsure',
			found: [['windows-ipv6', 'info']],
		},
		{
			name: 'Windows nodes and no IPAMConfiguration in the paste',
			text: base,
			windows: 'yes',
			found: [['windows-strict-affinity', 'info']],
		},
		{
			name: 'Windows nodes and strictAffinity: true',
			text: base + strictAffinity,
			windows: 'yes',
			found: [],
		},
		{
			name: 'Windows nodes and the CRD form IPAMConfig with strictAffinity: true',
			text: `${base}---\napiVersion: crd.projectcalico.org/v1\nkind: IPAMConfig\nmetadata: {name: default}\nspec: {strictAffinity: true, autoAllocateBlocks: true}\n`,
			windows: 'yes',
			found: [],
		},
	] as const)('$name', ({ text, windows, found }) => {
		const { findings } = check({ text, windows, ipv6: 'no' });
		expect(findings.map((f) => [f.rule, f.severity])).toEqual(found);
	});

	test('a FelixConfiguration alone says nothing of IPAM, so strictAffinity is not asked for', () => {
		const text = v3('FelixConfiguration', 'default', '{logSeverityScreen: Info}');
		expect(rulesOf(check({ text, windows: 'yes' }).findings)).not.toContain(
			'windows-strict-affinity'
		);
	});

	test('eBPF off GKE is not the GKE rule’s business', () => {
		const text = installation('10.0.0.0/16 VXLAN', '    linuxDataplane: BPF\n');
		expect(rulesOf(check({ text, env: 'google-cloud' }).findings)).not.toContain('gke-ebpf');
	});
});
