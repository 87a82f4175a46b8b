import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { checkConfiguration } from '../../lib/check/check';
import { moveLabels } from '../../lib/check/moves';
import { decodeShare, encodeShare, type SharedCheck } from '../../lib/check/share';
import { severities, type Finding } from '../../lib/check/types';
import type { Answer } from '../../lib/catalog/questions';
import type { EnvironmentId } from '../../lib/catalog/environments';
import EnvironmentSelect from '../EnvironmentSelect';
import SourcesDetails from '../SourcesDetails';
import { movePage } from '../../lib/migrate/ids';
import { findingPlace, findingsHeading, findingsSummary } from '../../lib/words/check-findings';
import { newestRelease, type CalicoMinor } from '../../lib/facts';
import { calicoFromUrl, withCalico } from '../../lib/url/calico';
import { releaseOf } from '../../lib/facts/releases';
import CalicoVersionSelect from '../CalicoVersionSelect';
import { useCopy, type CopyStatus } from '../use-copy';
import './check.css';

// What the status line under “Share by link” says once the link is in the address bar.
const shareWords: Record<CopyStatus, string> = {
	idle: '',
	copied: 'Link copied. It is also in the address bar.',
	failed: 'The link is in the address bar: copy it from there.',
};

/** A fix to copy, with a button that copies it. */
function Fix({ yaml, id }: { yaml: string; id: string }) {
	const { status, copy } = useCopy({ settleMs: null });
	return (
		<div class="check-fix">
			<p id={`${id}-fix`}>Fix (merge into your resource):</p>
			<pre aria-labelledby={`${id}-fix`}>
				<code>{yaml}</code>
			</pre>
			<button type="button" onClick={() => copy(yaml)}>
				{status === 'copied' ? 'Copied' : 'Copy fix'}
			</button>
		</div>
	);
}

