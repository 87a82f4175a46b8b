import { z } from 'zod';
import { newestMinor, supportedMinors } from '../facts';

/** The site path where an export's JSON Schema is served: `/api/schemas/<name>.schema.json`. */
export function schemaPath(name: string): string {
	return `/api/schemas/${name}.schema.json`;
}

/**
 * The members of a string union that exists only as a type, listed once so a schema can check them. The
 * compiler holds the list to the type both ways: a member left out is named in the error, and a stray
 * value is not assignable. Call it as `members<RouteSource>()(['BGP', …])`.
 */
export function members<T extends string>() {
	return <const V extends readonly [T, ...T[]]>(
		values: V &
			([Exclude<T, V[number]>] extends [never] ? unknown : { missing: Exclude<T, V[number]> })
	): V => values;
}

/** A non-empty list of ids, as `z.enum` wants it; an empty list is a mistake worth hearing about early. */
export function ids<T extends string>(list: readonly T[], what: string): [T, ...T[]] {
	if (list.length === 0) throw new Error(`No ${what} to build a schema from.`);
	return [...list] as [T, ...T[]];
}

/** A calendar date as the exports write it, `YYYY-MM-DD`. */
export const isoDate = z.iso.date();

/** A page of this site, as a path from its root (`/migrate/new-pool/`). */
export const sitePath = z.string().startsWith('/');

/** A Calico minor version as `3.33`, for releases the guide may name without answering for them. */
export const calicoMinorText = z.string().regex(/^\d+\.\d+$/);

/** A document the guide cites: the title it gives it and where to open it. */
export const sourceSchema = z.strictObject({
	title: z.string().min(1).describe('How the guide names the document.'),
	url: z.url().describe('Where a reader can open the document.'),
});

/** The documents a part of an export rests on; `nonEmpty` where the guide promises at least one. */
export function sourcesOf(what: string, nonEmpty = false) {
	const list = z.array(sourceSchema);
	return (nonEmpty ? list.min(1) : list).describe(`The documents ${what} rests on.`);
}

/**
 * A value for each Calico minor the guide answers for, keyed by its minor version: every supported minor
 * must be there, and no other key may be.
 */
export function byRelease<T extends z.ZodType>(value: T, what: string) {
	return z
		.record(z.enum(ids(supportedMinors, 'supported minors')), value)
		.describe(
			`${what}, for each Calico minor the guide answers for (${supportedMinors.join(', ')}).`
		);
}

/** The fields every export opens with: its schema, its format version, the Calico release and the facts' date. */
export function exportHeader<V extends number>(name: string, version: V) {
	return {
		$schema: z
			.literal(schemaPath(name))
			.optional()
			.describe(
				'The site path of this JSON Schema; the served file names it, the library body leaves it out.'
			),
		version: z
			.literal(version)
			.describe(
				'Version of this export’s format; it goes up when a field changes meaning or goes away.'
			),
		calicoVersion: z
			.literal(newestMinor)
			.describe('The Calico minor release the export answers for: the newest the guide describes.'),
		factsChecked: isoDate.describe(
			'The latest date (YYYY-MM-DD) on which any fact behind the export was checked.'
		),
	};
}
