import { describe, expect, test } from 'vitest';
import { crdReleases, merge, shapeOf } from '../../../scripts/refresh-crd-fields.mjs';
import { crdFields, crdFieldSources, type CrdKind } from '../../../src/lib/check/crd-fields.data';
import { crdSource } from '../../../src/lib/check/crd-sources';
import type { FieldTree } from '../../../src/lib/check/field-tree';
import { apiKinds } from '../../../src/lib/operator/api-fields';
import { releases, supportedMinors } from '../../../src/lib/facts';
import { check } from './rule-tester';
import { v3 } from './yaml';

const kinds = Object.keys(crdFields) as CrdKind[];

/** The tree of a spec field path such as `calicoNetwork.ipPools[].cidr`, or undefined when the CRD has none. */
function fieldAt(kind: CrdKind, path: string): FieldTree | undefined {
	let tree: FieldTree | undefined = crdFields[kind];
	for (const name of path.replace(/\[\]/g, '').split('.')) tree = tree?.fields?.[name];
	return tree;
}

describe('the CRD fields follow the releases the guide lists', () => {
	test('the refresh script reads the patch and operator tags of every release in releases.ts, in order', () => {
		expect(crdReleases).toEqual(
			releases.map((r) => ({ minor: r.minor, calico: r.patch, operator: r.operator }))
		);
	});

	test('the generated data was read for every release, asking for its tags', () => {
		expect(crdFieldSources.map((s) => [s.minor, s.calico.tag, s.operator.tag])).toEqual(
			releases.map((r) => [r.minor, r.patch, r.operator])
		);
	});

	test('each release was read at its tag or, where the repository had none, its release branch', () => {
		for (const { calico, operator } of crdFieldSources)
			for (const read of [calico, operator]) {
				const branch = read.tag.replace(/^v(\d+\.\d+)\.\d+$/, 'release-v$1');
				expect([read.tag, branch]).toContain(read.ref);
				expect(read.commit).toMatch(/^[0-9a-f]{40}$/);
			}
	});

	test('a field some release lacks names only releases the guide lists', () => {
		const minors = new Set<string>();
		const walk = (tree: FieldTree) => {
			for (const m of [...(tree.in ?? []), ...(tree.anyIn ?? [])]) minors.add(m);
			Object.values(tree.fields ?? {}).forEach(walk);
		};
		kinds.forEach((kind) => walk(crdFields[kind]));
		expect([...minors].every((m) => (supportedMinors as readonly string[]).includes(m))).toBe(true);
	});
});

describe('the checker cites the CRD files its fields were read from', () => {
	test.each(
		releases.flatMap((release) => kinds.map((kind) => ({ kind, release, minor: release.minor })))
	)('$kind in $minor cites the file at the ref read', ({ kind, release }) => {
		const read = crdFieldSources.find((s) => s.minor === release.minor)!;
		const from = kind === 'Installation' ? read.operator : read.calico;
		const url = crdSource(kind, release).url;
		const [, ref, path] = /\/blob\/([^/]+)\/(.+)$/.exec(url)!;
		expect(ref).toBe(from.ref);
		expect(from.paths).toContain(path);
	});

	test('a finding cites the CRD of its kind in the chosen release, and of the release that has the field', () => {
		const text = v3('BGPConfiguration', 'default', '{programClusterRoutes: Disabled}');
		const finding = check({ text, calico: '3.31' }).findings.find(
			(f) => f.rule === 'unknown-field'
		);
		expect(finding?.sources.map((s) => s.url)).toEqual([
			'https://github.com/projectcalico/calico/blob/v3.31.7/libcalico-go/config/crd/crd.projectcalico.org_bgpconfigurations.yaml',
			'https://github.com/projectcalico/calico/blob/v3.32.1/libcalico-go/config/crd/crd.projectcalico.org_bgpconfigurations.yaml',
		]);
	});
});

describe('the fields the guide writes itself are in the CRDs', () => {
	const written = (['Installation', 'IPPool', 'BGPConfiguration', 'FelixConfiguration'] as const)
		.flatMap((kind) => apiKinds[kind].fields.map((path) => ({ kind, path })))
		.filter(({ path }) => path.startsWith('spec.'));

	test.each(written)('$kind $path', ({ kind, path }) => {
		expect(fieldAt(kind, path.slice('spec.'.length))).toBeDefined();
	});
});

describe('the refresh script reads a schema into a tree of names', () => {
	test.each([
		{ schema: { type: 'string' }, tree: {}, says: 'a scalar takes any value' },
		{
			schema: { type: 'array', items: { type: 'string' } },
			tree: {},
			says: 'so does a list of scalars',
		},
		{
			schema: { type: 'object', additionalProperties: { type: 'string' } },
			tree: {},
			says: 'and a map of free keys',
		},
		{
			schema: {
				type: 'object',
				'x-kubernetes-preserve-unknown-fields': true,
				properties: { a: {} },
			},
			tree: {},
			says: 'and an object its schema leaves open',
		},
		{
			schema: { type: 'object', properties: { b: { type: 'string' }, a: { type: 'integer' } } },
			tree: { fields: { a: {}, b: {} } },
			says: 'an object lists its fields, sorted',
		},
		{
			schema: {
				type: 'array',
				items: { type: 'object', properties: { cidr: { type: 'string' } } },
			},
			tree: { each: true, fields: { cidr: {} } },
			says: 'a list of objects is each of its items’ fields',
		},
	])('$says', ({ schema, tree }) => {
		expect(shapeOf(schema)).toEqual(tree);
	});

	test('merging releases marks a field with the releases it is in, when not all', () => {
		const present = [
			{ minor: '3.31', shape: { fields: { a: {}, old: {} } } },
			{ minor: '3.32', shape: { fields: { a: {}, new: { fields: { x: {} } } } } },
			{ minor: '3.33', shape: { fields: { a: {}, new: { fields: { x: {}, y: {} } } } } },
		];
		expect(merge(present, ['3.31', '3.32', '3.33'])).toEqual({
			fields: {
				a: {},
				new: { in: ['3.32', '3.33'], fields: { x: {}, y: { in: ['3.33'] } } },
				old: { in: ['3.31'] },
			},
		});
	});

	test('merging marks the releases where a field takes any value while others list its fields', () => {
		const present = [
			{ minor: '3.31', shape: {} },
			{ minor: '3.32', shape: { fields: { x: {} } } },
		];
		expect(merge(present, ['3.31', '3.32'])).toEqual({ anyIn: ['3.31'], fields: { x: {} } });
	});
});
