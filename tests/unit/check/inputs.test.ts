import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkConfiguration, type CheckResult } from '../../../src/lib/check';
import { maxPasteChars } from '../../../src/lib/check/parse/limits';
import { findingPlace } from '../../../src/lib/words/check-findings';
import { capi, configMap, helmValues, rke2 } from '../../fixtures/check-inputs';

/** Calico's manifests as published (the calico-config ConfigMap and calico-node DaemonSet), see the files' headers. */
const fixture = (name: string) =>
	readFileSync(new URL(`../../fixtures/check/${name}`, import.meta.url), 'utf8');

const check = (text: string, env: 'on-prem' | 'aws' = 'on-prem') =>
	checkConfiguration({ text, env });
const rules = (result: CheckResult) => result.findings.map((f) => f.rule);

describe('the checker reads every common way of installing Calico, and says what it read', () => {
	test.each([
		{
			input: 'Helm values for the tigera-operator chart',
			text: helmValues,
			env: 'aws' as const,
			readAs:
				/^Read as: Helm values for the tigera-operator chart\. Checked: Installation \(1\), FelixConfiguration \(1\)\.$/,
			amountsTo: 'calico-vxlan',
		},
		{
			input: 'RKE2’s HelmChartConfig',
			text: rke2,
			readAs:
				/^Read as: Helm values in RKE2’s HelmChartConfig rke2-calico\. Checked: Installation \(1\)\.$/,
			amountsTo: 'calico-vxlan',
		},
		{
			input: 'a Cluster API HelmChartProxy',
			text: capi,
			readAs:
				/^Read as: Helm values in the HelmChartProxy calico \(template actions read as <templated>\)\. Checked: Installation \(1\)\.$/,
			amountsTo: 'calico-vxlan',
		},
		{
			input: 'an Installation inside a ConfigMap',
			text: configMap,
			readAs:
				/^Read as: resources in the ConfigMap calico-installation, key installation\.yaml\. Checked: Installation \(1\)\.$/,
			amountsTo: 'calico-vxlan-cross-subnet',
		},
		{
			input: 'calico.yaml of Calico 3.33',
			text: fixture('calico-v3.33-excerpt.yaml'),
			readAs:
				/^Read as: the calico-config ConfigMap of Calico’s manifest; the calico-node DaemonSet of Calico’s manifest \(calico\.yaml or a variant\)\. Checked: IPPool \(1\), FelixConfiguration \(1\)\.$/,
			amountsTo: 'calico-ipip',
		},
		{
			input: 'calico-vxlan.yaml of Calico 3.33',
			text: fixture('calico-vxlan-v3.33-excerpt.yaml'),
			readAs: /calico-node DaemonSet/,
			amountsTo: 'calico-vxlan-cross-subnet',
		},
		{
			input: 'canal.yaml of Calico 3.33',
			text: fixture('canal-v3.33-excerpt.yaml'),
			env: 'aws' as const,
			readAs:
				/^Read as: the canal-config ConfigMap of Calico’s canal\.yaml; the canal DaemonSet of Calico’s canal\.yaml \(flannel networking, Calico policy\)\. Checked: FelixConfiguration \(1\)\.$/,
			amountsTo: 'canal',
		},
	])('$input', ({ text, env, readAs, amountsTo }) => {
		const result = check(text, env);
		expect(result.readAs).toMatch(readAs);
		expect(rules(result)).not.toContain('unknown-kind');
		expect(rules(result)).not.toContain('yaml-syntax');
		expect(result.amountsTo?.options[0] ?? null).toBe(amountsTo);
	});

	test('canal.yaml derives no Calico pool: its pods take host-local addresses from each node’s podCIDR', () => {
		const result = check(fixture('canal-v3.33-excerpt.yaml'), 'aws');
		expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
		expect(result.kinds).toEqual(['ConfigMap', 'DaemonSet']);
	});

	test('Helm values reach the rules: WireGuard from defaultFelixConfiguration is checked on Windows', () => {
		const result = checkConfiguration({ text: helmValues, env: 'aws', windows: 'yes' });
		expect(rules(result)).toContain('windows-wireguard');
	});

	test('the pool calico-node would create is the manifest’s, with the modes calico.yaml sets', () => {
		const result = check(fixture('calico-v3.33-excerpt.yaml'));
		// calico.yaml leaves CALICO_IPV4POOL_CIDR commented out: the default is assumed and said so.
		expect(result.readAs).toContain('Checked: IPPool (1)');
		expect(rules(result)).toContain('manifest-pool-env');
		expect(rules(result)).not.toContain('no-installation');
	});

	test('a pasted IPPool replaces the pool calico-node would create', () => {
		const pool =
			'---\napiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: default-ipv4-ippool}\nspec: {cidr: 10.10.0.0/16, vxlanMode: Always, ipipMode: Never, natOutgoing: true}\n';
		const result = check(fixture('calico-v3.33-excerpt.yaml') + pool);
		expect(result.amountsTo?.options[0]).toBe('calico-vxlan');
	});
});

