import { useEffect, useMemo, useState } from 'preact/hooks';
import { upgradeNotes, type UpgradeItem } from '../../lib/check/upgrade';
import type { EnvironmentId } from '../../lib/catalog/environments';
import EnvironmentSelect from '../EnvironmentSelect';
import SourcesDetails from '../SourcesDetails';
import CalicoVersionSelect from '../CalicoVersionSelect';
import type { CalicoMinor } from '../../lib/facts';
import { upgradeActionLabel, upgradeSummary } from '../../lib/words/upgrade';
import {
	defaultUpgradeRange,
	upgradeRangeFromUrl,
	withUpgradeRange,
} from '../../lib/url/upgrade-range';
import '../check/check.css';

/** One change the upgrade brings, with what to do and its sources. */
function Item({ item }: { item: UpgradeItem }) {
	return (
		<li class="check-finding" data-upgrade={item.id} data-action={item.action}>
			<p class="check-message">
				<strong>{upgradeActionLabel[item.action]}</strong> {item.what}
			</p>
			{item.how && <p>{item.how}</p>}
			<SourcesDetails sources={item.sources} />
		</li>
	);
}

/** Upgrading Calico: paste a configuration, pick the releases, read what changes for it. Runs in the browser. */
export default function Upgrade() {
	const [text, setText] = useState('');
	const [env, setEnv] = useState<EnvironmentId>('on-prem');
	const [from, setFrom] = useState<CalicoMinor>(defaultUpgradeRange.from);
	const [to, setTo] = useState<CalicoMinor>(defaultUpgradeRange.to);
	const [problems, setProblems] = useState<string[]>([]);
	// The address may name the releases (?from=3.31&to=3.33); choosing others rewrites it, so a link keeps them.
	useEffect(() => {
		const range = upgradeRangeFromUrl(location.search);
		setFrom(range.from);
		setTo(range.to);
		setProblems(range.problems);
	}, []);
	const choose = (next: { from?: CalicoMinor; to?: CalicoMinor }) => {
		const range = { from: next.from ?? from, to: next.to ?? to };
		setFrom(range.from);
		setTo(range.to);
		history.replaceState(
			null,
			'',
			`${location.pathname}${withUpgradeRange(location.search, range.from, range.to)}${location.hash}`
		);
	};
	const result = useMemo(() => upgradeNotes({ text, env, from, to }), [text, env, from, to]);
	return (
		<div class="check not-content">
			{problems.length > 0 && (
				<div class="check-link-error" role="alert">
					{problems.map((problem) => (
						<p key={problem}>{problem}</p>
					))}
				</div>
			)}
			<form onSubmit={(e) => e.preventDefault()}>
				<label for="upgrade-yaml">Your configuration (YAML, optional)</label>
				<p id="upgrade-yaml-hint" class="check-hint">
					The Installation and Calico resources your cluster runs. Without them you see what the
					releases change for every cluster.
				</p>
				<textarea
					id="upgrade-yaml"
					aria-describedby="upgrade-yaml-hint"
					rows={10}
					spellcheck={false}
					autocapitalize="off"
					value={text}
					onInput={(e) => setText(e.currentTarget.value)}
				/>
				<div class="check-fields">
					<CalicoVersionSelect
						id="upgrade-from"
						label="From Calico version"
						holds={false}
						value={from}
						onChange={(minor) => choose({ from: minor })}
					/>
					<CalicoVersionSelect
						id="upgrade-to"
						label="To Calico version"
						holds={false}
						value={to}
						onChange={(minor) => choose({ to: minor })}
					/>
					<EnvironmentSelect id="upgrade-env" value={env} onChange={setEnv} />
				</div>
			</form>
			{result.ok ? (
				<>
					<p role="status" class="check-status">
						{upgradeSummary(result.from.minor, result.to.minor, result.items)}
					</p>
					<ul class="upgrade-items">
						{result.items.map((item) => (
							<Item key={item.id} item={item} />
						))}
					</ul>
				</>
			) : (
				<p role="alert" class="check-link-error">
					{result.message}
				</p>
			)}
		</div>
	);
}
