import { newestRelease, readRelease, type Release } from '../facts';
import { toSearchParams } from './query';

/** The query parameter that carries the Calico version on every page with a widget: `?calico=3.32`. */
export const calicoParam = 'calico';

/** The Calico version a page's address asks for: the release, and a message when the address names one the guide does not know. */
export interface CalicoFromUrl {
	release: Release;
	/** Set when `?calico=` held a value the guide does not answer for; the newest release is used instead. */
	problem?: string;
}

/** Reads `?calico=` from a query string or URL; never throws, and falls back to the newest release with a message. */
export function calicoFromUrl(input: string | URLSearchParams): CalicoFromUrl {
	const read = readRelease(toSearchParams(input).get(calicoParam));
	if (read.ok) return { release: read.release };
	return {
		release: newestRelease,
		problem: `${read.message} This page shows Calico ${newestRelease.minor}.`,
	};
}

/** The query string (with `?`, or empty) with `?calico=` set to a release, or removed for the newest, keeping the other parameters. */
export function withCalico(search: string, release: Release): string {
	const params = toSearchParams(search);
	if (release.minor === newestRelease.minor) params.delete(calicoParam);
	else params.set(calicoParam, release.minor);
	const query = params.toString();
	return query ? `?${query}` : '';
}
