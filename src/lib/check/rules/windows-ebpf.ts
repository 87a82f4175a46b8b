import { defineCheckRule } from '../define-rule';
import { windowsOpening, windowsSeverity } from '../windows';

/** With Windows nodes, the eBPF dataplane is off. */
export const windowsEbpf = defineCheckRule({
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
				message: `${windowsOpening(c)}, but ${where}.`,
				reason:
					'Calico for Windows has no eBPF dataplane, and a cluster that mixes eBPF nodes with Windows nodes is not supported. Keep the iptables or nftables dataplane, or keep Windows workloads in a cluster of their own.',
			},
		];
	},
});
