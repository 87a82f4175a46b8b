import { useState } from 'preact/hooks';
import { generateConfig } from '../../lib/config/generate';
import type { EnvironmentId } from '../../lib/environments';
import type { OptionId } from '../../lib/options';
import type { Answer } from '../../lib/questions';

/** The Tigera operator configuration for the pick, with the environment's notes and a copy button. */
export function ConfigPanel({
	option,
	env,
	managed,
}: {
	option: OptionId;
	env: EnvironmentId;
	managed?: Answer;
}) {
	const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
	const config = generateConfig({ option, env, managed });
	const copyYaml = async () => {
		if (!config.supported) return;
		try {
			// Rejects when the browser refuses; navigator.clipboard is missing outside secure pages (plain HTTP).
			await navigator.clipboard.writeText(config.yaml);
			setCopy('copied');
			setTimeout(() => setCopy((now) => (now === 'copied' ? 'idle' : now)), 2000);
		} catch {
			setCopy('failed');
		}
	};
	return (
		<section class="rec-config" aria-label="Configuration to start from">
			<h3>Configuration to start from</h3>
			{config.supported ? (
				<>
					<pre class="rec-yaml" tabIndex={0} aria-label="Tigera operator configuration (YAML)">
						<code>{config.yaml}</code>
					</pre>
					<button type="button" class="rec-button" onClick={copyYaml}>
						{copy === 'copied' ? 'Copied' : 'Copy YAML'}
					</button>
					<p class={copy === 'failed' ? 'rec-notice' : 'sr-only'} role="status">
						{copy === 'copied' && 'Configuration copied to the clipboard.'}
						{copy === 'failed' &&
							'Copying failed: the browser did not allow it. Select the YAML above and copy it by hand.'}
					</p>
				</>
			) : (
				<p>{config.reason}</p>
			)}
			<ul class="rec-notes">
				{config.notes.map((note) => (
					<li key={note}>{note}</li>
				))}
			</ul>
		</section>
	);
}
