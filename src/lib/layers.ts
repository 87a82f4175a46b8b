/**
 * The library's layers, bottom first. A file imports its own folder and the layers below it, never a
 * sibling folder of its own layer or anything above; `tests/unit/layout.test.ts` holds the code to it.
 */

/** One layer: its folders ("" is the library's top), what they hold, and files allowed past 300 lines. */
export interface Layer {
	folders: readonly string[];
	holds: string;
	/** Files that are tables of data rather than code, so the 300-line limit does not apply. */
	data?: readonly string[];
}

/** The library's layers, bottom first. */
export const layers: readonly Layer[] = [
	{
		folders: ['facts', 'input'],
		holds:
			'every fact once, sourced and dated; reading what a reader typed (numbers, CIDRs) with two-part errors; looking entries up by id',
		data: [
			'facts/calico.ts',
			'facts/clouds.ts',
			'facts/sources.ts',
			'facts/checker-sources.ts',
			'facts/distributions.ts',
		],
	},
	{
		folders: ['operator'],
		holds:
			'the Tigera operator’s resources as the guide mirrors them: types, defaults, validation, IPAM blocks, YAML',
	},
	{
		folders: ['catalog'],
		holds:
			'what the guide knows: environments, questions, options and their words, notes and constraints',
		data: ['catalog/options.ts', 'catalog/questions.ts'],
	},
	{ folders: ['url'], holds: 'the query parameters a page reads and the links it writes' },
	{ folders: ['calc'], holds: 'the calculators: MTU, IP plan, AWS pods per node' },
	{
		folders: ['recommender', 'config'],
		holds: 'deciding for a reader’s answers; the configuration for a pick',
	},
	{
		folders: ['migrate', 'diagrams'],
		holds: 'the moves from one option to another; the packet-path and decision diagrams',
	},
	{
		folders: ['check'],
		holds: 'the configuration checker: readers of each input, one file per rule',
		data: ['check/crd-fields.data.ts'],
	},
	{ folders: ['words'], holds: 'what pages and tables say, laid out from the layers below' },
	{
		folders: [''],
		holds: 'the library’s faces: index.ts for code, exports.ts for the JSON exports',
	},
	{
		folders: ['export-schemas'],
		holds:
			'the schema of each JSON export, above exports.ts so it reads the format versions from it',
	},
];
