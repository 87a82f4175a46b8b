// Reads the fields of the resources the checker understands from the upstream CRDs of every release the guide
// lists, and writes them, merged into one tree per kind, to src/lib/check/crd-fields.data.ts. The library never
// reads git or the file system: it imports that file. Run it again when a release is added to
// src/lib/facts/releases.ts (tests/unit/check/crd-fields.test.ts fails until the table below and the data
// follow).
//
// Usage: npx node scripts/refresh-crd-fields.mjs --calico <git dir> --operator <git dir> [--date YYYY-MM-DD]
//   --calico    a clone or mirror of projectcalico/calico (its .git directory, or a bare repository)
//   --operator  a clone or mirror of tigera/operator
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';

/** The releases to read, as tagged upstream; a test holds it to `releases` in src/lib/facts/releases.ts. */
export const crdReleases = [
	{ minor: '3.31', calico: 'v3.31.7', operator: 'v1.40.17' },
	{ minor: '3.32', calico: 'v3.32.1', operator: 'v1.42.4' },
	{ minor: '3.33', calico: 'v3.33.1', operator: 'v1.44.1' },
];

/**
 * The Calico kinds and their CRD files: the crd.projectcalico.org/v1 CRD in libcalico-go, which every release has,
 * and the projectcalico.org/v3 one in api/, which releases from 3.32 have. The checker reads both API groups
 * alike, so a release's fields are those of either file.
 */
export const calicoKinds = {
	BGPConfiguration: ['bgpconfigurations', 'bgpconfigurations'],
	BGPFilter: ['bgpfilters', 'bgpfilters'],
	BGPPeer: ['bgppeers', 'bgppeers'],
	FelixConfiguration: ['felixconfigurations', 'felixconfigurations'],
	IPAMConfig: ['ipamconfigs', 'ipamconfigurations'],
	IPPool: ['ippools', 'ippools'],
	IPReservation: ['ipreservations', 'ipreservations'],
	KubeControllersConfiguration: ['kubecontrollersconfigurations', 'kubecontrollersconfigurations'],
};
const v1Crd = (plural) => `libcalico-go/config/crd/crd.projectcalico.org_${plural}.yaml`;
const v3Crd = (plural) => `api/config/crd/projectcalico.org_${plural}.yaml`;

/** The operator's Installation CRD: its folder moved between releases, so it is found by name. */
const installationCrd = /(^|\/)operator\.tigera\.io_installations\.yaml$/;

const git = (dir, ...args) =>
	execFileSync('git', ['--git-dir', dir, ...args], {
		encoding: 'utf8',
		maxBuffer: 1 << 30,
		stdio: ['ignore', 'pipe', 'ignore'],
	});
const hasObject = (dir, object) => {
	try {
		git(dir, 'cat-file', '-e', object);
		return true;
	} catch {
		return false;
	}
};

/**
 * The commit to read for a tag: the tag's, or, when the repository has no such tag (a mirror taken before the
 * release), the head of its release branch (`v3.33.1` → `release-v3.33`) with the tags that point at it,
 * said so in the output.
 */
export function resolveRef(dir, tag) {
	if (hasObject(dir, `refs/tags/${tag}^{commit}`))
		return { tag, ref: tag, commit: git(dir, 'rev-parse', `${tag}^{commit}`).trim() };
	const branch = tag.replace(/^v(\d+\.\d+)\.\d+$/, 'release-v$1');
	for (const name of [`refs/heads/${branch}`, `refs/remotes/origin/${branch}`])
		if (hasObject(dir, `${name}^{commit}`)) {
			const commit = git(dir, 'rev-parse', `${name}^{commit}`).trim();
			const tagged = git(dir, 'tag', '--points-at', commit).split('\n').filter(Boolean);
			return { tag, ref: branch, commit, ...(tagged.length ? { tagged } : {}) };
		}
	throw new Error(`${dir} has neither the tag ${tag} nor the branch ${branch}.`);
}

/** A field of an OpenAPI schema as a tree of names: `fields` for a mapping, `each` for a list of mappings. */
export function shapeOf(schema) {
	let node = schema ?? {};
	let each = false;
	if (node.type === 'array') {
		node = node.items ?? {};
		each = true;
	}
	const open = node['x-kubernetes-preserve-unknown-fields'] || node.additionalProperties;
	if (!node.properties || open) return {};
	const names = Object.keys(node.properties).sort();
	const fields = Object.fromEntries(names.map((name) => [name, shapeOf(node.properties[name])]));
	return each ? { each: true, fields } : { fields };
}

