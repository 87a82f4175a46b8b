import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkRules } from '../../../src/lib/check';
import { readArgs } from '../../../src/lib/check/report/args';
import { installation } from './yaml';
import { buildCli } from '../../../scripts/build-cli.mjs';

const dir = mkdtempSync(join(tmpdir(), 'calico-check-'));
let bundle = '';
const file = (name: string, text: string) => {
	const path = join(dir, name);
	writeFileSync(path, text);
	return path;
};
const ipipOnAzure = file('azure-ipip.yaml', installation('10.0.0.0/16 IPIP'));
const clean = file('clean.yaml', installation('10.0.0.0/16 VXLAN'));
const broken = file(
	'broken.yaml',
	'apiVersion: projectcalico.org/v3\nkind: IPPool\nspec: {cidr: [\n'
);
const calicoYaml = new URL('../../fixtures/check/calico-v3.33-excerpt.yaml', import.meta.url)
	.pathname;
const canalYaml = new URL('../../fixtures/check/canal-v3.33-excerpt.yaml', import.meta.url)
	.pathname;
const docsExamples = new URL('../../fixtures/check/tigera-docs-bgp-examples.yaml', import.meta.url)
	.pathname;
const helmValues = file(
	'values.yaml',
	'installation:\n  calicoNetwork:\n    ipPools:\n      - cidr: 10.244.0.0/16\n        encapsulation: VXLAN\n'
);

