import { useState } from 'preact/hooks';
import { ipPlanWords, planAddresses } from '../../lib/calc/ip-plan';
import { Field, Output, Warnings } from './field-and-answer';
import { runCalc } from './run-calc';
import './calc.css';

/** How Calico IPAM blocks and host-local /24s spend a pod pool for a cluster's size. */
export default function IpPlanner({ id = 'ipplan' }: { id?: string }) {
	const [pool, setPool] = useState('192.168.0.0/16');
	const [nodes, setNodes] = useState('100');
	const [pods, setPods] = useState('30');
	const [block, setBlock] = useState('');
	const [tunnel, setTunnel] = useState(true);
	const { result, error } = runCalc(() =>
		planAddresses({ poolCidr: pool, nodes, podsPerNode: pods, blockSize: block, tunnel })
	);
	return (
		<div class="calc not-content" data-calc="ip-plan">
			<div class="calc-fields">
				<Field
					id={id}
					name="poolCidr"
					label="Pod pool (CIDR)"
					type="text"
					value={pool}
					error={error}
					onInput={setPool}
				/>
				<Field id={id} name="nodes" label="Nodes" value={nodes} error={error} onInput={setNodes} />
				<Field
					id={id}
					name="podsPerNode"
					label="Pods per node"
					value={pods}
					error={error}
					onInput={setPods}
				/>
				<Field
					id={id}
					name="blockSize"
					label="Calico block size (prefix)"
					value={block}
					error={error}
					onInput={setBlock}
					placeholder="26 (IPv4) or 122 (IPv6)"
				/>
				<fieldset>
					<legend>Tunnel device</legend>
					<label>
						<input
							type="checkbox"
							name="tunnel"
							checked={tunnel}
							onChange={(e) => setTunnel(e.currentTarget.checked)}
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
