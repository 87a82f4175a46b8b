import { describe, expect, test } from 'vitest';
import {
	formatDetails,
	optionDetails,
	options,
	optionsFor,
	underlayFor,
	getOption,
} from '../../../src/lib';
import { upstreamTuples } from '../../fixtures/upstream-tuples';

const catalogTuples = options.map((o) => formatDetails(o.tuple));
const distinctUpstream = [...new Set(upstreamTuples.map((t) => t.details))];

describe('the options catalog', () => {
	test('the upstream page’s 14 tuples are 8 distinct tuples', () => {
		expect(upstreamTuples).toHaveLength(14);
		expect(distinctUpstream).toHaveLength(8);
	});

	test.each(distinctUpstream)('the upstream tuple %s is an option of the catalog', (details) => {
		expect(catalogTuples).toContain(details);
	});

	test.each(upstreamTuples.map((t) => [t.section, t.details, t.env] as const))(
		'the upstream %s section’s %s is an option the guide lists for %s',
		(_, details, env) => {
			expect(optionsFor(env).map((o) => formatDetails(o.tuple))).toContain(details);
		}
	);

	test('Azure CNI overlay carries the tuple of the newer docs and does not make pod IPs routable', () => {
		expect(optionDetails('azure-cni-overlay')).toBe(
			'Policy:Calico,IPAM:Azure,CNI:Azure,Overlay:Yes,Routing:VPC Native'
		);
		expect(getOption('azure-cni-overlay').routable).toBe(false);
	});

	test('Canal is known but never recommended', () => {
		expect(getOption('canal').recommendable).toBe(false);
		expect(getOption('canal').whyNotRecommended).toMatch(/VXLAN/);
	});

	test('ids are unique', () => {
		expect(new Set(options.map((o) => o.id)).size).toBe(options.length);
	});

	test.each(options)('$id has a details string in upstream format', (option) => {
		expect(formatDetails(option.tuple)).toMatch(
			/^Policy:Calico,IPAM:[^,]+,CNI:[^,]+,(Overlay|Cross-subnet):[^,]+,Routing:[^,]+$/
		);
	});

	test('no IP-in-IP option is listed for Azure, and no cross-subnet option for Google Cloud', () => {
		expect(optionsFor('azure').filter((o) => o.encapsulation.wrapper === 'ipip')).toEqual([]);
		expect(
			optionsFor('google-cloud').filter((o) => o.encapsulation.scope === 'cross-subnet')
		).toEqual([]);
	});

	test('options that wrap traffic are never routable, and only BGP-routed options need BGP', () => {
		for (const option of options) {
			if (option.encapsulation.scope !== 'never') expect(option.routable, option.id).toBe(false);
			expect(option.needsBgp, option.id).toBe(option.routes === 'BGP');
		}
	});

	test('cross-subnet VXLAN on AWS needs the source/destination check off, and elsewhere does not mention it', () => {
		const vxlan = getOption('calico-vxlan-cross-subnet');
		expect(underlayFor(vxlan, 'aws').join(' ')).toMatch(/source\/destination check/);
		expect(underlayFor(vxlan, 'on-prem').join(' ')).not.toMatch(/source\/destination/);
	});

	test('the node mesh asks for one layer-2 network', () => {
		expect(underlayFor(getOption('calico-bgp-mesh')).join(' ')).toMatch(/layer-2/);
	});
});