/** Runs the bundled command line as CI would: `node calico-check.mjs …`. */
function run(args: string[], input?: string) {
	const result = spawnSync(process.execPath, [bundle, ...args], { encoding: 'utf8', input });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(async () => {
	bundle = await buildCli(join(dir, 'calico-check.mjs'));
}, 60_000);

describe('reading the command line', () => {
	test.each([
		{ args: ['--env', 'mars', 'a.yaml'], says: '--env mars: not an environment; choose on-prem' },
		{
			args: ['--calico', '3.29', 'a.yaml'],
			says: 'is not a Calico version this guide answers for',
		},
		{ args: ['--format', 'xml', 'a.yaml'], says: '--format xml: choose text, json, sarif, junit.' },
		{ args: ['--fail-on', 'fatal', 'a.yaml'], says: 'choose error, warning, info or never' },
		{ args: ['--colour', 'red', 'a.yaml'], says: '--colour: not an option of calico-check' },
		{ args: ['--env'], says: '--env needs a value.' },
		{ args: [], says: 'Name at least one file to check' },
	])('$args is a usage error: “$says”', ({ args, says }) => {
		const read = readArgs(args);
		expect(read.ok).toBe(false);
		expect(!read.ok && read.message).toContain(says);
	});

	test('options take the form --name value and --name=value', () => {
		const read = readArgs(['--env=azure', '--calico', '3.32', '--fail-on=warning', 'a.yaml', '-']);
		expect(read.ok && read.options).toMatchObject({
			env: 'azure',
			failOn: 'warning',
			files: ['a.yaml', '-'],
			release: { minor: '3.32' },
		});
	});
});

// Each case starts Node once or more: generous for a loaded 2-CPU runner.
describe('the command line in CI', { timeout: 60_000 }, () => {
	test('exits 1 when a finding is an error, and names it', () => {
		const { status, stdout } = run(['--env', 'azure', ipipOnAzure]);
		expect(status).toBe(1);
		expect(stdout).toMatch(/error {3}\S*azure-ipip\.yaml:\d+:\d+ azure-ipip:/);
	});

	test('exits 0 on a clean file, and with --fail-on never whatever it finds', () => {
		expect(run(['--env', 'on-prem', clean]).status).toBe(0);
		expect(run(['--env', 'azure', '--fail-on', 'never', ipipOnAzure]).status).toBe(0);
	});

	test('exits 2 with a one-line reason for a file it cannot read, and for a usage error', () => {
		const missing = run(['--env', 'aws', join(dir, 'nope.yaml')]);
		expect(missing.status).toBe(2);
		expect(missing.stderr).toMatch(/^calico-check: cannot read .*nope\.yaml \(ENOENT\)\.\n$/);
		const usage = run(['--format', 'xml', clean]);
		expect(usage.status).toBe(2);
		expect(usage.stderr).toContain('Usage: node calico-check.mjs [check] [options]');
	});

	test('reads standard input for -', () => {
		const { status, stdout } = run(
			['--env', 'azure', '--format', 'json', '-'],
			installation('10.0.0.0/16 IPIP')
		);
		expect(status).toBe(1);
		expect(JSON.parse(stdout).files[0].file).toBe('-');
	});

	test('JSON holds the same findings the page shows, file by file', () => {
		const report = JSON.parse(
			run(['--env', 'azure', '--format', 'json', ipipOnAzure, clean]).stdout
		);
		expect(report.version).toBe(1);
		expect(report.files.map((f: { file: string }) => f.file)).toEqual([ipipOnAzure, clean]);
		expect(report.files[0].findings.map((f: { rule: string }) => f.rule)).toContain('azure-ipip');
	});

	test('SARIF 2.1.0: every result names a rule of the driver, its file, and its line where known', () => {
		const sarif = JSON.parse(
			run(['--env', 'azure', '--format', 'sarif', ipipOnAzure, broken]).stdout
		);
		expect(sarif.version).toBe('2.1.0');
		const [runReport] = sarif.runs;
		const ids = runReport.tool.driver.rules.map((r: { id: string }) => r.id);
		expect(ids).toEqual(checkRules.map((rule) => rule.id));
		for (const result of runReport.results) {
			expect(ids[result.ruleIndex]).toBe(result.ruleId);
			expect(['error', 'warning', 'note']).toContain(result.level);
			expect(result.message.text.length).toBeGreaterThan(0);
		}
		const syntax = runReport.results.find((r: { ruleId: string }) => r.ruleId === 'yaml-syntax');
		expect(syntax.locations[0].physicalLocation).toEqual({
			artifactLocation: { uri: broken },
			region: { startLine: expect.any(Number) },
		});
	});

	test('SARIF validates against the SARIF 2.1.0 schema (tests/fixtures/sarif)', () => {
		const schema = JSON.parse(
			readFileSync(new URL('../../fixtures/sarif/sarif-2.1.0-rtm.5.json', import.meta.url), 'utf8')
		);
		const validate = // The schema's language-tag pattern is not valid in Unicode mode.
			new Ajv({ strict: false, allErrors: true, unicodeRegExp: false }).compile(schema);
		const sarif = JSON.parse(
			run(['--env', 'azure', '--format', 'sarif', ipipOnAzure, broken, calicoYaml]).stdout
		);
		expect(validate(sarif) ? [] : validate.errors).toEqual([]);
	});

	test.each([
		{
			input: 'calico.yaml of Calico 3.33',
			path: () => calicoYaml,
			readAs: 'the calico-node DaemonSet',
		},
		{
			input: 'Helm values',
			path: () => helmValues,
			readAs: 'Helm values for the tigera-operator chart',
		},
		{
			input: 'canal.yaml of Calico 3.33',
			path: () => canalYaml,
			readAs: 'the canal DaemonSet of Calico’s canal.yaml',
		},
		{
			input: 'the BGP and IPAM examples of Calico’s docs',
			path: () => docsExamples,
			readAs: 'Checked: BGPPeer (3), BGPFilter (1), IPReservation (1).',
		},
	])('reads $input as the page does', ({ path, readAs }) => {
		const report = JSON.parse(run(['--env', 'on-prem', '--format', 'json', path()]).stdout);
		expect(report.files[0].readAs).toContain(readAs);
	});

	test('JUnit XML: one suite per file, the errors as failures, well formed', () => {
		const xml = run(['--env', 'azure', '--format', 'junit', ipipOnAzure, clean]).stdout;
		expect(xml).toMatch(
			/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="calico-check">/
		);
		expect(xml.match(/<testsuite /g)).toHaveLength(2);
		expect(xml).toMatch(/<failure type="error" message="[^"]*IPIP/);
		// Every element that opens closes, in order.
		const stack: string[] = [];
		for (const [, close, name, selfClosing] of xml.matchAll(/<(\/?)([a-z-]+)[^>]*?(\/?)>/g)) {
			if (selfClosing) continue;
			if (close) expect(stack.pop()).toBe(name);
			else stack.push(name!);
		}
		expect(stack).toEqual([]);
	});
});
