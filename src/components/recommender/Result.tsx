import { Fragment } from 'preact';
import { getEnvironment } from '../../lib/catalog/environments';
import { detailParts, getOption } from '../../lib/catalog/options';
import { getQuestion } from '../../lib/catalog/questions';
import type { Exclusion, Recommendation } from '../../lib/recommender/decide';
import { modeNameOfOption, modePage } from '../../lib/diagrams/mode-names';
import { differenceRules, differencesPage } from '../../lib/recommender/difference-rules';
import { retiringLabel } from '../../lib/catalog/option-words';
import { answerWords } from '../../lib/catalog/questions';
import { blockerSources, getBlockerRule } from '../../lib/recommender/blockers';
import { Compare } from './Compare';
import { PathDrawing } from './PathDrawing';
import { ipPlanPage } from '../../lib/calc/ip-plan-address';

/** An option ruled out, with the reason and, for a constraint answer, the question behind it. */
function ExclusionItem({ exclusion }: { exclusion: Exclusion }) {
	const option = getOption(exclusion.option);
	const question = exclusion.blocker ? getQuestion(exclusion.blocker.question) : null;
	const source = exclusion.blocker
		? blockerSources(getBlockerRule(exclusion.blocker.rule))[0]
		: null;
	return (
		<li>
			<strong>{option.name}</strong>: will not work here. {exclusion.reason}
			{question?.page && (
				<>
					{' '}
					See <a href={question.page.href}>{question.page.title}</a>.
				</>
			)}
			{source && (
				<>
					{' '}
					Source: <a href={source.url}>{source.title}</a>.
				</>
			)}
		</li>
	);
}

/** The recommendation: the pick with its tuple, reasons, trade-offs, needs and packet path, what would change it, the alternatives with their costs, and what will not work here. */
export function Result({ result, idPrefix }: { result: Recommendation; idPrefix: string }) {
	const pick = getOption(result.pick);
	const env = getEnvironment(result.env);
	const mode = modeNameOfOption(pick.id);
	// What will not work in this environment is the news; options of other environments or never recommended are background.
	const here = result.excluded.filter(
		(e) =>
			e.kind === 'blocked' ||
			(e.kind !== 'not-recommended' && getOption(e.option).environments.includes(result.env))
	);
	const elsewhere = result.excluded.filter((e) => !here.includes(e));
	return (
		<div class="rec-result" data-pick={pick.id} id={`${idPrefix}-result`} tabIndex={-1}>
			<p class="rec-eyebrow">Recommended for {env.name}</p>
			<h2 class="rec-pick">{pick.name}</h2>
			<p>{pick.summary}</p>
			<p class="rec-details">
				<code>
					{detailParts(pick.tuple).map((part, i, all) => (
						<Fragment key={part}>
							<span class="rec-nowrap">
								{part}
								{i < all.length - 1 ? ',' : ''}
							</span>
							<wbr />
						</Fragment>
					))}
				</code>
			</p>
			{result.conflicts.length > 0 && (
				<div class="rec-notice rec-conflicts">
					<p>
						<strong>Not everything you asked for is possible here.</strong>
					</p>
					<ul>
						{result.conflicts.map((c) => (
							<li key={c}>{c}</li>
						))}
					</ul>
				</div>
			)}
			{differenceRules
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

			<h3>Packet path</h3>
			<PathDrawing modeId={mode.id} />

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
					<h3>Alternatives that work</h3>
					<ol class="rec-alternatives">
						{result.alternatives.map((id) => {
							const option = getOption(id);
							const costs = result.costs[id] ?? [];
							const retiring = retiringLabel(option);
							return (
								<li key={id} data-option={id}>
									<strong>{option.name}</strong>
									{retiring && <strong class="rec-retiring"> ({retiring})</strong>}:{' '}
									{option.summary}
									{costs.length > 0 ? (
										<>
											<p class="rec-cost-label">Works, at this cost:</p>
											<ul>
												{costs.map((cost) => (
													<li key={cost}>{cost}</li>
												))}
											</ul>
										</>
									) : (
										<p class="rec-cost-label">Works: nothing you answered counts against it.</p>
									)}
								</li>
							);
						})}
					</ol>
				</>
			)}

			{here.length > 0 && (
				<>
					<h3>Will not work here</h3>
					<ul class="rec-blocked">
						{here.map((e) => (
							<ExclusionItem key={e.option} exclusion={e} />
						))}
					</ul>
				</>
			)}

			<details class="rec-excluded">
				<summary>Other options ({elsewhere.length})</summary>
				<ul>
					{elsewhere.map((e) => (
						<li key={e.option}>
							<strong>{getOption(e.option).name}</strong>:{' '}
							{e.kind === 'not-recommended' ? 'works, but the guide does not recommend it. ' : ''}
							{e.reason}
						</li>
					))}
				</ul>
			</details>

			<Compare result={result} idPrefix={idPrefix} />

			<p class="rec-links">
				<a href={modePage(mode.id)}>Packet paths of this option</a> ·{' '}
				<a href={env.page}>The {env.name} page</a>
				{pick.addresses.ipam === 'calico-blocks' && (
					<>
						{' '}
						· <a href={ipPlanPage()}>Check the pool fits your nodes</a>
					</>
				)}
			</p>
		</div>
	);
}
