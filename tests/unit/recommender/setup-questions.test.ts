import { parse, parseAllDocuments } from 'yaml';
import { describe, expect, test } from 'vitest';
import { decide } from '../../../src/lib/recommender/decide';
import { configSheet, type ConfigSheet } from '../../../src/lib/config/sheet';
import { facts, releaseOf, releases, type CalicoMinor } from '../../../src/lib/facts';
import type { Answers } from '../../../src/lib/catalog/questions';
import type { OptionId } from '../../../src/lib/catalog/options';
import { validateInstallation } from '../../../src/lib/operator/validate';
import { checkConfiguration } from '../../../src/lib/check/check';

/** The sheet for a pick on-premises, with these answers, for a Calico release. */
function sheet(option: OptionId, answers: Answers, calico: CalicoMinor): ConfigSheet {
	return configSheet({
		option,
		env: 'on-prem',
		answers,
		date: '2026-12-03',
		link: 'https://guide.example/',
		release: releaseOf(calico),
	});
}

const stepIds = (s: ConfigSheet) => s.steps.map((step) => step.id);
const step = (s: ConfigSheet, id: string) => s.steps.find((found) => found.id === id);
const network = (s: ConfigSheet) => parse(s.supported ? s.yaml : '{}').spec.calicoNetwork;
const notes = (s: ConfigSheet) => s.notes.join(' ');

describe('KubeVirt live migration rules out what cannot carry it, release by release', () => {
	test.each([
		{ calico: '3.32', pick: 'calico-bgp-mesh' },
		{ calico: '3.33', pick: 'calico-bgp-mesh' },
	] as const)(
		'on Calico $calico, VMs that live-migrate get $pick and every overlay is ruled out',
		({ calico, pick }) => {
			const result = decide('on-prem', { kubevirt: 'yes' }, releaseOf(calico));
			expect(result.pick).toBe(pick);
			expect(result.conflicts).toEqual([]);
			expect(result.alternatives).toEqual(['calico-bgp-peering']);
			for (const overlay of [
				'calico-vxlan-cross-subnet',
				'calico-ipip-cross-subnet',
				'calico-vxlan',
			] as const) {
				const excluded = result.excluded.find((e) => e.option === overlay);
				expect(excluded?.blocker?.rule).toBe('kubevirt-live-migration');
				expect(excluded?.reason).toContain('no wrapper');
			}
		}
	);

	test('on Calico 3.31, nothing live-migrates: the pick stands and the conflict names the release that brought it', () => {
		const without = decide('on-prem', {}, releaseOf('3.31'));
		const result = decide('on-prem', { kubevirt: 'yes' }, releaseOf('3.31'));
		expect(result.pick).toBe(without.pick);
		expect(result.conflicts.join(' ')).toContain(
			`Calico 3.31 cannot live-migrate KubeVirt VMs with their addresses: that came in Calico ${facts.kubevirtLiveMigrationSince.value}`
		);
	});

	test('routers that peer BGP still carry live migration', () => {
		const result = decide('on-prem', { kubevirt: 'yes', routable: 'yes', bgp: 'yes' });
		expect(result.pick).toBe('calico-bgp-peering');
	});

	test('live migration with WireGuard is named as a conflict of wishes', () => {
		const result = decide('on-prem', { kubevirt: 'yes', wireguard: 'yes' });
		expect(result.conflicts.join(' ')).toContain(
			'Calico does not support live migration with WireGuard on'
		);
	});

	test('not sure about VMs only cautions: the overlay pick stays', () => {
		const result = decide('on-prem', {});
		expect(result.pick).toBe('calico-vxlan-cross-subnet');
	});
});

describe('the configuration for VMs that live-migrate', () => {
	test('the BGP mesh on 3.33 waits for policy, and hands over the VM settings', () => {
		const s = sheet('calico-bgp-mesh', { kubevirt: 'yes' }, '3.33');
		expect(network(s).linuxPolicySetupTimeoutSeconds).toBe(facts.kubevirtPolicySetupTimeout.value);
		expect(step(s, 'kubevirt-live-migration')?.why).toContain('TCP 49152 and 49153');
		expect(validateInstallation(parse(s.supported ? s.yaml : '{}'), {}, releaseOf('3.33'))).toEqual(
			[]
		);
	});

	test('peering with routers adds what eBGP between racks needs', () => {
		const s = sheet('calico-bgp-peering', { kubevirt: 'yes', bgp: 'yes', routable: 'yes' }, '3.33');
		expect(step(s, 'kubevirt-live-migration')?.why).toContain('BGPFilter');
	});

	test.each([
		{ option: 'calico-vxlan', calico: '3.33', says: 'Calico VXLAN overlay cannot carry it' },
		{ option: 'calico-bgp-mesh', calico: '3.31', says: 'Calico 3.31 has none' },
	] as const)(
		'$option on $calico leaves live migration out: “$says”',
		({ option, calico, says }) => {
			const s = sheet(option, { kubevirt: 'yes' }, calico);
			expect(stepIds(s)).not.toContain('kubevirt-live-migration');
			expect(network(s).linuxPolicySetupTimeoutSeconds).toBeUndefined();
			expect(notes(s)).toContain(says);
		}
	);
});

