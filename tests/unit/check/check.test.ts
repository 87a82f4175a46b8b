import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { checkConfiguration } from '../../../src/lib/check';
import { moveIds } from '../../../src/lib/migrate/ids';
import { check } from './rule-tester';
import { bare, installation, v3 } from './yaml';

// Each rule's own cases are in tests/unit/check/rules/<rule-id>.test.ts; these tests are about whole results.

describe('a configuration that is right stays quiet', () => {
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
	}, 30_000); // A property test: generous on a loaded 2-CPU runner.
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
			name: 'a pool with no encapsulation on EKS is IP-in-IP, which BGP Disabled (the EKS default) rejects in Calico 3.32',
			input: {
				text: bare(
					'{kubernetesProvider: EKS, cni: {type: Calico}, calicoNetwork: {ipPools: [{cidr: 10.0.0.0/16}]}}'
				),
				env: 'aws' as const,
				calico: '3.32',
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
