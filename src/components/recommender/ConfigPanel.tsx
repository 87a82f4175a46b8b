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
	const [copied, setCopied] = useState(false);
	const config = generateConfig({ option, env, managed });
	const copy = async () => {
		if (!config.supported) return;
		await navigator.clipboard.writeText(config.yaml);
		setCopied(true);
		setTimeout(() => setCopied(false), 2000);
	};
	return (
		<section class="rec-config" aria-label="Configuration to start from">
			<h3>Configuration to start from</h3>
			{config.supported ? (
				<>
					<pre class="rec-yaml" tabIndex={0} aria-label="Tigera operator configuration (YAML)">
						<code>{config.yaml}</code>
					</pre>
					<button type="button" class="rec-button" onClick={copy}>
						{copied ? 'Copied' : 'Copy YAML'}
					</button>
					<span class="sr-only" role="status">
						{copied ? 'Configuration copied to the clipboard.' : ''}
					</span>
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
