import {
	calicoVersion,
	factsChecked,
	factsCheckedSince,
	longDate,
	newestRelease,
	releases,
} from '../facts';

/** What every page's footer says of the releases the guide answers for and when its facts were checked. */
export function guideVersionText(): string {
	const older = releases.filter((r) => r !== newestRelease).map((r) => r.minor);
	const also = older.length ? ` (its widgets also answer for ${older.join(' and ')})` : '';
	return `Written for Calico ${calicoVersion}${also}. Facts checked from ${longDate(factsCheckedSince)} to ${longDate(factsChecked)}, each against the release or page its source names.`;
}
