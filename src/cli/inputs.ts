/** Which files a run of calico-check reads: files as named, directories walked for YAML and JSON. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The extensions a directory's files are read for. */
export const checkedExtensions = ['.yaml', '.yml', '.json'] as const;

/** The files to read, in order, or why an argument names none (a usage error). */
export type Inputs = { ok: true; files: string[] } | { ok: false; message: string };

const checked = (name: string) => checkedExtensions.some((ext) => name.toLowerCase().endsWith(ext));

/** The YAML and JSON files under a directory, sorted, leaving out node_modules and dot-directories. */
function walk(dir: string): string[] {
	const found: string[] = [];
	const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
		a.name < b.name ? -1 : a.name > b.name ? 1 : 0
	);
	for (const entry of entries) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) {
			if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
			found.push(...walk(path));
		} else if (entry.isFile() && checked(entry.name)) found.push(path);
	}
	return found;
}

/**
 * The files the arguments name: `-` (standard input) and files as they are, whatever their extension; each
 * directory as the YAML and JSON files under it. A path that cannot be read is left for the reader to report.
 */
export function expandInputs(args: readonly string[]): Inputs {
	const files: string[] = [];
	for (const arg of args) {
		let directory = false;
		try {
			directory = arg !== '-' && statSync(arg).isDirectory();
		} catch {
			// Not there: reading it reports why, with the file's name.
		}
		if (!directory) {
			files.push(arg);
			continue;
		}
		const under = walk(arg);
		if (!under.length)
			return { ok: false, message: `${arg} holds no ${checkedExtensions.join(', ')} files.` };
		files.push(...under);
	}
	return { ok: true, files };
}
