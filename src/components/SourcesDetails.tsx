import type { Source } from '../lib/facts';

/** A finding's or an item's sources, folded under “Sources”; nothing when it has none. */
export default function SourcesDetails({ sources }: { sources: readonly Source[] }) {
	if (!sources.length) return null;
	return (
		<details>
			<summary>Sources</summary>
			<ul>
				{sources.map((s) => (
					<li key={s.url}>
						<a href={s.url}>{s.title}</a>
					</li>
				))}
			</ul>
		</details>
	);
}
