/** A document a fact comes from: a public page, or a file in a public repository. */
export interface Source {
	/** How the guide names the document, e.g. `projectcalico/calico felix/aws/ec2.go`. */
	title: string;
	/** Where a reader can open it. */
	url: string;
}

/** One value the guide relies on, with where it comes from and when it was last checked. */
export interface SourcedFact<T = unknown> {
	value: T;
	/** Documents that state the value; never empty. */
	sources: readonly Source[];
	/** The date (YYYY-MM-DD) the value was last checked against its sources. */
	checked: string;
}

/** A fact with what it is in a few words, as the Sources page lists it. */
export interface Fact<T = unknown> extends SourcedFact<T> {
	/** What the value is, in a few words. */
	about: string;
}

/** The dates the team read its sources. */
export const checkedOn = {
	/** tigera/docs and tigera/operator snapshots. */
	docs: '2026-08-21',
	/** projectcalico/calico v3.32.1 and the AWS repositories. */
	calico: '2026-08-22',
	/** The review behind the corrections of November 2026. */
	review: '2026-11-27',
	/** The sources of the configuration checker's own facts (facts/checker.ts). */
	checker: '2026-12-04',
	/** The distributions' repositories and docs (facts/distributions.ts), kept out of `facts` for the recommender's bundle. */
	distributions: '2026-12-04',
	/** OpenStack, vSphere, NSX, Proxmox VE, DigitalOcean and Hetzner (facts/platforms.ts), kept out of `facts` but for the two blocker facts. */
	platforms: '2026-12-04',
	/** Oracle Cloud: OKE's and OCI's networking pages (facts/oracle.ts). */
	oracle: '2026-12-05',
} as const;

/**
 * Declares a fact of `facts`, which the browser reads: its description lives apart (calico-about.ts,
 * clouds-about.ts), joined in facts/groups.ts for the Sources page, so the recommender's bundle does not carry it.
 */
/* @__NO_SIDE_EFFECTS__ */
export function sourced<T>(
	value: T,
	sources: readonly Source[],
	checked: string = checkedOn.review
): SourcedFact<T> {
	return { value, sources, checked };
}

/** Declares a fact with its description, for groups only server-built pages read. */
// No side effects: a bundler may drop a fact no code reads (facts/platforms.ts relies on it for the browser).
/* @__NO_SIDE_EFFECTS__ */
export function fact<T>(
	value: T,
	about: string,
	sources: readonly Source[],
	checked: string = checkedOn.review
): Fact<T> {
	return { value, about, sources, checked };
}

/** The sources of these facts, each once (by URL), in order. */
export function sourcesOf(...cited: readonly SourcedFact[]): Source[] {
	const seen = new Map<string, Source>();
	for (const one of cited) for (const source of one.sources) seen.set(source.url, source);
	return [...seen.values()];
}
