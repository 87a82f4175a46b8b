import { newestRelease, releases, releaseText, type CalicoMinor } from '../facts';

/** One entry of a “Calico version” control: its value and what it says. */
export interface CalicoVersionChoice {
	value: CalicoMinor;
	label: string;
}

/** The label every widget gives its version control. */
export const calicoVersionLabel = 'Calico version';

/** The entries of a “Calico version” control, newest first: `3.33 (newest, operator 1.44)`. */
export const calicoVersionChoices: readonly CalicoVersionChoice[] = [...releases]
	.reverse()
	.map((release) => ({
		value: release.minor,
		label: `${release.minor} (${release === newestRelease ? 'newest, ' : ''}operator ${releaseText(release, 'operator-minor')})`,
	}));

/** What a widget says beside its version control: which releases its answers hold for. */
export function answersHoldFor(minor: CalicoMinor): string {
	const release = releases.find((r) => r.minor === minor) ?? newestRelease;
	return `The answers below are for Calico ${release.minor}.x with operator ${releaseText(release, 'operator-minor')}.x.`;
}
