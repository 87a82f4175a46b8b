import './recommender/recommender.css';
import { Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { recordPage, type RecordPage } from '../lib/words/record-page';
import { IgnoredNotice } from './recommender/IgnoredNotice';
import CalicoVersionSelect from './CalicoVersionSelect';
import { releaseOf, type CalicoMinor } from '../lib/facts';
import { withCalico } from '../lib/url/calico';

const today = () => new Date().toISOString().slice(0, 10);

/** The printable record of one decision, built from the recommender link's answers: date, answers, pick, reasons, trade-offs, alternatives, configuration. */
export default function DecisionRecord() {
	const [loaded, setLoaded] = useState<RecordPage | 'pending'>('pending');
	useEffect(() => {
		setLoaded(recordPage(location.search, location.origin, today()));
	}, []);
	// Another version rewrites the address, so the record's link and a reload keep it.
	const chooseCalico = (minor: CalicoMinor) => {
		history.replaceState(
			null,
			'',
			`${location.pathname}${withCalico(location.search, releaseOf(minor))}`
		);
		setLoaded(recordPage(location.search, location.origin, today()));
	};

	if (loaded === 'pending') {
		return (
			<p class="record-pending">
				The record is put together in your browser from the answers in this page’s address. If
				nothing appears, open the recommender, answer its questions, and follow its “Decision record
				to print” link.
			</p>
		);
	}
	const { record, ignored, yaml, steps, notes, azureManaged, selfManaged } = loaded;
	if (!record) {
		return (
			<div class="rec-notice" role="status">
				<p>
					This address names no environment, so there is no decision to record. Open{' '}
					<a href="/recommend/">the recommender</a>, answer its questions, and follow its “Decision
					record to print” link.
				</p>
			</div>
		);
	}
	return (
		<article class="decision-record" data-pick={record.pick.id}>
			<IgnoredNotice ignored={ignored} />
			<div class="record-version">
				<CalicoVersionSelect id="record-calico" value={record.calico} onChange={chooseCalico} />
			</div>
			<dl class="record-meta term-grid">
				<dt>Date</dt>
				<dd>{record.date}</dd>
				<dt>Environment</dt>
				<dd>{record.environment}</dd>
				<dt>Calico version</dt>
				<dd>{record.calico}</dd>
				{record.distribution && (
					<>
						<dt>Installed with</dt>
						<dd>{record.distribution}</dd>
					</>
				)}
				<dt>Reproduce it</dt>
				<dd>
					<a href={record.link} data-url-shown>
						{record.link}
					</a>
				</dd>
			</dl>

			<h2>Answers</h2>
			<ul class="record-answers">
				{record.answers.map((line) => (
					<li key={line.question}>
						{line.question} <strong>{line.answer}</strong>
					</li>
				))}
			</ul>

			<h2>Recommendation</h2>
			<p class="record-pick">
				<strong>{record.pick.name}</strong>
			</p>
			<p>{record.pick.summary}</p>
			<p>
				<code>{record.pick.details}</code>
			</p>
			{record.differences.map((d) => (
				<p key={d.href}>
					This departs from Calico’s upstream page: <a href={d.href}>{d.title}</a>.
				</p>
			))}
			<h3>Why</h3>
			<ul>
				{record.reasons.map((r) => (
					<li key={r}>{r}</li>
				))}
			</ul>
			{record.tradeoffs.length > 0 && (
				<>
					<h3>Trade-offs</h3>
					<ul>
						{record.tradeoffs.map((t) => (
							<li key={t}>{t}</li>
						))}
					</ul>
				</>
			)}
			<h3>What the network must allow</h3>
			<ul>
				{record.underlay.map((u) => (
					<li key={u}>{u}</li>
				))}
			</ul>
			<h3>What would change it</h3>
			{record.changes.length === 0 ? (
				<p>No single answer would change it.</p>
			) : (
				<ul>
					{record.changes.map((c) => (
						<li key={c}>{c}</li>
					))}
				</ul>
			)}
			{record.alternatives.length > 0 && (
				<>
					<h3>Alternatives that work</h3>
					<ol>
						{record.alternatives.map((a) => (
							<li key={a.id}>
								{a.name}
								{a.retiring && <strong> ({a.retiring})</strong>}: <code>{a.details}</code>
								{a.costs.length > 0 ? (
									<ul>
										{a.costs.map((cost) => (
											<li key={cost}>{cost}</li>
										))}
									</ul>
								) : (
									<p>Nothing you answered counts against it.</p>
								)}
							</li>
						))}
					</ol>
				</>
			)}
			{record.blocked.length > 0 && (
				<>
					<h3>Will not work here</h3>
					<ul>
						{record.blocked.map((b) => (
							<li key={b.name}>
								<strong>{b.name}</strong>: {b.reason}
							</li>
						))}
					</ul>
				</>
			)}
			{record.conflicts.length > 0 && (
				<>
					<h3>Not possible here</h3>
					<ul>
						{record.conflicts.map((c) => (
							<li key={c}>{c}</li>
						))}
					</ul>
				</>
			)}

			{record.distribution && record.install.length > 0 && (
				<>
					<h2>Installing it on {record.distribution}</h2>
					<ol class="record-install">
						{record.install.map((step) => (
							<li key={step}>{step}</li>
						))}
					</ol>
				</>
			)}

			<h2>Configuration to start from</h2>
			{azureManaged && (
				<section class="record-step">
					<h3>{azureManaged.title}</h3>
					<p>{azureManaged.summary}</p>
					{azureManaged.steps.map((step) => (
						<Fragment key={step.id}>
							<p>
								<strong>{step.title}</strong>: {step.why}
							</p>
							<pre class="rec-yaml">
								<code>{step.text}</code>
							</pre>
						</Fragment>
					))}
					<ul class="rec-notes">
						{azureManaged.notes.map((n) => (
							<li key={n}>{n}</li>
						))}
					</ul>
				</section>
			)}
			{selfManaged && (
				<>
					<h3>{selfManaged.title}</h3>
					<p>{selfManaged.summary}</p>
				</>
			)}
			{yaml && (
				<pre class="rec-yaml">
					<code>{yaml}</code>
				</pre>
			)}
			{steps.map((step) => (
				<section key={step.id} class="record-step">
					<h3>{step.title}</h3>
					<p>{step.why}</p>
					<pre class="rec-yaml">
						<code>{step.text}</code>
					</pre>
				</section>
			))}
			<ul class="rec-notes">
				{notes.map((n) => (
					<li key={n}>{n}</li>
				))}
			</ul>
		</article>
	);
}
