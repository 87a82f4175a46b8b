import { defineCheckRule } from '../define-rule';
import { ipamConfigFix } from '../fix-yaml';

/** With Windows nodes and Calico IPAM, strictAffinity is on. */
export const windowsStrictAffinity = defineCheckRule({
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
});
