import type { IgnoredParameter } from '../../lib/url/state';

/** The settings of a recommender link that were not used, each with its reason; nothing when all were used. */
export function IgnoredNotice({ ignored }: { ignored: readonly IgnoredParameter[] }) {
	if (ignored.length === 0) return null;
	return (
		<div class="rec-notice" role="status">
			<p>Some of the link’s settings were not used:</p>
			<ul>
				{ignored.map((i) => (
					<li key={`${i.param}=${i.value}`}>{i.reason}</li>
				))}
			</ul>
		</div>
	);
}
