import { getOption, type OptionId } from '../catalog/options';
import type { Answers } from '../catalog/questions';
import { facts, has, type Release } from '../facts';
import { wantsEbpf } from './steps';

/** True when the Installation should set `linuxDataplane: Nftables`: kube-proxy runs in nftables mode and the operator installs Calico's Linux dataplane without eBPF. */
export function wantsNftables(option: OptionId, answers: Answers): boolean {
	return answers.nftables === 'yes' && !!getOption(option).operator && !wantsEbpf(option, answers);
}

/** What the configuration says about kube-proxy's nftables mode, for the answers and the release (nothing when not asked). */
export function nftablesNotes(option: OptionId, answers: Answers, release: Release): string[] {
	if (answers.nftables !== 'yes' || !getOption(option).operator) return [];
	if (!wantsNftables(option, answers))
		return [
			'Left out: nftables. The eBPF dataplane takes kube-proxy’s place, so kube-proxy’s nftables mode does not apply; turn kube-proxy off as the eBPF steps say.',
		];
	const mode = facts.nftablesModeByOperator.value;
	const follows = has(release, 'nftablesAuto')
		? `the operator sets the FelixConfiguration’s nftablesMode to ${mode.nftables}, so Felix on each node uses nftables where kube-proxy does and iptables where it does not yet, which lets you move kube-proxy node by node.`
		: `the operator of Calico ${release.minor} sets the FelixConfiguration’s nftablesMode to ${mode.nftablesBeforeAuto}, so every node’s Felix uses nftables at once: move kube-proxy to nftables mode on all nodes at the same time.`;
	return [
		`The Installation sets linuxDataplane: Nftables because kube-proxy runs in nftables mode: ${follows} Left at the default (Iptables), the operator sets nftablesMode to ${mode.otherwise} and Calico stays on iptables whatever kube-proxy runs.`,
	];
}
