import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { layers } from '../../src/lib/layers';

const lib = fileURLToPath(new URL('../../src/lib/', import.meta.url));

/** Every TypeScript file of the library, as a path under `src/lib/`. */
function libraryFiles(dir = lib): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = path.join(dir, name);
		if (statSync(full).isDirectory()) return libraryFiles(full);
		return name.endsWith('.ts') ? [path.relative(lib, full)] : [];
	});
}

/** The library files one file imports (type-only imports and re-exports included). */
function importsOf(file: string): string[] {
	const text = readFileSync(path.join(lib, file), 'utf8');
	const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']*)'/g)].map((m) => m[1]!);
	return specs.map((spec) => {
		const base = path.normalize(path.join(path.dirname(file), spec));
		const found = [base, `${base}.ts`, path.join(base, 'index.ts')].find((c) => files.includes(c));
		if (!found) throw new Error(`${file} imports ${spec}, which is no library file`);
		return found;
	});
}

/** The folder a file belongs to: its first path part, or "" for the library's top. */
const folderOf = (file: string) => (file.includes('/') ? file.split('/')[0]! : '');

const files = libraryFiles();
const graph = new Map(files.map((f) => [f, importsOf(f)]));
const layerOf = (folder: string) => layers.findIndex((layer) => layer.folders.includes(folder));

describe('the library’s layers', () => {
	test.each(files.map((file) => ({ file })))('$file sits in a named layer', ({ file }) => {
		expect(layerOf(folderOf(file)), `add ${folderOf(file)}/ to src/lib/layers.ts`).not.toBe(-1);
	});

	test.each(files.map((file) => ({ file })))(
		'$file imports only its own folder and the layers below it',
		({ file }) => {
			const from = folderOf(file);
			const upward = graph
				.get(file)!
				.filter((to) => folderOf(to) !== from && layerOf(folderOf(to)) >= layerOf(from));
			expect(upward).toEqual([]);
		}
	);

	test('no two library files import each other, through any number of others', () => {
		const circles: string[][] = [];
		const state = new Map<string, 'open' | 'done'>();
		const walk = (file: string, trail: string[]) => {
			if (state.get(file) === 'done') return;
			if (state.get(file) === 'open') {
				circles.push([...trail.slice(trail.indexOf(file)), file]);
				return;
			}
			state.set(file, 'open');
			for (const next of graph.get(file)!) walk(next, [...trail, file]);
			state.set(file, 'done');
		};
		for (const file of files) walk(file, []);
		expect(circles).toEqual([]);
	});

	test.each(files.map((file) => ({ file })))(
		'$file stays within 300 lines (data files aside)',
		({ file }) => {
			const lines = readFileSync(path.join(lib, file), 'utf8').split('\n').length;
			const isData = layers.some((layer) => layer.data?.includes(file));
			expect(isData || lines <= 300, `${file} has ${lines} lines`).toBe(true);
		}
	);
});
