import { facts } from '../facts';
import type { CheckContext, PoolView } from './context';
import { felixFix, ipamConfigFix } from './fix-yaml';
import type { CheckRule, RuleHit, Severity } from './types';

type Rule = CheckRule<CheckContext>;

/** An error when the reader says there are Windows nodes, a note when they are not sure, nothing when there are none. */
const windowsSeverity = (c: CheckContext): Severity | null =>
	c.windows === 'yes' ? 'error' : c.windows === 'unsure' ? 'info' : null;

/** How a sentence about Windows nodes opens, by what the reader said. */
const opening = (c: CheckContext) =>
	c.windows === 'yes' ? 'The cluster has Windows nodes' : 'If any node runs Windows';

const unsupportedReason = (what: string) =>
	`Calico for Windows does not support ${what}, so Windows nodes cannot take part. Leave it off, or keep Windows workloads in a cluster of their own.`;

const wireguardFields = [facts.wireguardFields.value.ipv4, facts.wireguardFields.value.ipv6];
const ipv6Pools = (c: CheckContext): PoolView[] =>
	c.allPools.filter((pool) => pool.parsed?.family === 6);
const poolLabel = (pool: PoolView) =>
	pool.origin === 'ippool' && pool.name ? `IPPool ${pool.name} (${pool.cidr})` : pool.cidr;

/** What Calico for Windows cannot do, against what the configuration turns on (from the Windows limitations page). */
export const windowsRules: readonly Rule[] = [
	{
		id: 'windows-wireguard',
		severity: 'error',
		checks:
			'With Windows nodes, no FelixConfiguration turns on WireGuard (a note when the reader is not sure).',
		facts: ['windowsNoWireguard', 'wireguardFields'],
		run: (c) => {
			const severity = windowsSeverity(c);
			const on = wireguardFields.filter((field) => c.felix.some((spec) => spec[field] === true));
			if (!severity || on.length === 0) return [];
			return [
				{
					severity,
					message: `${opening(c)}, but the FelixConfiguration turns on WireGuard (${on.map((f) => `${f}: true`).join(', ')}).`,
					reason: unsupportedReason('WireGuard encryption'),
					fix: felixFix(Object.fromEntries(on.map((field) => [field, false]))),
				},
			];
		},
	},
	{
		id: 'windows-ipv6',
		severity: 'error',
		checks:
			'With Windows nodes, no pool is IPv6 (Calico for Windows is IPv4 only; a note when the reader is not sure).',
		facts: ['windowsNoIpv6'],
		run: (c) => {
			const severity = windowsSeverity(c);
			if (!severity) return [];
			return ipv6Pools(c).map((pool): RuleHit => ({
				key: pool.parsed?.text ?? pool.cidr,
				severity,
				message: `${opening(c)}, but pool ${poolLabel(pool)} is IPv6.`,
				reason: unsupportedReason('IPv6 or dual-stack pools'),
			}));
		},
	},
	{
		id: 'windows-ebpf',
		severity: 'error',
		checks:
			'With Windows nodes, the eBPF dataplane is off (linuxDataplane BPF or FelixConfiguration bpfEnabled; a note when the reader is not sure).',
		facts: ['windowsNoEbpf'],
		run: (c) => {
			const severity = windowsSeverity(c);
			const where =
				c.linuxDataplane === 'BPF'
					? 'spec.calicoNetwork.linuxDataplane is BPF'
					: c.felix.some((spec) => spec.bpfEnabled === true)
						? 'the FelixConfiguration sets bpfEnabled: true'
						: null;
			if (!severity || !where) return [];
			return [
				{
					severity,
					message: `${opening(c)}, but ${where}.`,
					reason:
						'Calico for Windows has no eBPF dataplane, and a cluster that mixes eBPF nodes with Windows nodes is not supported. Keep the iptables or nftables dataplane, or keep Windows workloads in a cluster of their own.',
				},
			];
		},
	},
	{
		id: 'windows-strict-affinity',
		severity: 'error',
		checks:
			'With Windows nodes and Calico IPAM, the IPAMConfiguration sets strictAffinity: true (a note to add one when the paste has none).',
		facts: ['windowsStrictAffinity'],
		run: (c) => {
			// Without an Installation, pasted IPPools or an IPAMConfiguration are what says Calico IPAM is in use.
			const calicoIpam = c.installation
				? c.ipam === 'Calico'
				: c.directPools.length > 0 || c.ipamConfigs.length > 0;
			if (c.windows !== 'yes' || !calicoIpam) return [];
			if (c.ipamConfigs.some((spec) => spec.strictAffinity === true)) return [];
			const fix = ipamConfigFix({ strictAffinity: true });
			const reason =
				'Windows nodes cannot borrow addresses from other nodes’ blocks, so Calico IPAM must keep every block to its own node. Set it before Windows nodes join.';
			if (c.ipamConfigs.length === 0)
				return [
					{
						severity: 'info',
						message:
							'The cluster has Windows nodes and uses Calico IPAM: make sure the default IPAMConfiguration sets strictAffinity: true (the paste has none to check).',
						reason,
						fix,
					},
				];
			const set = c.ipamConfigs[0]?.strictAffinity;
			return [
				{
					message: `The cluster has Windows nodes, but the IPAMConfiguration sets strictAffinity: ${set === undefined ? '(not set, so false)' : String(set)}.`,
					reason,
					fix,
				},
			];
		},
	},
];