/** Two shapes of one field as one: the union of their fields (a release's v1 and v3 CRDs). */
function union(a, b) {
	if (!a.fields || !b.fields) return a.fields ? b : a;
	const fields = { ...a.fields };
	for (const [name, shape] of Object.entries(b.fields))
		fields[name] = fields[name] ? union(fields[name], shape) : shape;
	const names = Object.keys(fields).sort();
	return { ...a, fields: Object.fromEntries(names.map((name) => [name, fields[name]])) };
}

/**
 * The shapes a field has in the releases it exists in, as one tree: `in` lists those releases when they are fewer
 * than its parent's, `anyIn` those where it takes any value while others list its fields.
 */
export function merge(present, scope, path = 'spec') {
	const minors = present.map((p) => p.minor);
	const tree = {};
	if (minors.length < scope.length) tree.in = minors;
	const listed = present.filter((p) => p.shape.fields);
	if (new Set(listed.map((p) => Boolean(p.shape.each))).size > 1)
		throw new Error(`${path} is a list in some releases and a mapping in others.`);
	if (!listed.length) return tree;
	if (listed[0].shape.each) tree.each = true;
	if (listed.length < present.length)
		tree.anyIn = minors.filter((m) => !listed.some((p) => p.minor === m));
	const inner = listed.map((p) => p.minor);
	const names = [...new Set(listed.flatMap((p) => Object.keys(p.shape.fields)))].sort();
	tree.fields = Object.fromEntries(
		names.map((name) => {
			const has = listed.filter((p) => name in p.shape.fields);
			const shapes = has.map((p) => ({ minor: p.minor, shape: p.shape.fields[name] }));
			return [name, merge(shapes, inner, `${path}.${name}`)];
		})
	);
	return tree;
}

/** The spec of the version the API server stores, from a CRD's YAML. */
function specShape(text, where) {
	const crd = parse(text);
	const version = crd.spec.versions.find((v) => v.storage) ?? crd.spec.versions[0];
	const spec = version?.schema?.openAPIV3Schema?.properties?.spec;
	if (!spec) throw new Error(`${where} has no openAPIV3Schema.properties.spec.`);
	return shapeOf(spec);
}

/** Reads one release: where each file came from, and each kind's spec shape. */
function readRelease(release, calicoDir, operatorDir) {
	const calico = resolveRef(calicoDir, release.calico);
	const operator = resolveRef(operatorDir, release.operator);
	const shapes = {};
	const calicoPaths = [];
	for (const [kind, [v1, v3]] of Object.entries(calicoKinds)) {
		const paths = [v1Crd(v1), v3Crd(v3)].filter((p) =>
			hasObject(calicoDir, `${calico.commit}:${p}`)
		);
		if (!paths[0]?.startsWith('libcalico-go/'))
			throw new Error(`projectcalico/calico ${calico.ref} has no ${v1Crd(v1)}.`);
		calicoPaths.push(...paths);
		shapes[kind] = paths
			.map((p) => specShape(git(calicoDir, 'show', `${calico.commit}:${p}`), `${calico.ref}:${p}`))
			.reduce(union);
	}
	const files = git(operatorDir, 'ls-tree', '-r', '--name-only', operator.commit).split('\n');
	const installation = files.filter((f) => installationCrd.test(f) && f.startsWith('pkg/'));
	if (installation.length !== 1)
		throw new Error(
			`tigera/operator ${operator.ref}: ${installation.length} Installation CRDs under pkg/.`
		);
	const operatorPath = installation[0];
	shapes.Installation = specShape(
		git(operatorDir, 'show', `${operator.commit}:${operatorPath}`),
		`${operator.ref}:${operatorPath}`
	);
	return {
		source: {
			minor: release.minor,
			calico: { repository: 'projectcalico/calico', ...calico, paths: calicoPaths },
			operator: { repository: 'tigera/operator', ...operator, paths: [operatorPath] },
		},
		shapes,
	};
}

/** A field name as a TypeScript object key. */
const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);

