import { newestRelease, readRelease, releaseBefore, type CalicoMinor } from '../facts';
import { toSearchParams } from './query';

/** The releases an upgrade goes between, as the upgrade page's address gives them: `?from=3.32&to=3.33`. */
export interface UpgradeRange {
	from: CalicoMinor;
	to: CalicoMinor;
	/** One message per parameter the page could not use; the default stands in for it. */
	problems: string[];
}

/** The default upgrade: from the release before the newest to the newest. */
export const defaultUpgradeRange = {
	from: (releaseBefore(newestRelease) ?? newestRelease).minor as CalicoMinor,
	to: newestRelease.minor as CalicoMinor,
} as const;

/** Reads `?from=` and `?to=` from a query string or URL; never throws: a bad value keeps the default and says why. */
export function upgradeRangeFromUrl(input: string | URLSearchParams): UpgradeRange {
	const params = toSearchParams(input);
	const range: UpgradeRange = { ...defaultUpgradeRange, problems: [] };
	for (const param of ['from', 'to'] as const) {
		const value = params.get(param);
		if (value === null || value.trim() === '') continue;
		const read = readRelease(value);
		if (read.ok) range[param] = read.release.minor as CalicoMinor;
		else
			range.problems.push(
				`${param}: ${read.message} The page uses Calico ${defaultUpgradeRange[param]} instead.`
			);
	}
	return range;
}

/** The query string (with `?`, or empty) carrying an upgrade's releases, leaving out what is the default and keeping other parameters. */
export function withUpgradeRange(search: string, from: CalicoMinor, to: CalicoMinor): string {
	const params = toSearchParams(search);
	for (const [param, value] of [
		['from', from],
		['to', to],
	] as const) {
		if (value === defaultUpgradeRange[param]) params.delete(param);
		else params.set(param, value);
	}
	const query = params.toString();
	return query ? `?${query}` : '';
}