describe('LoadBalancer addresses the cluster hands out', () => {
	test('with routers that peer, every node advertises the pool over BGP', () => {
		const s = sheet('calico-bgp-peering', { 'lb-ips': 'yes', bgp: 'yes', routable: 'yes' }, '3.33');
		const bgp = parseAllDocuments(step(s, 'bgp-peering')!.text).map((d) => d.toJS());
		expect(bgp[1].spec[facts.lbBgpField.value]).toEqual([{ cidr: facts.lbPoolExample.value }]);
		expect(step(s, 'load-balancer-pool')?.why).toContain(facts.lbBgpField.value);
		expect(stepIds(s)).not.toContain('felix-configuration');
	});

	test('on one layer-2 segment with Calico 3.33, Felix answers ARP for them, with its limits stated', () => {
		const s = sheet('calico-vxlan', { 'lb-ips': 'yes', l2: 'yes' }, '3.33');
		expect(parse(step(s, 'felix-configuration')!.text).spec).toEqual({
			localSubnetL2Reachability: 'PodsAndLoadBalancers',
		});
		const pool = step(s, 'load-balancer-pool')!;
		expect(parse(pool.text).spec).toMatchObject({ ipipMode: 'Never', vxlanMode: 'Never' });
		expect(pool.why).toContain('externalTrafficPolicy: Cluster');
		expect(pool.why).toContain('strictARP');
	});

	test.each(releases.filter((r) => r.minor !== '3.33').map((r) => ({ calico: r.minor })))(
		'on one layer-2 segment with Calico $calico, nothing announces them, and the note says what would',
		({ calico }) => {
			const s = sheet('calico-vxlan', { 'lb-ips': 'yes', l2: 'yes' }, calico);
			expect(stepIds(s)).not.toContain('load-balancer-pool');
			expect(notes(s)).toContain('Left out: LoadBalancer addresses.');
			expect(notes(s)).toContain(
				`Calico ${facts.l2ReachabilitySince.value}, whose Felix answers ARP`
			);
			expect(notes(s)).toContain('MetalLB in layer-2 mode');
		}
	);

	test('nodes on several subnets without BGP to the routers get the same note', () => {
		const s = sheet('calico-vxlan-cross-subnet', { 'lb-ips': 'yes', l2: 'no', bgp: 'no' }, '3.33');
		expect(notes(s)).toContain('Left out: LoadBalancer addresses.');
	});

	test('not asked, nothing about LoadBalancer addresses is written', () => {
		const s = sheet('calico-vxlan', { l2: 'yes' }, '3.33');
		expect(stepIds(s)).not.toContain('load-balancer-pool');
		expect(notes(s)).not.toContain('LoadBalancer addresses');
	});
});

describe('kube-proxy in nftables mode', () => {
	test.each([
		{ calico: '3.31', mode: facts.nftablesModeByOperator.value.nftablesBeforeAuto },
		{ calico: '3.32', mode: facts.nftablesModeByOperator.value.nftables },
		{ calico: '3.33', mode: facts.nftablesModeByOperator.value.nftables },
	] as const)(
		'on Calico $calico the Installation sets Nftables and says the operator writes nftablesMode $mode',
		({ calico, mode }) => {
			const s = sheet('calico-vxlan-cross-subnet', { nftables: 'yes' }, calico);
			expect(network(s).linuxDataplane).toBe('Nftables');
			expect(notes(s)).toContain(`nftablesMode to ${mode}`);
		}
	);

	test('with the eBPF dataplane, BPF wins and nftables is named as left out', () => {
		const s = sheet('calico-vxlan-cross-subnet', { nftables: 'yes', ebpf: 'yes' }, '3.33');
		expect(network(s).linuxDataplane).toBe('BPF');
		expect(notes(s)).toContain('Left out: nftables.');
	});
});

describe('the checker accepts what the setup answers generate', () => {
	const cases = releases.flatMap((r) =>
		[
			{ option: 'calico-bgp-mesh', answers: { kubevirt: 'yes', 'lb-ips': 'yes', l2: 'yes' } },
			{ option: 'calico-vxlan', answers: { 'lb-ips': 'yes', l2: 'yes', nftables: 'yes' } },
			{
				option: 'calico-bgp-peering',
				answers: { 'lb-ips': 'yes', bgp: 'yes', routable: 'yes', kubevirt: 'yes' },
			},
		].map(
			(c) =>
				({ ...c, calico: r.minor }) as { option: OptionId; answers: Answers; calico: CalicoMinor }
		)
	);
	test.each(cases)(
		'$option with $answers on Calico $calico: no errors',
		({ option, answers, calico }) => {
			const s = sheet(option, answers, calico);
			const yaml = [
				s.supported ? s.yaml : '',
				...s.steps.filter((step) => step.language === 'yaml').map((step) => step.text),
			].join('---\n');
			const result = checkConfiguration({ text: yaml, env: 'on-prem', calico });
			expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
		}
	);
});
