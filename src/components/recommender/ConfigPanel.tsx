import './config.css';
import { Fragment } from 'preact';
import { highlight, type HighlightLanguage } from '../../lib/config/highlight';
import { configSheet } from '../../lib/config/sheet';
import type { ExtraStep } from '../../lib/config/steps';
import type { EnvironmentId } from '../../lib/catalog/environments';
import type { OptionId } from '../../lib/catalog/options';
import type { Answers } from '../../lib/catalog/questions';
import { releaseOf, type CalicoMinor } from '../../lib/facts';
import { distributionName, type DistributionId } from '../../lib/catalog/distribution-names';
import { installSteps } from '../../lib/recommender/install';
import { useCopy } from '../use-copy';

const languageNames: Record<HighlightLanguage, string> = {
	yaml: 'YAML',
	shell: 'shell',
	json: 'JSON',
};

/** Today in the reader's own time zone, as YYYY-MM-DD. */
function today(): string {
	const now = new Date();
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A highlighted snippet with its own copy button and copy report. */
function CodeBlock({
	text,
	language,
	label,
	what,
	main = false,
}: {
	text: string;
	language: HighlightLanguage;
	/** Accessible name of the code. */
	label: string;
	/** What the copy button copies, for screen readers (a step's button shows only “Copy”). */
	what: string;
	/** The operator configuration itself (print and tests find it as `.rec-yaml`). */
	main?: boolean;
}) {
	const { status, copy } = useCopy();
	const lines = highlight(text, language);
	return (
		<div class="cfg-block">
			<pre
				class={main ? 'rec-yaml cfg-code' : 'cfg-code'}
				data-language={language}
				tabIndex={0}
				aria-label={label}
			>
				<code>
					{lines.map((tokens, i) => (
						<Fragment key={i}>
							{tokens.map((token, j) =>
								token.kind === 'plain' ? (
									token.text
								) : (
									<span key={j} class={`tok-${token.kind}`}>
										{token.text}
									</span>
								)
							)}
							{i < lines.length - 1 && '\n'}
						</Fragment>
					))}
				</code>
			</pre>
			<button type="button" class="rec-button" onClick={() => copy(text)}>
				{status === 'copied' ? 'Copied' : main ? 'Copy YAML' : 'Copy'}
				{!main && <span class="sr-only"> {what}</span>}
			</button>
			<p class={status === 'failed' ? 'rec-notice' : 'sr-only'} role="status">
				{status === 'copied' && `Copied to the clipboard: ${what}.`}
				{status === 'failed' &&
					'Copying failed: the browser did not allow it. Select the text above and copy it by hand.'}
			</p>
		</div>
	);
}

/**
 * The Tigera operator configuration for the pick, headed with when, for what and from which answers it was
 * generated; then each extra step the option needs, with its own copy button; then the environment's notes.
 */
export function ConfigPanel({
	option,
	env,
	answers,
	link,
	calico,
	distribution,
}: {
	option: OptionId;
	env: EnvironmentId;
	answers: Answers;
	link: string;
	/** The Calico version the reader chose. */
	calico: CalicoMinor;
	/** How the cluster is installed, when the reader said. */
	distribution?: DistributionId | null;
}) {
	const sheet = configSheet({
		option,
		env,
		answers,
		date: today(),
		link,
		release: releaseOf(calico),
		...(distribution ? { distribution } : {}),
	});
	const managed = sheet.azureManaged;
	const install = installSteps({ distribution: distribution ?? null, pick: option, calico });
	return (
		<section class="rec-config" aria-label="Configuration to start from">
			{distribution && (
				<>
					<h3>Installing it on {distributionName(distribution)}</h3>
					<ul class="rec-install">
						{install.map((step) => (
							<li key={step}>{step}</li>
						))}
					</ul>
				</>
			)}
			<h3>Configuration to start from</h3>
			{managed && (
				<>
					<p>
						{sheet.selfManaged
							? 'On AKS this option runs Calico in one of two ways; take one of them, not both.'
							: 'On AKS this option runs Calico in one way only.'}
					</p>
					<h3>{managed.title}</h3>
					<p>{managed.summary}</p>
					<Steps steps={managed.steps} />
					{managed.notes.length > 0 && <Notes notes={managed.notes} />}
				</>
			)}
			{sheet.selfManaged && (
				<>
					<h3>{sheet.selfManaged.title}</h3>
					<p>{sheet.selfManaged.summary}</p>
				</>
			)}
			{sheet.supported ? (
				<CodeBlock
					key={option}
					text={sheet.yaml}
					language="yaml"
					label="Tigera operator configuration (YAML)"
					what="the operator configuration"
					main
				/>
			) : (
				<p>{sheet.reason}</p>
			)}
			{sheet.steps.length > 0 && (
				<>
					<h3>Also needed</h3>
					<Steps steps={sheet.steps} />
				</>
			)}
			{sheet.notes.length > 0 && <h3>Notes</h3>}
			<Notes notes={sheet.notes} />
		</section>
	);
}

/** Steps in order, each with its title, why and text to copy. */
function Steps({ steps }: { steps: ExtraStep[] }) {
	return (
		<ol class="cfg-steps">
			{steps.map((step) => (
				<li key={step.id} class="cfg-step">
					<h4>{step.title}</h4>
					<p class="cfg-why">{step.why}</p>
					<CodeBlock
						text={step.text}
						language={step.language}
						label={`${step.title} (${languageNames[step.language]})`}
						what={step.title}
					/>
				</li>
			))}
		</ol>
	);
}

/** A list of notes (an empty list renders as an empty list, as the panel always has one). */
function Notes({ notes }: { notes: string[] }) {
	return (
		<ul class="rec-notes">
			{notes.map((note) => (
				<li key={note}>{note}</li>
			))}
		</ul>
	);
}
