import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkConfiguration } from '../../../src/lib/check';
import { supportedMinors } from '../../../src/lib/facts';

/** Calico's own BGP and IPAM examples, as its documentation publishes them (see the file's header). */
const examples = readFileSync(
	new URL('../../fixtures/check/tigera-docs-bgp-examples.yaml', import.meta.url),
	'utf8'
);

describe('Calico’s documented BGP and IPAM examples, read by the checker', () => {
	test.each(supportedMinors)('on Calico %s the three peers and the filter pass', (calico) => {
		const result = checkConfiguration({ text: examples, env: 'on-prem', calico });
		expect(result.readAs).toBe(
			'Read as: Calico resources. Checked: BGPPeer (3), BGPFilter (1), IPReservation (1).'
		);
		const about = (rule: string) => result.findings.filter((f) => f.rule === rule);
		expect(about('bgp-peer-validation')).toEqual([]);
		expect(about('bgp-filter-validation')).toEqual([]);
		expect(about('unknown-field')).toEqual([]);
	});

	test.each([
		{ calico: '3.31', refused: false },
		{ calico: '3.32', refused: true },
		{ calico: '3.33', refused: true },
	])(
		'the reservation’s bare address 192.168.2.3 is refused on Calico $calico: $refused',
		({ calico, refused }) => {
			const result = checkConfiguration({ text: examples, env: 'on-prem', calico });
			const errors = result.findings.filter((f) => f.rule === 'ip-reservation');
			expect(errors.map((f) => f.message)).toEqual(
				refused
					? [
							'IPReservation my-ipreservation-1: "192.168.2.3" is an address without a prefix length; write 192.168.2.3/32.',
						]
					: []
			);
			if (refused)
				expect(errors[0]!.line).toBe(examples.split('\n').indexOf('    - 192.168.2.3') + 1);
		}
	);
});
