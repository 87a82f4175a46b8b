import { aksCiliumWithoutCalico, dataplaneV2WithoutCalico } from '../catalog/platform-notes';
import type { EnvironmentId } from '../catalog/environments';
import type { Answers, QuestionId } from '../catalog/questions';

/** Managed clusters whose dataplane leaves Calico out: the environment, the question that says so, and why. */
const withoutCalico: readonly { env: EnvironmentId; question: QuestionId; why: string }[] = [
	{ env: 'google-cloud', question: 'gke-dataplane-v2', why: dataplaneV2WithoutCalico },
	{ env: 'azure', question: 'aks-cilium', why: aksCiliumWithoutCalico },
];

/**
 * Why there is no Calico configuration to hand over, when the reader said the managed cluster runs a dataplane
 * that leaves Calico out (GKE Dataplane V2, Azure CNI Powered by Cilium); null otherwise.
 */
export function noCalicoReason(env: EnvironmentId, answers: Answers): string | null {
	if (answers.managed !== 'yes') return null;
	const found = withoutCalico.find(
		(entry) => entry.env === env && answers[entry.question] === 'yes'
	);
	return found ? `No Calico configuration applies here: ${found.why}.` : null;
}