describe('a kubectl dump of a whole cluster', () => {
	const peers = Array.from(
		{ length: 300 },
		(_, i) =>
			`- apiVersion: projectcalico.org/v3\n  kind: BGPPeer\n  metadata:\n    name: peer-${i}\n  spec:\n    peerIP: 10.0.1.${i % 250}\n    asNumber: 64512\n`
	).join('');
	const deployments = Array.from(
		{ length: 212 },
		(_, i) =>
			`- apiVersion: apps/v1\n  kind: Deployment\n  metadata:\n    name: app-${i}\n  spec:\n    replicas: 1\n`
	).join('');
	const dump = `apiVersion: v1\nitems:\n${peers}${deployments}- apiVersion: projectcalico.org/v3\n  kind: IPPool\n  metadata:\n    name: default-ipv4-ippool\n  spec:\n    cidr: 192.168.0.0/16\n    ipipMode: Always\n    vxlanMode: Never\n    natOutgoing: true\nkind: List\nmetadata:\n  resourceVersion: ""\n`;

	test('is one finding for what it skips and a line for what it checked, not 512 findings', () => {
		const result = check(dump);
		expect(result.readAs).toBe(
			'Read as: Calico resources. Checked: BGPPeer (300), IPPool (1). Skipped: 212 resources that do not bear on networking.'
		);
		const unknown = result.findings.filter((f) => f.rule === 'unknown-kind');
		expect(unknown.map((f) => f.message)).toEqual([
			'Skipped 212 resources that do not bear on Calico networking: Deployment (212).',
		]);
	});

	test('reads the same as JSON (kubectl get -o json)', () => {
		const json = JSON.stringify({
			apiVersion: 'v1',
			kind: 'List',
			items: [
				{ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'a' } },
				{
					apiVersion: 'projectcalico.org/v3',
					kind: 'IPPool',
					metadata: { name: 'p' },
					spec: { cidr: '10.0.0.0/16', vxlanMode: 'Always' },
				},
			],
		});
		expect(check(json).readAs).toBe(
			'Read as: Calico resources. Checked: IPPool (1). Skipped: 1 resource that does not bear on networking.'
		);
	});

	test('a YAML error in a later document names the line in the whole paste', () => {
		const text =
			'apiVersion: v1\nkind: Service\n---\napiVersion: v1\nkind: Pod\n---\nkind: IPPool\nspec: {cidr: [\n';
		const syntax = check(text).findings.find((f) => f.rule === 'yaml-syntax');
		expect(syntax?.message).toMatch(/^Document 3 is not valid YAML at line (8|9), column \d+/);
	});
});

describe('hostile input gets one clear finding, never a hang or a stack overflow', () => {
	const deepFlow = `kind: IPPool\nspec: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
	// Indentation grows with depth, so 300 levels already make a 90 KB paste.
	const deepBlock = `kind: IPPool\nspec:\n${Array.from({ length: 300 }, (_, i) => `${' '.repeat(2 * (i + 1))}a:`).join('\n')} 1\n`;
	const bomb = `a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n`;
	test.each([
		{ input: '5,000 levels of brackets', text: deepFlow, says: /nests deeper than 64 levels/ },
		{ input: '300 levels of indentation', text: deepBlock, says: /nests deeper than 64 levels/ },
		{ input: 'an alias bomb', text: bomb, says: /could not be read: .*[Aa]lias/ },
		{
			input: 'a binary file',
			text: `\u0000\u0001ELF${'\u0002'.repeat(100)}`,
			says: /looks like a binary file/,
		},
		{
			input: 'a paste over the size limit',
			text: `# ${'x'.repeat(maxPasteChars)}\nkind: IPPool\n`,
			says: /^The paste is 8\.0 MB; the checker reads at most 8 MB at a time\.$/,
		},
	])('$input', ({ text, says }) => {
		const { findings } = check(text);
		const syntax = findings.filter((f) => f.rule === 'yaml-syntax');
		expect(syntax).toHaveLength(1);
		expect(syntax[0]!.message).toMatch(says);
		expect(JSON.stringify(findings)).not.toMatch(/call stack/i);
	});
});

describe('findings point at the line and column of the field they concern', () => {
	const typo = (text: string) => check(text).findings.find((f) => f.rule === 'unknown-field');
	test.each([
		{
			where: 'in the second document of a paste',
			text: 'apiVersion: v1\nkind: Service\n---\napiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata:\n  name: p\nspec:\n  cidr: 10.0.0.0/16\n  vxlanMod: Always\n',
			line: 10,
			column: 3,
		},
		{
			where: 'in an item of a kubectl List',
			text: 'apiVersion: v1\nitems:\n- apiVersion: projectcalico.org/v3\n  kind: IPPool\n  metadata:\n    name: p\n  spec:\n    cidr: 10.0.0.0/16\n    natOutgoin: true\nkind: List\n',
			// The item is read without its "- ", and the column counts those two back.
			line: 9,
			column: 5,
		},
	])('a typo $where', ({ text, line, column }) => {
		const found = typo(text);
		expect(found?.message).toMatch(/Did you mean/);
		expect({ line: found?.line, column: found?.column }).toEqual({ line, column });
		expect(findingPlace(found!)).toBe(`Line ${line}, column ${column}`);
	});

	test('fields read from Helm values have no position of their own, rather than a wrong one', () => {
		const found = typo('installation:\n  calicoNetwork:\n    bgpp: Enabled\n');
		expect(found?.message).toMatch(/bgpp/);
		expect(found?.line).toBeUndefined();
	});
});
