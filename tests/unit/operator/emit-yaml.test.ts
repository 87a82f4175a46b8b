import { parse, parseAllDocuments, stringify } from 'yaml';
import { describe, expect, test } from 'vitest';
import { toYaml } from '../../../src/lib/operator/emit-yaml';
import { generateConfig } from '../../../src/lib/config/generate';
import { extraSteps } from '../../../src/lib/config/steps';
import { environmentIds } from '../../../src/lib/catalog/environments';
import { options } from '../../../src/lib/catalog/options';

describe('the YAML emitter writes what a YAML parser reads back', () => {
	test.each([
		{ what: 'a nested mapping', value: { a: { b: { c: 1 } } } },
		{
			what: 'a list of mappings under a key',
			value: { pools: [{ cidr: '10.0.0.0/16', blockSize: 26 }] },
		},
		{ what: 'a list of strings', value: { verbs: ['get', 'list'] } },
		{
			what: 'strings that look like other types',
			value: { a: 'true', b: '26', c: 'null', d: '', e: 'no' },
		},
		{
			what: 'strings with YAML syntax',
			value: { a: 'all()', b: 'x: y', c: '# not a comment', d: '*', e: '- item' },
		},
		{ what: 'booleans and numbers', value: { on: true, off: false, mtu: 1450 } },
		{ what: 'empty lists and mappings', value: { a: [], b: {} } },
		{ what: 'a list of lists', value: { a: [['x', 'y'], ['z']] } },
	])('$what', ({ value }) => {
		expect(parse(toYaml(value))).toEqual(value);
	});

	test('every generated Installation and every extra step in YAML reads back to the resource it came from', () => {
		for (const env of environmentIds)
			for (const option of options.filter((o) => o.environments.includes(env)))
				for (const managed of ['yes', 'no', 'unsure'] as const) {
					const config = generateConfig({ option: option.id, env, managed });
					if (!config.supported) continue;
					const documents = config.yaml.split(/^---\n/m).map((doc) => parse(doc));
					expect(documents).toEqual(config.resources);
					for (const step of extraSteps(option.id, env, { managed, wireguard: 'yes', ebpf: 'yes' }))
						// A step may hold several documents (the BGP peers, then the BGPConfiguration).
						if (step.language === 'yaml')
							expect(parseAllDocuments(step.text).flatMap((doc) => doc.errors)).toEqual([]);
				}
	});

	test('reads as the usual YAML layout (the same text a general library writes for these shapes)', () => {
		const config = generateConfig({ option: 'calico-vxlan', env: 'aws', managed: 'no' });
		if (!config.supported) throw new Error('expected a configuration');
		expect(config.yaml).toBe(config.resources.map((r) => stringify(r)).join('---\n'));
	});
});
