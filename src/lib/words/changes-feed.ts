import { guideChanges, type GuideChange } from './changes';

/** Escapes text for XML character data and attribute values. */
function xml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

/** The feed's id and each entry's: tag URIs (RFC 4151), which need no host the site may not know at build. */
const feedId = 'tag:calico-networking-guide,2026:changes';
const entryId = (change: GuideChange) => `tag:calico-networking-guide,${change.date}:${change.id}`;

/** The Atom feed (RFC 4287) of the guide's changes; links are relative to `base` (the site's URL when known). */
export function changesAtom(base = '/'): string {
	const root = base.endsWith('/') ? base : `${base}/`;
	const updated = guideChanges[0]?.date ?? '2026-01-01';
	const entries = guideChanges.map(
		(change) => `	<entry>
		<id>${entryId(change)}</id>
		<title>${xml(change.title)}</title>
		<updated>${change.date}T00:00:00Z</updated>
		<category term="${change.kind}"/>
		<link rel="alternate" href="${xml(`${root}changes/#${change.id}`)}"/>
		<summary>${xml(`Before: ${change.before} Now: ${change.now} Why: ${change.why}`)}</summary>
	</entry>`
	);
	return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="${xml(root)}">
	<id>${feedId}</id>
	<title>Calico Networking Guide: changes to its advice</title>
	<updated>${updated}T00:00:00Z</updated>
	<author><name>Calico Networking Guide</name></author>
	<link rel="self" href="${xml(`${root}changes.xml`)}"/>
	<link rel="alternate" href="${xml(`${root}changes/`)}"/>
${entries.join('\n')}
</feed>
`;
}
