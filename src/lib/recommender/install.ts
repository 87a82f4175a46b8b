import { distributionNotes } from '../catalog/distribution-notes';
import { getOption } from '../catalog/options';
import type { Recommendation } from './decide';

/** What installing a recommendation's pick takes on the distribution it names; empty when it names none. */
export function installSteps(
	result: Pick<Recommendation, 'distribution' | 'pick' | 'calico'>
): string[] {
	return result.distribution
		? distributionNotes(result.distribution, getOption(result.pick), result.calico)
		: [];
}
