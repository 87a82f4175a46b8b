import { useEffect, useRef, useState } from 'preact/hooks';
import { ipPlanWords, planAddresses } from '../../lib/calc/ip-plan';
import {
	ipPlanChanges,
	ipPlanDefaults,
	ipPlanPage,
	parseIpPlanQuery,
	type IpPlanFields,
} from '../../lib/calc/ip-plan-query';
import type { IgnoredParameter } from '../../lib/url/state';
import { Field, Output, Warnings } from './field-and-answer';
import { runCalc } from './run-calc';
import { useShownBeforeHydration } from './typed-before-hydration';
import './calc.css';

/** How Calico IPAM blocks and host-local /24s spend a pod pool for a cluster's size. */
export default function IpPlanner({
	id = 'ipplan',
	syncUrl = false,
}: {
	id?: string;
	/** Read the boxes from the page address, and keep the address in step with them. */
	syncUrl?: boolean;
}) {
	const [fields, setFields] = useState<IpPlanFields>(ipPlanDefaults);
	const [ignored, setIgnored] = useState<IgnoredParameter[]>([]);
	const edited = useRef(false);
	const set =
		<K extends keyof IpPlanFields>(field: K) =>
		(value: IpPlanFields[K]) => {
			edited.current = true;
			setFields((now) => ({ ...now, [field]: value }));
		};
	const {
		poolCidr: pool,
		nodes,
		podsPerNode: pods,
		blockSize: block,
		tunnel,
		windowsNodes,
	} = fields;
	const { result, error } = runCalc(() =>
		planAddresses({
			poolCidr: pool,
			nodes,
			podsPerNode: pods,
			blockSize: block,
			tunnel,
			windowsNodes,
		})
	);

	// The server renders the defaults; the address's settings arrive once the island runs.
	useEffect(() => {
		if (!syncUrl || !location.search) return;
		const parsed = parseIpPlanQuery(location.search);
		setFields((now) => ({ ...now, ...parsed.fields }));
		setIgnored(parsed.ignored);
	}, [syncUrl]);
	// Declared after the address is read: boxes typed before the widget woke win over the address's settings.
	const root = useShownBeforeHydration(id, { ...fields }, (shown) => {
		edited.current = true;
		setFields((now) => ({ ...now, ...(shown as Partial<IpPlanFields>) }));
	});
	// Only a plan that works goes into the address, so a copied link always opens an answer.
	useEffect(() => {
		if (!syncUrl || !edited.current || error) return;
		const href = ipPlanPage(ipPlanChanges(fields)) + location.hash;
		if (href !== location.pathname + location.search + location.hash)
			history.replaceState(history.state, '', href);
	}, [fields, error, syncUrl]);

	return (
		<div class="calc not-content" data-calc="ip-plan" ref={root}>
			{ignored.length > 0 && (
				<div class="calc-notice" role="status">
					<p>Some of the address’s settings were not used:</p>
					<ul>
						{ignored.map((i, index) => (
							<li key={index}>{i.reason}</li>
						))}
					</ul>
				</div>
			)}
			<div class="calc-fields">
				<Field
					id={id}
					name="poolCidr"
					label="Pod pool (CIDR)"
					type="text"
					value={pool}
					error={error}
					onInput={set('poolCidr')}
				/>
				<Field
					id={id}
					name="nodes"
					label="Nodes"
					value={nodes}
					error={error}
					onInput={set('nodes')}
				/>
				<Field
					id={id}
					name="podsPerNode"
					label="Pods per node"
					value={pods}
					error={error}
					onInput={set('podsPerNode')}
				/>
				<Field
					id={id}
					name="blockSize"
					label="Calico block size (prefix)"
					value={block}
					error={error}
					onInput={set('blockSize')}
					placeholder="26 (IPv4) or 122 (IPv6)"
				/>
				<Field
					id={id}
					name="windowsNodes"
					label="Of them, Windows nodes"
					value={windowsNodes}
					error={error}
					onInput={set('windowsNodes')}
					placeholder="0"
				/>
				<fieldset>
					<legend>Tunnel device</legend>
					<label>
						<input
							type="checkbox"
							name="tunnel"
							id={`${id}-tunnel`}
							checked={tunnel}
							onChange={(e) => set('tunnel')(e.currentTarget.checked)}
						/>{' '}
						VXLAN, IP-in-IP or WireGuard (each node’s tunnel takes one address of its first block)
					</label>
				</fieldset>
			</div>
			<Output id={id} result={result} error={error}>
				{(result) => {
					const words = ipPlanWords(result);
					return (
						<>
							<p>{words.summary}</p>
							<table>
								<caption class="sr-only">{words.caption}</caption>
								<thead>
									<tr>
										<th scope="col">Measure</th>
										<th scope="col" class="num">
											{words.columns.calico}
										</th>
										<th scope="col" class="num">
											{words.columns.hostLocal}
										</th>
									</tr>
								</thead>
								<tbody>
									{words.rows.map((row) => (
										<tr key={row.id} data-row={row.id}>
											<th scope="row">{row.label}</th>
											<td class="num" data-stranded={row.id === 'stranded' ? 'calico' : undefined}>
												{row.calico}
											</td>
											<td
												class="num"
												data-stranded={row.id === 'stranded' ? 'host-local' : undefined}
											>
												{row.hostLocal}
											</td>
										</tr>
									))}
								</tbody>
							</table>
							{words.hostLocalNote && <p>{words.hostLocalNote}</p>}
							<Warnings list={result.warnings} />
						</>
					);
				}}
			</Output>
		</div>
	);
}
