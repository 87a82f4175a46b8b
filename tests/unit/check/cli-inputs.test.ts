import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { expandInputs } from '../../../src/cli/inputs';
import { buildCli } from '../../../scripts/build-cli.mjs';
import { installation } from './yaml';

const dir = mkdtempSync(join(tmpdir(), 'calico-inputs-'));
/** Writes a file under the temporary directory, making its folders. */
const put = (path: string, text = installation('10.0.0.0/16 VXLAN')) => {
	mkdirSync(join(dir, path, '..'), { recursive: true });
	writeFileSync(join(dir, path), text);
};
put('deploy/b.yaml');
put('deploy/a.yml');
put(
	'deploy/nested/c.json',
	'{"apiVersion": "projectcalico.org/v3", "kind": "IPPool", "spec": {"cidr": "10.1.0.0/16"}}'
);
put('deploy/nested/notes.txt', 'not YAML');
put('deploy/node_modules/x/d.yaml');
put('deploy/.git/e.yaml');
put('deploy/README.md', '# docs');
mkdirSync(join(dir, 'empty/sub'), { recursive: true });
put('empty/sub/readme.txt', 'nothing to check');
put('azure.yaml', installation('10.0.0.0/16 IPIP'));

const under = (files: string[]) => files.map((file) => relative(dir, file));
const repo = fileURLToPath(new URL('../../../', import.meta.url));
let bundle = '';

beforeAll(async () => {
	bundle = await buildCli(join(dir, 'calico-check.mjs'));
}, 60_000);

describe('which files a run reads', () => {
	test('a directory is its YAML and JSON files all the way down, sorted, without node_modules and dot-directories', () => {
		const read = expandInputs([join(dir, 'deploy')]);
		expect(read.ok && under(read.files)).toEqual([
			'deploy/a.yml',
			'deploy/b.yaml',
			'deploy/nested/c.json',
		]);
	});

	test('a file named outright is read whatever its extension, and - stays standard input', () => {
		const read = expandInputs([join(dir, 'deploy/nested/notes.txt'), '-']);
		expect(read.ok && read.files).toEqual([join(dir, 'deploy/nested/notes.txt'), '-']);
	});

	test('a directory with nothing to check is a usage error that names it', () => {
		expect(expandInputs([join(dir, 'empty')])).toEqual({
			ok: false,
			message: `${join(dir, 'empty')} holds no .yaml, .yml, .json files.`,
		});
	});
});

// Each case starts Node once or more: generous for a loaded 2-CPU runner.
describe('the command line on directories and with its check word', { timeout: 60_000 }, () => {
	const run = (command: string[], args: string[]) => {
		const result = spawnSync(process.execPath, [...command, ...args], {
			encoding: 'utf8',
			cwd: repo,
		});
		return { status: result.status, stdout: result.stdout, stderr: result.stderr };
	};

	test('a directory is checked file by file, each under its own path', () => {
		const { status, stdout } = run([bundle], ['--format', 'json', join(dir, 'deploy')]);
		expect(status).toBe(0);
		expect(JSON.parse(stdout).files.map((f: { file: string }) => relative(dir, f.file))).toEqual([
			'deploy/a.yml',
			'deploy/b.yaml',
			'deploy/nested/c.json',
		]);
	});

	test('an empty directory exits 2 with a one-line reason', () => {
		const { status, stderr } = run([bundle], [join(dir, 'empty')]);
		expect(status).toBe(2);
		expect(stderr).toBe(`calico-check: ${join(dir, 'empty')} holds no .yaml, .yml, .json files.\n`);
	});

	test('the bundle reads a leading check word as calico-guide does', () => {
		const { status, stdout } = run([bundle], ['check', '--env', 'azure', join(dir, 'azure.yaml')]);
		expect(status).toBe(1);
		expect(stdout).toContain('azure-ipip');
	});

	test.each([
		{
			args: ['--help'],
			status: 0,
			out: 'stdout',
			says: 'check   check Calico configuration files or directories',
		},
		{
			args: [],
			status: 2,
			out: 'stderr',
			says: 'calico-guide: name a command; the one it has is check.',
		},
		{ args: ['lint'], status: 2, out: 'stderr', says: 'calico-guide: lint is not a command' },
		{
			args: ['check', '--help'],
			status: 0,
			out: 'stdout',
			says: 'npx calico-guide check [options]',
		},
	] as const)('calico-guide $args exits $status: “$says”', ({ args, status, out, says }) => {
		const result = run([join(repo, 'bin/calico-guide.mjs')], [...args]);
		expect(result.status).toBe(status);
		expect(result[out]).toContain(says);
	});

	test('calico-guide check runs the checker on a directory and exits 1 on an error', () => {
		const { status, stdout } = run(
			[join(repo, 'bin/calico-guide.mjs')],
			['check', '--env', 'azure', dir]
		);
		expect(status).toBe(1);
		expect(stdout).toContain('azure.yaml');
		expect(stdout).toContain('azure-ipip');
	});
});
