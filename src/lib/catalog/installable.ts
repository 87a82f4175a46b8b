import { getEnvironment, type EnvironmentId } from './environments';
import type { NetworkingOption } from './option-types';
import type { Answer } from './questions';

/** Why a managed service cannot run options it does not offer, in the reader's terms. */
const managedLimits: Record<string, string> = {
	// facts.gkePolicyOnly
	GKE: 'GKE runs Calico for network policy only and does not let you replace its pod networking',
	IKS: 'IKS comes with Calico built in, running IP-in-IP in cross-subnet mode, and does not let you change it',
};

/**
 * Why an option cannot be installed where the reader said the cluster runs (the provider's managed Kubernetes or
 * their own), or null when it can. "Not sure" rules nothing out.
 */
export function notInstallableReason(
	option: NetworkingOption,
	env: EnvironmentId,
	managed: Answer
): string | null {
	const { managedService, selfManagedOn } = getEnvironment(env);
	if (!managedService || managed === 'unsure') return null;
	if (managed === 'no') {
		return option.installable.selfManaged
			? null
			: `It exists only on ${option.requiresManaged ?? managedService}, and you said you will run Kubernetes yourself.`;
	}
	if (option.installable.managed.includes(managedService)) return null;
	const limit = managedLimits[managedService] ?? `${managedService} does not offer it`;
	return `${limit}; this option needs Kubernetes you run yourself${selfManagedOn ? ` on ${selfManagedOn}` : ''}.`;
}
