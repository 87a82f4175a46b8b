import { describe, expect, test } from 'vitest';
import { upgradeNotes } from '../../../src/lib/check/upgrade';
import { installation, v3 } from './yaml';

const ipipBgpOn = installation('10.0.0.0/16 IPIP', '    bgp: Enabled\n');
const ipipBgpOff = installation('10.0.0.0/16 IPIP', '    bgp: Disabled\n');

/** The ids of what an upgrade of this paste brings, with their actions. */
function notes(text: string, from: string, to: string) {
	const result = upgradeNotes({ text, env: 'on-prem', from, to });
	if (!result.ok) throw new Error(result.message);
	return result.items;
}

describe('what upgrading Calico changes for a configuration', () => {
	test('3.32 → 3.33 with IP-in-IP and BGP on: the routes move to Felix, a choice to make; and v3 CRDs for new installs', () => {
		const items = notes(ipipBgpOn, '3.32', '3.33');
		expect(items.map((i) => [i.id, i.action])).toEqual([
			['ipip-routes-upgrade:ipip', 'choose'],
			['native-v3-crds', 'choose'],
		]);
		expect(items[0]!.what).toMatch(/moves these IP-in-IP routes from BIRD to Felix/);
		expect(items[0]!.how).toMatch(/clusterRoutingMode: BIRD/);
	});

	test('3.32 → 3.33 with IP-in-IP and BGP off: the operator’s error goes away', () => {
		const items = notes(ipipBgpOff, '3.32', '3.33');
		const gone = items.find((i) => i.id.startsWith('gone-operator-validation'));
		expect(gone?.what).toMatch(
			/^No longer an error on 3\.33: IP pool 10\.0\.0\.0\/16: IPIP needs BGP Enabled in Calico 3\.32/
		);
	});

	test('3.31 → 3.33 also brings the Helm CRD chart and nftables Auto of 3.32, each said once', () => {
		const ids = notes(installation('10.0.0.0/16 VXLAN'), '3.31', '3.33').map((i) => i.id);
		expect(ids).toEqual(['helm-crd-chart', 'nftables-auto', 'native-v3-crds']);
		const helm = notes(installation('10.0.0.0/16 VXLAN'), '3.31', '3.32').find(
			(i) => i.id === 'helm-crd-chart'
		);
		expect(helm).toMatchObject({ action: 'needed', what: expect.stringMatching(/^From 3\.32: /) });
	});

	test('a setting the newer release refuses appears as something to fix', () => {
		const bird = installation(
			'10.0.0.0/16 IPIP',
			'    bgp: Enabled\n    clusterRoutingMode: BIRD\n'
		);
		const items = notes(bird, '3.32', '3.33');
		expect(items.find((i) => i.id.startsWith('new-bird-ipip-routes'))).toMatchObject({
			action: 'needed',
			what: expect.stringMatching(/^On 3\.33: BIRD programs the IP-in-IP routes/),
		});
	});

	test('a field the newer release’s CRD no longer has appears as something to fix', () => {
		const felix = v3('FelixConfiguration', 'default', '{iptablesLockTimeout: 0s}');
		const items = notes(felix, '3.31', '3.32');
		expect(items.find((i) => i.id.startsWith('new-unknown-field'))).toMatchObject({
			action: 'needed',
			what: 'On 3.32: FelixConfiguration field spec.iptablesLockTimeout was removed in Calico 3.32; a 3.32 cluster drops it.',
		});
	});

	test.each([
		{
			from: '3.33',
			to: '3.32',
			message: /Choose a release after 3\.33 to upgrade to; 3\.32 is not later/,
		},
		{ from: '3.32', to: '3.32', message: /not later/ },
		{ from: '2.9', to: '3.33', message: /^From: “2\.9” is not a Calico version/ },
		{ from: '3.31', to: 'next', message: /^To: “next” is not a Calico version/ },
	])('from $from to $to is refused with a message', ({ from, to, message }) => {
		const result = upgradeNotes({ text: ipipBgpOn, env: 'on-prem', from, to });
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message).toMatch(message);
	});
});
