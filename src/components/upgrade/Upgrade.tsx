import { useMemo, useState } from 'preact/hooks';
import { upgradeNotes, type UpgradeItem } from '../../lib/check/upgrade';
import type { EnvironmentId } from '../../lib/catalog/environments';
import EnvironmentSelect from '../EnvironmentSelect';
import SourcesDetails from '../SourcesDetails';
import { releases, newestRelease } from '../../lib/facts/releases';
import CalicoVersionSelect from '../CalicoVersionSelect';
import type { CalicoMinor } from '../../lib/facts';
import { upgradeActionLabel, upgradeSummary } from '../../lib/words/upgrade';
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
	const [from, setFrom] = useState<CalicoMinor>(
		releases[releases.length - 2]?.minor ?? newestRelease.minor
	);
	const [to, setTo] = useState<CalicoMinor>(newestRelease.minor as CalicoMinor);
	const result = useMemo(() => upgradeNotes({ text, env, from, to }), [text, env, from, to]);
	return (
		<div class="check not-content">
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
						onChange={setFrom}
					/>
					<CalicoVersionSelect
						id="upgrade-to"
						label="To Calico version"
						holds={false}
						value={to}
						onChange={setTo}
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
