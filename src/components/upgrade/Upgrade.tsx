import { useMemo, useState } from 'preact/hooks';
import { upgradeNotes, type UpgradeItem } from '../../lib/check/upgrade';
import { environments, type EnvironmentId } from '../../lib/catalog/environments';
import { releases, newestRelease } from '../../lib/facts/releases';
import { calicoVersionChoices } from '../../lib/words/calico-versions';
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
			{item.sources.length > 0 && (
				<details>
					<summary>Sources</summary>
					<ul>
						{item.sources.map((s) => (
							<li key={s.url}>
								<a href={s.url}>{s.title}</a>
							</li>
						))}
					</ul>
				</details>
			)}
		</li>
	);
}

/** Upgrading Calico: paste a configuration, pick the releases, read what changes for it. Runs in the browser. */
export default function Upgrade() {
	const [text, setText] = useState('');
	const [env, setEnv] = useState<EnvironmentId>('on-prem');
	const [from, setFrom] = useState<string>(
		releases[releases.length - 2]?.minor ?? newestRelease.minor
	);
	const [to, setTo] = useState<string>(newestRelease.minor);
	const result = useMemo(() => upgradeNotes({ text, env, from, to }), [text, env, from, to]);
	const select = (id: string, label: string, value: string, set: (v: string) => void) => (
		<div>
			<label for={id}>{label}</label>
			<select id={id} value={value} onChange={(e) => set(e.currentTarget.value)}>
				{calicoVersionChoices.map((c) => (
					<option key={c.value} value={c.value}>
						{c.label}
					</option>
				))}
			</select>
		</div>
	);
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
					{select('upgrade-from', 'From Calico version', from, setFrom)}
					{select('upgrade-to', 'To Calico version', to, setTo)}
					<div>
						<label for="upgrade-env">Where the cluster runs</label>
						<select
							id="upgrade-env"
							value={env}
							onChange={(e) => setEnv(e.currentTarget.value as EnvironmentId)}
						>
							{environments.map((e) => (
								<option key={e.id} value={e.id}>
									{e.name}
								</option>
							))}
						</select>
					</div>
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