/** A tree as a TypeScript literal: fields in order, `{}` for a field that takes any value. */
function literal(tree) {
	const parts = [];
	if (tree.in) parts.push(`in: [${tree.in.map((m) => `'${m}'`).join(', ')}]`);
	if (tree.each) parts.push('each: true');
	if (tree.anyIn) parts.push(`anyIn: [${tree.anyIn.map((m) => `'${m}'`).join(', ')}]`);
	if (tree.fields) {
		const fields = Object.entries(tree.fields).map(([name, t]) => `${key(name)}: ${literal(t)}`);
		parts.push(`fields: { ${fields.join(', ')} }`);
	}
	return `{ ${parts.join(', ')} }`;
}

/** Where one repository's files of a release were read, as a header line says it. */
function stamp({ repository, tag, ref, commit, tagged, paths }) {
	const also = tagged ? `; the commit is tagged ${tagged.join(', ')}` : '';
	const read =
		ref === tag
			? `${tag} (${commit})`
			: `${ref} at ${commit} (the repository read has no tag ${tag}${also})`;
	return [`//   ${repository} ${read}:`, ...paths.map((p) => `//     ${p}`)];
}

/** The generated module's text, before formatting. */
export function render(read, date) {
	const sources = read.map((r) => r.source);
	const kinds = ['Installation', ...Object.keys(calicoKinds)];
	const scope = read.map((r) => r.source.minor);
	const trees = kinds.map((kind) => {
		const present = read.map((r) => ({ minor: r.source.minor, shape: r.shapes[kind] }));
		return `${kind}: ${literal(merge(present, scope))}`;
	});
	return [
		`// Generated by scripts/refresh-crd-fields.mjs on ${date}; do not edit it by hand, run the script again:`,
		'//   npx node scripts/refresh-crd-fields.mjs --calico <git dir> --operator <git dir>',
		'// Field names only, from openAPIV3Schema.properties.spec of each CRD, full depth. Read from:',
		...sources.flatMap((s) => [`// Calico ${s.minor}:`, ...stamp(s.calico), ...stamp(s.operator)]),
		"import type { CalicoMinor } from '../facts';",
		"import type { FieldTree } from './field-tree';",
		'',
		'/** A kind whose fields come from its CRD. */',
		`export type CrdKind = ${kinds.map((k) => `'${k}'`).join(' | ')};`,
		'',
		'/** Where each release’s fields were read: the repository, the tag asked for, the ref and commit read, the files. */',
		`export const crdFieldSources: readonly { minor: CalicoMinor; calico: CrdRead; operator: CrdRead }[] = ${JSON.stringify(sources)};`,
		'',
		'/** One repository’s CRD files of a release, as read. */',
		'export interface CrdRead { repository: string; tag: string; ref: string; commit: string; tagged?: readonly string[]; paths: readonly string[] }',
		'',
		'/** The spec fields of each kind over the releases; a field that some release lacks lists the ones it is in. */',
		`export const crdFields: Record<CrdKind, FieldTree> = { ${trees.join(', ')} };`,
		'',
	].join('\n');
}

async function main() {
	const { values } = parseArgs({
		options: {
			calico: { type: 'string' },
			operator: { type: 'string' },
			date: { type: 'string', default: new Date().toISOString().slice(0, 10) },
			out: {
				type: 'string',
				default: fileURLToPath(new URL('../src/lib/check/crd-fields.data.ts', import.meta.url)),
			},
		},
	});
	if (!values.calico || !values.operator) {
		console.error(
			'Usage: npx node scripts/refresh-crd-fields.mjs --calico <git dir> --operator <git dir>'
		);
		process.exit(2);
	}
	const read = crdReleases.map((release) => readRelease(release, values.calico, values.operator));
	for (const { source } of read)
		for (const repo of [source.calico, source.operator])
			if (repo.ref !== repo.tag)
				console.warn(`${repo.repository}: no tag ${repo.tag}; read ${repo.ref} at ${repo.commit}.`);
	const prettier = await import('prettier');
	const options = (await prettier.resolveConfig(values.out)) ?? {};
	const text = await prettier.format(render(read, values.date), {
		...options,
		filepath: values.out,
	});
	writeFileSync(values.out, text);
	console.log(`Wrote ${values.out} (${text.length} bytes).`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
