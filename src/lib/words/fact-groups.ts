import { longDate, type Fact, type Source } from '../facts';
import { allFactGroups } from '../facts/groups';

/** What the Sources page says above a group of facts: when its facts were checked, and at which snapshots. */
export interface FactGroupSummary {
	id: string;
	title: string;
	/** “21 August 2026”, or “21 August to 3 December 2026” when the facts were checked on several days. */
	checked: string;
	/** The snapshots the group's sources were read at, each once: `projectcalico/calico v3.32.1`, `Calico docs 3.32`, `learn.microsoft.com`. */
	readAt: string[];
}

const githubRef = /^https:\/\/github\.com\/([^/]+\/[^/]+)\/(?:blob|tree)\/([^/]+)\//;
const githubPull = /^https:\/\/github\.com\/([^/]+\/[^/]+)\/(?:pull|releases\/tag)\/([^/#?]+)/;
const calicoDocs = /^https:\/\/docs\.tigera\.io\/calico\/([^/]+)\//;

/** The snapshot a source was read at: a repository at its tag, branch or pull request, a versioned docs site, or a site as published. */
export function snapshotOf(source: Source): string {
	const ref = githubRef.exec(source.url);
	if (ref) return `${ref[1]} ${ref[2]}`;
	const pull = githubPull.exec(source.url);
	if (pull) return `${pull[1]} ${/^\d+$/.test(pull[2]!) ? `#${pull[2]}` : pull[2]}`;
	const docs = calicoDocs.exec(source.url);
	if (docs) return `Calico docs ${docs[1]}`;
	return `${new URL(source.url).hostname} (as published)`;
}

/** A span of days as readers write it: one day, or “from to” in one year or across two. */
function daySpan(first: string, last: string): string {
	if (first === last) return longDate(first);
	const [from, to] = [longDate(first), longDate(last)];
	const sameYear = first.slice(0, 4) === last.slice(0, 4);
	return `${sameYear ? from.replace(/ \d{4}$/, '') : from} to ${to}`;
}

/** Each group of facts as the Sources page heads it: its checked dates and the snapshots it was read at. */
export function factGroupSummaries(): FactGroupSummary[] {
	return allFactGroups.map((group) => {
		const list = Object.values(group.facts as Record<string, Fact>);
		const days = list.map((fact) => fact.checked).sort();
		const readAt = [...new Set(list.flatMap((fact) => fact.sources.map(snapshotOf)))].sort();
		return {
			id: group.id,
			title: group.title,
			checked: daySpan(days[0]!, days.at(-1)!),
			readAt,
		};
	});
}
