import { allFactList } from '../../../src/lib/facts/groups';
import { optionNotes } from '../../../src/lib/catalog/option-notes';
import { describe, expect, test } from 'vitest';
import {
	facts,
	factsChecked,
	hostLocalPodsPerRange,
	longDate,
	options,
	podsInFirstBlockWithTunnel,
	showFact,
	sources,
} from '../../../src/lib';

/** Numbers as they appear in prose: not the 4 of “IPv4”, the 2 of “ec2” or the 5 of “m5”. */
const numbersIn = (text: string) =>
	text.match(/(?<![A-Za-z\d.])\d+(?:\.\d+)*(?![A-Za-z\d])/g) ?? [];

const known = new Set<string>();
for (const fact of allFactList) {
	const value = fact.value;
	numbersIn(JSON.stringify(value)).forEach((n) => known.add(n));
	if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value))
		numbersIn(longDate(value)).forEach((n) => known.add(n));
}
[hostLocalPodsPerRange, podsInFirstBlockWithTunnel].forEach((n) => known.add(String(n)));

/** Every sentence an option shows readers. */
function catalogText(option: (typeof options)[number]): string[] {
	return [
		option.name,
		option.summary,
		option.reach,
		option.addresses.summary,
		option.podDensity ?? '',
		option.cloudDependency ?? '',
		option.whyNotRecommended ?? '',
		option.retiring?.note ?? '',
		...option.underlay.map((u) => u.text),
		...optionNotes[option.id],
	];
}

describe('facts', () => {
	test.each(allFactList)(
		'$id has a source to open and the date it was checked',
		({ sources, checked }) => {
			expect(sources.length).toBeGreaterThan(0);
			for (const source of sources) {
				expect(source.title.length).toBeGreaterThan(5);
				expect(source.url).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}\//);
			}
			expect(checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(checked <= factsChecked).toBe(true);
		}
	);

	test('every source document is named once and has an address', () => {
		const urls = Object.values(sources).map((s) => s.url + s.title);
		expect(new Set(urls).size).toBe(urls.length);
	});

	test.each(options)('$id names where it comes from', (option) => {
		expect(option.sources.length).toBeGreaterThan(0);
		for (const source of option.sources) expect(source.url).toMatch(/^https:\/\//);
	});

	test.each(options)('every number $id shows readers is a sourced fact', (option) => {
		// 1 and 2 are the constants of the ENI formula, written out in words around them.
		const unsourced = catalogText(option)
			.flatMap(numbersIn)
			.filter((n) => !known.has(n) && !['1', '2'].includes(n));
		expect(unsourced).toEqual([]);
	});

	test.each([
		[facts.vxlanPort.value, '4789'],
		[facts.srcDstCheckIam.value, 'ec2:DescribeInstances and ec2:ModifyNetworkInterfaceAttribute'],
		[facts.eksMaxPodsCap.value, 'lowCpu: 110, highCpu: 250, vcpuThreshold: 30'],
		[facts.ec2InstanceLimits.value, '12 rows (shown in the tables that use them)'],
	])('the Sources page shows %j as “%s”', (value, shown) => {
		expect(showFact(value)).toBe(shown);
	});

	test('figures derived from facts come out as the references give them', () => {
		expect(hostLocalPodsPerRange).toBe(253);
		expect(podsInFirstBlockWithTunnel).toBe(63);
		expect(longDate(facts.aksKubenetRetirement.value)).toBe('31 March 2028');
	});
});
