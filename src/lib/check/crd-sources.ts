import { releases, type Release, type Source } from '../facts';
import { checkerSources } from '../facts/checker-sources';
import { crdFields, type CrdKind } from './crd-fields.data';
import type { UnderstoodKind } from './parse';

/** The CRD whose fields a kind has: IPAMConfiguration (projectcalico.org/v3) is served from IPAMConfig's. */
export const crdKindOf = (kind: UnderstoodKind): CrdKind =>
	kind === 'IPAMConfiguration' ? 'IPAMConfig' : kind;

/** The CRD file a kind's fields were read from in a release (`checkerSources.crd<Kind><minor without its dot>`). */
export function crdSource(kind: UnderstoodKind, release: Release): Source {
	const id = `crd${crdKindOf(kind)}${release.minor.replace('.', '')}`;
	const source = (checkerSources as Record<string, Source>)[id];
	if (!source)
		throw new Error(
			`facts/checker-sources.ts has no ${id} for the ${kind} CRD of ${release.minor}.`
		);
	return source;
}

/** Every CRD file the checker's fields come from, by release, then kind. */
export const crdSourceList: readonly Source[] = releases.flatMap((release) =>
	(Object.keys(crdFields) as CrdKind[]).map((kind) => crdSource(kind, release))
);
