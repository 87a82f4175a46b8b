import { useState } from 'preact/hooks';
import { raiseMaxPods } from '../../lib/catalog/aws-notes';
import {
	awsMaxPods,
	awsPodsWords,
	instanceTypes,
	podLimitVerdict,
	prefixDelegationNote,
	type NodeGroupKind,
} from '../../lib/calc/aws-pods';
import { Field, Output } from './field-and-answer';
import { runCalc } from './run-calc';
import { useShownBeforeHydration } from './typed-before-hydration';
import './calc.css';

/** Max pods per node with the Amazon VPC CNI, for a listed instance type or your own ENI figures, with and without prefix delegation. */
export default function AwsPods({ id = 'awspods' }: { id?: string }) {
	const [type, setType] = useState('m5.large');
	const [enis, setEnis] = useState('3');
	const [ips, setIps] = useState('10');
	const [vcpus, setVcpus] = useState('2');
	const [prefix, setPrefix] = useState(false);
	const [nodeGroup, setNodeGroup] = useState<NodeGroupKind>('managed');
	const [needed, setNeeded] = useState('');
	const pick = (name: string) => {
		setType(name);
		const limits = instanceTypes.find((i) => i.type === name);
		if (limits) {
			setEnis(String(limits.enis));
			setIps(String(limits.ipv4PerEni));
			setVcpus(String(limits.vcpus));
		}
	};
	const root = useShownBeforeHydration(
		id,
		{ type, enis, ipv4PerEni: ips, vcpus, prefix, 'node-group': nodeGroup, podsNeeded: needed },
		(shown) => {
			if (typeof shown.type === 'string') pick(shown.type);
			// Figures typed by hand are no listed type's, as when typed after hydrating.
			const typed: [string | boolean | undefined, (v: string) => void][] = [
				[shown.enis, setEnis],
				[shown.ipv4PerEni, setIps],
				[shown.vcpus, setVcpus],
			];
			for (const [value, set] of typed)
				if (typeof value === 'string') {
					set(value);
					setType('');
				}
			if (typeof shown.prefix === 'boolean') setPrefix(shown.prefix);
			if (shown['node-group'] === 'managed' || shown['node-group'] === 'self-managed')
				setNodeGroup(shown['node-group']);
			if (typeof shown.podsNeeded === 'string') setNeeded(shown.podsNeeded);
		}
	);
	const { result, error } = runCalc(() => {
		const pods = awsMaxPods({ enis, ipv4PerEni: ips, prefixDelegation: prefix, vcpus });
		return { pods, verdict: podLimitVerdict(pods, { podsNeeded: needed, nodeGroup }) };
	});
	// Typing figures of one's own means no listed instance type any more.
	const input = (name: string, label: string, value: string, set: (v: string) => void) => (
		<Field
			id={id}
			name={name}
			label={label}
			value={value}
			error={error}
			onInput={(v) => (set(v), setType(''))}
		/>
	);
	return (
		<div class="calc not-content" data-calc="aws-pods" ref={root}>
			<div class="calc-fields">
				<div>
					<label for={`${id}-type`}>Instance type</label>
					<select id={`${id}-type`} value={type} onChange={(e) => pick(e.currentTarget.value)}>
						<option value="">Other (enter its figures)</option>
						{instanceTypes.map((i) => (
							<option value={i.type} key={i.type}>
								{i.type}
							</option>
						))}
					</select>
				</div>
				{input('enis', 'ENIs', enis, setEnis)}
				{input('ipv4PerEni', 'IPv4 addresses per ENI', ips, setIps)}
				{input('vcpus', 'vCPUs', vcpus, setVcpus)}
				<fieldset>
					<legend>VPC CNI</legend>
					<label>
						<input
							type="checkbox"
							id={`${id}-prefix`}
							checked={prefix}
							onChange={(e) => setPrefix(e.currentTarget.checked)}
						/>{' '}
						Prefix delegation
					</label>
				</fieldset>
				<fieldset>
					<legend>Nodes</legend>
					{(
						[
							['managed', 'EKS managed node group'],
							['self-managed', 'Self-managed'],
						] as const
					).map(([value, label]) => (
						<label key={value}>
							<input
								type="radio"
								name={`${id}-node-group`}
								value={value}
								checked={nodeGroup === value}
								onChange={() => setNodeGroup(value)}
							/>{' '}
							{label}
						</label>
					))}
				</fieldset>
				<Field
					id={id}
					name="podsNeeded"
					label="Pods per node you need"
					value={needed}
					error={error}
					onInput={setNeeded}
					placeholder="Optional"
				/>
			</div>
			<Output id={id} result={result} error={error}>
				{({ pods: result, verdict }) => {
					const words = awsPodsWords(result);
					return (
						<>
							<p class="calc-answer" data-result={result.maxPods}>
								{words.selfManaged}
							</p>
							{words.managedNodeGroup !== null && (
								<p class="calc-answer" data-result-managed={result.managedNodeGroup}>
									{words.managedNodeGroup}
								</p>
							)}
							<p>{words.working}</p>
							{words.managedNodeGroupCap !== null && <p>{words.managedNodeGroupCap}</p>}
							{prefix && <p>{prefixDelegationNote}</p>}
							<p>{raiseMaxPods}</p>
							<div class="calc-next" data-pod-limit={verdict.podLimit ?? 'unstated'}>
								<p>{verdict.verdict}</p>
								{verdict.note && <p>{verdict.note}</p>}
								<ul>
									{verdict.links.map((link) => (
										<li key={link.podLimit}>
											<a href={link.href} data-pod-limit={link.podLimit}>
												{link.text}
											</a>
										</li>
									))}
								</ul>
							</div>
						</>
					);
				}}
			</Output>
		</div>
	);
}