function FindingItem({ finding }: { finding: Finding }) {
	const id = `check-${finding.id.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
	const place = findingPlace(finding);
	return (
		<li class="check-finding" data-rule={finding.rule} data-severity={finding.severity}>
			{place && <p class="check-where">{place}</p>}
			<p class="check-message">{finding.message}</p>
			<p>{finding.reason}</p>
			{finding.fix && <Fix yaml={finding.fix} id={id} />}
			{finding.move && (
				<p>
					How to make the change safely:{' '}
					<a href={movePage(finding.move)} data-move={finding.move}>
						{moveLabels[finding.move]}
					</a>
				</p>
			)}
			<SourcesDetails sources={finding.sources} />
		</li>
	);
}

const yesNoUnsure: { value: Answer; label: string }[] = [
	{ value: 'unsure', label: 'Not sure' },
	{ value: 'yes', label: 'Yes' },
	{ value: 'no', label: 'No' },
];

/** The configuration checker: paste YAML, choose the environment, read the findings. Everything runs in the browser. */
export default function Checker() {
	const [text, setText] = useState('');
	const [checkedText, setCheckedText] = useState('');
	const [env, setEnv] = useState<EnvironmentId>('on-prem');
	const [calico, setCalico] = useState<CalicoMinor>(newestRelease.minor as CalicoMinor);
	const [calicoProblem, setCalicoProblem] = useState('');
	const [nodes, setNodes] = useState('');
	const [podsPerNode, setPodsPerNode] = useState('');
	const [serviceCidr, setServiceCidr] = useState('');
	const [nodeCidr, setNodeCidr] = useState('');
	const [windows, setWindows] = useState<Answer>('unsure');
	const [ipv6, setIpv6] = useState<Answer>('unsure');
	// Why the configuration could not go into a link (too long); otherwise the link copy's status speaks.
	const [shareProblem, setShareProblem] = useState('');
	const linkCopy = useCopy({ settleMs: null });
	const [linkError, setLinkError] = useState('');
	const timer = useRef<ReturnType<typeof setTimeout>>();

	useEffect(() => {
		const fromUrl = calicoFromUrl(location.search);
		setCalico(fromUrl.release.minor as CalicoMinor);
		if (fromUrl.problem) setCalicoProblem(fromUrl.problem);
		if (!location.hash.includes('config=')) return;
		void decodeShare(location.hash).then((decoded) => {
			if (!decoded.ok) return setLinkError(decoded.message);
			const s = decoded.shared;
			setText(s.text);
			setCheckedText(s.text);
			if (s.env) setEnv(s.env);
			if (s.calico) setCalico(s.calico);
			setNodes(s.nodes ?? '');
			setPodsPerNode(s.podsPerNode ?? '');
			setServiceCidr(s.serviceCidr ?? '');
			setNodeCidr(s.nodeCidr ?? '');
			setWindows(s.windows ?? 'unsure');
			setIpv6(s.ipv6 ?? 'unsure');
		});
	}, []);

	const onText = (value: string) => {
		setText(value);
		setShareProblem('');
		linkCopy.reset();
		clearTimeout(timer.current);
		timer.current = setTimeout(() => setCheckedText(value), 400);
	};

	// What the reader told about the cluster besides the paste: checked, and shared by link, as one.
	const context = { env, calico, nodes, podsPerNode, serviceCidr, nodeCidr, windows, ipv6 };
	const result = useMemo(
		() => checkConfiguration({ text: checkedText, ...context }),
		[checkedText, env, calico, nodes, podsPerNode, serviceCidr, nodeCidr, windows, ipv6]
	);

	/** A version the reader picks goes into the address, so that a reload or a copied address keeps it. */
	const chooseCalico = (minor: CalicoMinor) => {
		setCalico(minor);
		setCalicoProblem('');
		linkCopy.reset();
		history.replaceState(
			null,
			'',
			`${location.pathname}${withCalico(location.search, releaseOf(minor))}${location.hash}`
		);
	};
	const empty = !checkedText.trim();

	const share = async () => {
		const shared: SharedCheck = { text, ...context };
		const encoded = await encodeShare(shared);
		if (!encoded.ok) {
			linkCopy.reset();
			return setShareProblem(encoded.message);
		}
		history.replaceState(null, '', `#${encoded.fragment}`);
		await linkCopy.copy(location.href);
		setShareProblem('');
	};

	const textField = (
		id: string,
		label: string,
		value: string,
		set: (v: string) => void,
		hint: string
	) => (
		<div>
			<label for={`check-${id}`}>{label}</label>
			<input
				id={`check-${id}`}
				type="text"
				value={value}
				placeholder={hint}
				onInput={(e) => set(e.currentTarget.value)}
			/>
		</div>
	);
	const choice = (id: string, legend: string, value: Answer, set: (v: Answer) => void) => (
		<fieldset>
			<legend>{legend}</legend>
			{yesNoUnsure.map((o) => (
				<label key={o.value}>
					<input
						type="radio"
						name={`check-${id}`}
						checked={value === o.value}
						onChange={() => set(o.value)}
					/>{' '}
					{o.label}
				</label>
			))}
		</fieldset>
	);

	return (
		<div class="check not-content">
			{linkError && (
				<p class="check-link-error" role="alert">
					{linkError}
				</p>
			)}
			{calicoProblem && (
				<p class="check-link-error" role="alert">
					{calicoProblem}
				</p>
			)}
			<form
				onSubmit={(e) => {
					e.preventDefault();
					clearTimeout(timer.current);
					setCheckedText(text);
				}}
			>
				<label for="check-yaml">Your configuration (YAML)</label>
				<p id="check-yaml-hint" class="check-hint">
					An operator Installation with any IPPool, FelixConfiguration, BGPConfiguration or
					IPAMConfiguration (separated by lines of <code>---</code>), Helm values for the
					tigera-operator chart, Calico’s manifest, or a <code>kubectl get -o yaml</code> dump.
				</p>
				<textarea
					id="check-yaml"
					aria-describedby="check-yaml-hint"
					rows={14}
					spellcheck={false}
					autocapitalize="off"
					value={text}
					onInput={(e) => onText(e.currentTarget.value)}
				/>
				<div class="check-fields">
					<EnvironmentSelect id="check-env" value={env} onChange={setEnv} />
					<CalicoVersionSelect id="check-calico" value={calico} onChange={chooseCalico} />
					{textField('nodes', 'Nodes (optional)', nodes, setNodes, 'e.g. 50')}
					{textField('pods', 'Pods per node (optional)', podsPerNode, setPodsPerNode, 'e.g. 30')}
					{textField(
						'service',
						'Service CIDR (optional)',
						serviceCidr,
						setServiceCidr,
						'10.96.0.0/12'
					)}
					{textField('nodenet', 'Node network (optional)', nodeCidr, setNodeCidr, '10.0.0.0/16')}
					{choice('windows', 'Windows nodes', windows, setWindows)}
					{choice('ipv6', 'Pods need IPv6', ipv6, setIpv6)}
				</div>
				<div class="check-actions">
					<button type="submit">Check</button>
					<button type="button" onClick={() => void share()} disabled={!text.trim()}>
						Share by link
					</button>
				</div>
				<p class="check-share" aria-live="polite">
					{shareProblem || shareWords[linkCopy.status]}
				</p>
			</form>
			<p role="status" class="check-status">
				{empty
					? 'Paste a configuration to check it.'
					: findingsSummary(result.counts, result.findings.length)}
			</p>
			{!empty && result.readAs && <p class="check-read-as">{result.readAs}</p>}
			{!empty && result.amountsTo && (
				<p class="check-amounts" data-option={result.amountsTo.options[0]}>
					This configuration amounts to <strong>{result.amountsTo.names.join(' or ')}</strong>:{' '}
					<a href={result.amountsTo.modePage}>its packet path</a>.
				</p>
			)}
			{!empty &&
				severities.map((severity) => {
					const list = result.findings.filter((f) => f.severity === severity);
					if (!list.length) return null;
					return (
						<section key={severity} class="check-group" data-severity={severity}>
							<h2>{findingsHeading(severity, list.length)}</h2>
							<ul>
								{list.map((f) => (
									<FindingItem key={f.id} finding={f} />
								))}
							</ul>
						</section>
					);
				})}
		</div>
	);
}
