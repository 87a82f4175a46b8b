import './recommender/recommender.css';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { environments, getEnvironment, type EnvironmentId } from '../lib/catalog/environments';
import { getOption } from '../lib/catalog/options';
import { decide } from '../lib/recommender/decide';
import { newestMinor, releaseOf } from '../lib/facts';
import CalicoVersionSelect from './CalicoVersionSelect';
import DistributionSelect from './DistributionSelect';
import { distributionName } from '../lib/catalog/distribution-names';
import { announcement } from '../lib/recommender/result-words';
import { answerLines } from '../lib/catalog/answer-lines';
import { Questions } from './recommender/Questions';
import { Result } from './recommender/Result';
import { IgnoredNotice } from './recommender/IgnoredNotice';
import { recommenderHref, type WidgetState } from './recommender/state';
import { recordHref } from '../lib/url/state';
import { useConfigPanel } from './recommender/use-config-panel';
import { useWidgetState } from './recommender/use-widget-state';
import { useCopy } from './use-copy';

interface Props {
	/** The environment of the page the widget sits on; the reader then only answers its questions. */
	env?: EnvironmentId;
	/** Keep the page address in step with the answers (the full recommender page does). */
	syncUrl?: boolean;
	/** Distinguishes the form controls of several widgets on one page. */
	id?: string;
}

/** The recommender: questions for an environment, and the recommendation from the shared decision library on every change. */
export default function Recommender({ env: fixedEnv, syncUrl = false, id = 'rec' }: Props) {
	const { state, setState, form } = useWidgetState(fixedEnv, id, syncUrl);
	const linkCopy = useCopy();
	// Until the island runs, the page shows (and prints) the server-rendered default: say so on paper.
	const [hydrated, setHydrated] = useState(false);
	useEffect(() => setHydrated(true), []);
	const {
		ConfigPanel,
		slot: configSlot,
		load: loadConfig,
	} = useConfigPanel(state.env !== undefined);

	const calico = state.calico ?? newestMinor;
	const release = releaseOf(calico);
	const result = useMemo(
		() => (state.env ? decide(state.env, state.answers, releaseOf(calico), state.dist) : null),
		[state.env, state.answers, calico, state.dist]
	);
	const update = (next: Partial<WidgetState>) => {
		loadConfig();
		setState((s) => ({ ...s, ...next }));
	};
	// The link to this decision as a full address (read only in the browser, after a click).
	const shareUrl = () => new URL(recommenderHref(state), location.origin).href;

	return (
		<div
			class="recommender not-content"
			data-env={state.env ?? ''}
			data-layout={syncUrl ? 'full' : 'inline'}
			data-hydrated={hydrated ? 'true' : 'false'}
		>
			<div class="rec-layout">
				<IgnoredNotice ignored={state.ignored} />
				<form
					ref={form}
					class="rec-form"
					onSubmit={(e) => e.preventDefault()}
					aria-label="Questions about your cluster"
				>
					{!fixedEnv && (
						<fieldset class="rec-question">
							<legend>Where will the cluster run?</legend>
							<div class="rec-choices">
								{environments.map((e) => (
									<label key={e.id}>
										<input
											type="radio"
											name={`${id}-env`}
											value={e.id}
											checked={state.env === e.id}
											onChange={() => update({ env: e.id })}
										/>{' '}
										{e.name}
									</label>
								))}
							</div>
						</fieldset>
					)}
					<CalicoVersionSelect
						id={`${id}-calico`}
						value={calico}
						onChange={(minor) => update({ calico: minor })}
					/>
					<DistributionSelect
						id={`${id}-dist`}
						value={state.dist}
						onChange={(dist) => update({ dist })}
					/>
					{state.env && (
						<Questions
							env={state.env}
							answers={state.answers}
							idPrefix={id}
							distribution={state.dist}
							onAnswer={(answers) => update({ answers })}
						/>
					)}
				</form>
				<p class="sr-only" role="status">
					{hydrated && result ? announcement(result) : ''}
				</p>
				{result && (
					<p class="rec-summary">
						<a href={`#${id}-result`}>
							Recommended: <strong>{getOption(result.pick).name}</strong>
							<span aria-hidden="true"> ↓</span>
						</a>
					</p>
				)}
				<div class="rec-output" tabIndex={0} role="region" aria-label="Recommendation">
					{result ? (
						<>
							<div class="rec-print-answers">
								<p class="rec-print-heading">
									{hydrated
										? 'Answers given'
										: 'Answers: the default, every question “Not sure” (the page’s script had not run)'}
								</p>
								<ul>
									{!fixedEnv && (
										<li>
											Where will the cluster run? <strong>{getEnvironment(result.env).name}</strong>
										</li>
									)}
									<li>
										Calico version <strong>{result.calico}</strong>
									</li>
									{result.distribution && (
										<li>
											Installed with <strong>{distributionName(result.distribution)}</strong>
										</li>
									)}
									{answerLines(result.env, result.answers).map((line) => (
										<li key={line.question}>
											{line.question} <strong>{line.answer}</strong>
										</li>
									))}
								</ul>
							</div>
							<Result result={result} idPrefix={id} />
							{ConfigPanel ? (
								<ConfigPanel
									option={result.pick}
									env={result.env}
									answers={result.answers}
									link={shareUrl()}
									calico={result.calico}
									distribution={result.distribution}
								/>
							) : (
								<p class="rec-config rec-config-pending" ref={configSlot}>
									The operator configuration for this option appears here once the page’s script has
									loaded.
								</p>
							)}
							<p class="rec-share">
								<button type="button" class="rec-button" onClick={() => linkCopy.copy(shareUrl())}>
									{linkCopy.status === 'copied' ? 'Link copied' : 'Copy a link to this decision'}
								</button>{' '}
								{!syncUrl && <a href={recommenderHref(state)}>Open in the full recommender</a>}
								{!syncUrl && ' · '}
								<a href={recordHref(result.env, result.answers, state.calico, state.dist)}>
									Decision record to print
								</a>
							</p>
							<p class={linkCopy.status === 'failed' ? 'rec-notice' : 'sr-only'} role="status">
								{linkCopy.status === 'copied' && 'Link copied to the clipboard.'}
								{linkCopy.status === 'failed' && (
									<>
										Copying the link failed: the browser did not allow it. Select the link and copy
										it by hand: <code>{shareUrl()}</code>
									</>
								)}
							</p>
						</>
					) : (
						<div class="rec-empty">
							<p>
								Choose where the cluster runs. Until you answer anything else, the recommender
								assumes “not sure” everywhere and would pick:
							</p>
							<ul>
								{environments.map((e) => (
									<li key={e.id}>
										{e.name}: {getOption(decide(e.id, {}, release).pick).name}
									</li>
								))}
							</ul>
						</div>
					)}
				</div>
			</div>
		</div>
	);
}
