import { defineCheckRule } from '../define-rule';

/** The paste has an operator Installation, or a note says only the other checks ran. */
export const noInstallation = defineCheckRule({
	id: 'no-installation',
	severity: 'info',
	checks:
		'The paste has an operator Installation, which most checks (and the option it amounts to) need.',
	facts: [],
	run: (c) =>
		// Calico's manifest has no Installation: calico-node's environment stands in for it (manifest-pool-env).
		c.installation || c.paste.resources.length === 0 || c.paste.manifest
			? []
			: [
					{
						message:
							'There is no operator Installation in the paste, so only the checks of the other resources ran.',
						reason:
							'The Installation says which CNI, IPAM, pools and BGP the cluster uses; `kubectl get installation default -o yaml` prints it.',
					},
				],
});
