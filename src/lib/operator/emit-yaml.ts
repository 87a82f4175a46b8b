/**
 * YAML text for the configurations the guide generates: nested mappings and lists of strings, numbers
 * and booleans. A general YAML library would add about 18 KB gzip to the recommender for a handful of
 * known shapes; the tests parse every generated document back with one and compare.
 */

type Scalar = string | number | boolean | null;

/** Strings a YAML parser would read as something else (a number, a boolean, null) or that hold syntax. */
function needsQuotes(text: string): boolean {
	if (text === '') return true;
	if (/^(true|false|yes|no|on|off|null|~|y|n)$/i.test(text)) return true;
	if (
		/^[-+]?(\d[\d_]*(\.\d*)?([eE][-+]?\d+)?|\.\d+|0x[\da-fA-F]+|0o[0-7]+|\.inf|\.nan)$/i.test(text)
	)
		return true;
	if (/^[\s\-?:,[\]{}#&*!|>'"%@`]/.test(text) || /\s$/.test(text)) return true;
	return /: |\s#|[\n\t]/.test(text);
}

function scalar(value: Scalar): string {
	if (value === null) return 'null';
	if (typeof value !== 'string') return String(value);
	return needsQuotes(value) ? JSON.stringify(value) : value;
}

const isMapping = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const isEmpty = (value: unknown) =>
	(Array.isArray(value) && value.length === 0) ||
	(isMapping(value) && Object.keys(value).length === 0);

/** The lines of a list or mapping, each starting with `indent`. */
function lines(value: unknown, indent: string): string[] {
	if (Array.isArray(value))
		return value.flatMap((item: unknown) => {
			if (!isMapping(item) && !Array.isArray(item)) return [`${indent}- ${scalar(item as Scalar)}`];
			const [first, ...rest] = lines(item, `${indent}  `);
			return [`${indent}- ${first!.trimStart()}`, ...rest];
		});
	if (isMapping(value))
		return Object.entries(value)
			.filter(([, v]) => v !== undefined)
			.flatMap(([key, v]) => {
				const name = `${indent}${scalar(key)}:`;
				if (isEmpty(v)) return [`${name} ${Array.isArray(v) ? '[]' : '{}'}`];
				if (!Array.isArray(v) && !isMapping(v)) return [`${name} ${scalar(v as Scalar)}`];
				return [name, ...lines(v, `${indent}  `)];
			});
	return [`${indent}${scalar(value as Scalar)}`];
}

/** One YAML document for a resource (mappings and lists of strings, numbers and booleans), ending in a newline. */
export function toYaml(value: object): string {
	return isEmpty(value) ? '{}\n' : `${lines(value, '').join('\n')}\n`;
}
