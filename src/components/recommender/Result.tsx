import { getEnvironment } from '../../lib/environments';
import { formatDetails, getOption } from '../../lib/options';
import { getQuestion } from '../../lib/questions';
import type { Recommendation } from '../../lib/decide';
import { modeOfOption, modePage } from '../../lib/diagrams/modes';
import { differences, differencesPage } from '../../lib/differences';
import { retiringLabel } from '../../lib/option-words';
import { answerWords } from '../../lib/questions';

/** The recommendation: the pick with its tuple, reasons, trade-offs, needs, what would change it, and the other options. */
export function Result({ result }: { result: Recommendation }) {
	const pick = getOption(result.pick);
	const env = getEnvironment(result.env);
	return (
		<div class="rec-result" data-pick={pick.id}>
			<p class="rec-eyebrow">Recommended for {env.name}</p>
			<h2 class="rec-pick">{pick.name}</h2>
			<p>{pick.summary}</p>
			<p class="rec-details">
				<code>{formatDetails(pick.tuple)}</code>
			</p>
			{differences
				.filter((d) => result.differences.includes(d.id))
				.map((d) => (
					<p class="rec-differs" key={d.id}>
						This departs from Calico’s upstream page:{' '}
						<a href={`${differencesPage}#${d.id}`}>{d.title}</a>.
					</p>
				))}

			<h3>Why</h3>
			<ul class="rec-reasons">
				{result.reasons.map((reason) => (
					<li key={reason}>{reason}</li>
				))}
			</ul>

			{result.tradeoffs.length > 0 && (
				<>
					<h3>Trade-offs</h3>
					<ul class="rec-tradeoffs">
						{result.tradeoffs.map((t) => (
							<li key={t}>{t}</li>
						))}
					</ul>
				</>
			)}

			<h3>What the network must allow</h3>
			<ul>
				{result.underlay.map((need) => (
					<li key={need}>{need}</li>
				))}
			</ul>

			<h3>What would change the answer</h3>
			{result.changes.length === 0 ? (
				<p>No single answer would change it.</p>
			) : (
				<ul class="rec-changes">
					{result.changes.map((change) => (
						<li key={`${change.question}-${change.answer}`}>
							{getQuestion(change.question).short} <strong>{answerWords[change.answer]}</strong> →{' '}
							{getOption(change.pick).name}
						</li>
					))}
				</ul>
			)}

			{result.alternatives.length > 0 && (
				<>
					<h3>Alternatives</h3>
					<ol class="rec-alternatives">
						{result.alternatives.map((id) => (
							<li key={id}>
								{getOption(id).name}
								{retiringLabel(getOption(id)) && (
									<strong class="rec-retiring"> ({retiringLabel(getOption(id))})</strong>
								)}
								: {getOption(id).summary}
							</li>
						))}
					</ol>
				</>
			)}

			<details class="rec-excluded">
				<summary>Ruled out ({result.excluded.length})</summary>
				<ul>
					{result.excluded.map((e) => (
						<li key={e.option}>
							<strong>{getOption(e.option).name}</strong>: {e.reason}
						</li>
					))}
				</ul>
			</details>

			<p class="rec-links">
				<a href={modePage(modeOfOption(pick.id).id)}>Packet paths of this option</a> ·{' '}
				<a href={env.page}>The {env.name} page</a>
			</p>
		</div>
	);
}
