import './recommender/recommender.css';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { environments, getEnvironment, type EnvironmentId } from '../lib/catalog/environments';
import { getOption } from '../lib/catalog/options';
import { decide } from '../lib/recommender/decide';
import { announcement } from '../lib/recommender/result-words';
import { answerLines } from '../lib/catalog/answer-lines';
import { recordHref } from '../lib/recommender/record';
import { Questions } from './recommender/Questions';
import { Result } from './recommender/Result';
import {
	choicesMadeBeforeHydration,
	recommenderHref,
	stateFromQuery,
	type WidgetState,
} from './recommender/state';

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
	const [state, setState] = useState<WidgetState>(() => stateFromQuery('', fixedEnv));
	const [linkCopy, setLinkCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
	// Until the island runs, the page shows (and prints) the server-rendered default: say so on paper.
	const [hydrated, setHydrated] = useState(false);
	useEffect(() => setHydrated(true), []);
	// The configuration (generator, validator, address parsing) is the heaviest part: it loads when its place
	// nears the screen or the reader first answers, so the page's first load carries only the recommender.
	const [ConfigPanel, setConfigPanel] = useState<
		typeof import('./recommender/ConfigPanel').ConfigPanel | null
	>(null);
	const configSlot = useRef<HTMLParagraphElement>(null);
	const loadConfig = useRef(() => {
		import('./recommender/ConfigPanel').then((m) => setConfigPanel(() => m.ConfigPanel));
		loadConfig.current = () => {};
	});
	// Printing wants the configuration on paper: start loading at the first sign of it.
	useEffect(() => {
		const print = matchMedia('print');
		const load = () => loadConfig.current();
		print.addEventListener('change', load);
		addEventListener('beforeprint', load);
		return () => {
			print.removeEventListener('change', load);
			removeEventListener('beforeprint', load);
		};
	}, []);
	useEffect(() => {
		const slot = configSlot.current;
		if (!slot) return;
		if (typeof IntersectionObserver === 'undefined') return loadConfig.current();
		const observer = new IntersectionObserver(
			(entries) => {
				if (entries.some((e) => e.isIntersecting)) loadConfig.current();
			},
			{ rootMargin: '400px' }
		);
		observer.observe(slot);
		return () => observer.disconnect();
	}, [ConfigPanel === null && state.env !== undefined]);

	const form = useRef<HTMLFormElement>(null);
	useEffect(() => {
		const fromUrl = location.search ? stateFromQuery(location.search, fixedEnv) : null;
		// A reader may click before the widget wakes up; hydration keeps those clicks in the page but not in state.
		const clicked = form.current
			? choicesMadeBeforeHydration(form.current, id, stateFromQuery('', fixedEnv))
			: {};
		if (!fromUrl && Object.keys(clicked).length === 0) return;
		const base = fromUrl ?? stateFromQuery('', fixedEnv);
		setState({
			...base,
			env: clicked.env ?? base.env,
			answers: { ...base.answers, ...clicked.answers },
		});
	}, [fixedEnv, id]);

	// A new environment is a new page of history (Back returns to the previous one's result); answers replace the entry.
	useEffect(() => {
		if (!syncUrl) return;
		const href = recommenderHref(state);
		if (href === location.pathname + location.search) return;
		const envInUrl = stateFromQuery(location.search, fixedEnv).env;
		if (state.env && envInUrl && state.env !== envInUrl) history.pushState(null, '', href);
		else history.replaceState(null, '', href);
	}, [state, syncUrl, fixedEnv]);
	useEffect(() => {
		if (!syncUrl) return;
		const restore = () => setState(stateFromQuery(location.search, fixedEnv));
		addEventListener('popstate', restore);
		return () => removeEventListener('popstate', restore);
	}, [syncUrl, fixedEnv]);

	const result = useMemo(
		() => (state.env ? decide(state.env, state.answers) : null),
		[state.env, state.answers]
	);
	const update = (next: Partial<WidgetState>) => {
		loadConfig.current();
		setState((s) => ({ ...s, ...next }));
	};
	// The link to this decision as a full address (read only in the browser, after a click).
	const shareUrl = () => new URL(recommenderHref(state), location.origin).href;
	const copyLink = async () => {
		try {
			// Rejects when the browser refuses; navigator.clipboard is missing outside secure pages (plain HTTP).
			await navigator.clipboard.writeText(shareUrl());
			setLinkCopy('copied');
			setTimeout(() => setLinkCopy((now) => (now === 'copied' ? 'idle' : now)), 2000);
		} catch {
			setLinkCopy('failed');
		}
	};

	return (
		<div
			class="recommender not-content"
			data-env={state.env ?? ''}
			data-layout={syncUrl ? 'full' : 'inline'}
			data-hydrated={hydrated ? 'true' : 'false'}
		>
			<div class="rec-layout">
				{state.ignored.length > 0 && (
					<div class="rec-notice" role="status">
						<p>Some of the link’s settings were not used:</p>
						<ul>
							{state.ignored.map((i) => (
								<li key={`${i.param}=${i.value}`}>{i.reason}</li>
							))}
						</ul>
					</div>
				)}
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
					{state.env && (
						<Questions
							env={state.env}
							answers={state.answers}
							idPrefix={id}
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
								/>
							) : (
								<p class="rec-config rec-config-pending" ref={configSlot}>
									The operator configuration for this option appears here once the page’s script has
									loaded.
								</p>
							)}
							<p class="rec-share">
								<button type="button" class="rec-button" onClick={copyLink}>
									{linkCopy === 'copied' ? 'Link copied' : 'Copy a link to this decision'}
								</button>{' '}
								{!syncUrl && <a href={recommenderHref(state)}>Open in the full recommender</a>}
								{!syncUrl && ' · '}
								<a href={recordHref(result.env, result.answers)}>Decision record to print</a>
							</p>
							<p class={linkCopy === 'failed' ? 'rec-notice' : 'sr-only'} role="status">
								{linkCopy === 'copied' && 'Link copied to the clipboard.'}
								{linkCopy === 'failed' && (
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
										{e.name}: {getOption(decide(e.id).pick).name}
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
