import { factSources, type FactId, type Source } from '../facts';
import type { Answers, QuestionId } from './questions';
import { byId } from '../input/by-id';

/** Two wishes that Calico cannot meet together, whichever option is picked. */
export interface WishConflictRule {
	id: string;
	/** The constraint questions whose "yes" answers conflict. */
	questions: readonly [QuestionId, QuestionId];
	/** Why they conflict and what to do, as the recommender and the decision record say it. */
	reason: string;
	/** The facts the conflict rests on; their sources are its sources. */
	facts: readonly FactId[];
}

/** A conflict the reader's answers contain, with its sources. */
export interface WishConflict {
	rule: string;
	questions: readonly [QuestionId, QuestionId];
	reason: string;
	sources: Source[];
}

/** Every pair of wishes that conflict, in the order the recommender asks the questions. */
export const wishConflictRules: readonly WishConflictRule[] = [
	{
		id: 'windows-ipv6',
		questions: ['windows', 'ipv6'],
		reason:
			'You want IPv6 pods and have Windows nodes, but Calico for Windows networks IPv4 only, with no IPv6 or dual-stack pods: the Windows nodes’ pods cannot have the IPv6 addresses you asked for. Keep IPv6 to a Linux-only cluster, or keep the cluster IPv4.',
		facts: ['windowsNoIpv6'],
	},
	{
		id: 'windows-wireguard',
		questions: ['windows', 'wireguard'],
		reason:
			'You want WireGuard and have Windows nodes, but Calico for Windows does not encrypt with WireGuard: traffic to and from the Windows nodes crosses the network unencrypted while the Linux nodes encrypt theirs. Keep workloads that need encryption on Linux nodes, or encrypt in the applications (TLS).',
		facts: ['windowsNoWireguard'],
	},
	{
		id: 'windows-ebpf',
		questions: ['windows', 'ebpf'],
		reason:
			'You want the eBPF dataplane and have Windows nodes, but the eBPF dataplane runs on Linux only and Calico does not support a cluster that mixes eBPF nodes with Windows nodes. Keep the standard Linux dataplane (iptables or nftables), or run the Windows workloads in a cluster of their own.',
		facts: ['windowsNoEbpf'],
	},
	{
		id: 'kubevirt-wireguard',
		questions: ['kubevirt', 'wireguard'],
		reason:
			'You want WireGuard and KubeVirt VMs that live-migrate, but Calico does not support live migration with WireGuard on: choose one. Keep WireGuard and move VMs by stopping and starting them, or keep live migration and encrypt in the VMs’ applications (TLS).',
		facts: ['kubevirtNoWireguard'],
	},
];

/** The sources of a wish conflict, from the facts it rests on. */
function conflictSources(rule: WishConflictRule): Source[] {
	return factSources(rule.facts);
}

/** The wish conflict rule with this id. */
export const getWishConflictRule: (id: string) => WishConflictRule = byId(
	wishConflictRules,
	'wish conflict'
);

/** The pairs of wishes the answers ask for together that Calico cannot meet together, with sourced reasons (firm "yes" answers only). */
export function wishConflicts(answers: Answers): WishConflict[] {
	return wishConflictRules
		.filter((rule) => rule.questions.every((q) => answers[q] === 'yes'))
		.map((rule) => ({
			rule: rule.id,
			questions: rule.questions,
			reason: rule.reason,
			sources: conflictSources(rule),
		}));
}
