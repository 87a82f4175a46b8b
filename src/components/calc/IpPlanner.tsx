import { useState } from 'preact/hooks';
import { planAddresses } from '../../lib/calc/ip-plan';
import { Field, Output, Warnings } from './parts';
import { numberFrom, runCalc } from './useCalc';
import './calc.css';

const n = (value: number) => value.toLocaleString('en-US');

/** How Calico IPAM blocks and host-local /24s spend a pod pool for a cluster's size. */
export default function IpPlanner({ id = 'ipplan' }: { id?: string }) {
	const [pool, setPool] = useState('192.168.0.0/16');
	const [nodes, setNodes] = useState('100');
	const [pods, setPods] = useState('30');
	const [block, setBlock] = useState('');
	const [tunnel, setTunnel] = useState(true);
	const { result, error } = runCalc(() =>
		planAddresses({
			poolCidr: pool,
			nodes: numberFrom(nodes),
			podsPerNode: numberFrom(pods),
			blockSize: block.trim() === '' ? undefined : numberFrom(block),
			tunnel,
		})
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
				{(result) => (
					<>
						<p>
							{result.pool} holds {result.approximate ? 'about ' : ''}
							{n(result.poolAddresses)} addresses; {n(result.pods)} pods need one each.
						</p>
						<table>
							<caption class="sr-only">Calico IPAM blocks against host-local ranges</caption>
							<thead>
								<tr>
									<th scope="col">Measure</th>
									<th scope="col" class="num">
										Calico IPAM (/{result.calico.blockSize} blocks)
									</th>
									<th scope="col" class="num">
										host-local (/24 per node)
									</th>
								</tr>
							</thead>
							<tbody>
								<tr>
									<th scope="row">Addresses held by nodes</th>
									<td class="num">{n(result.calico.addressesInBlocks)}</td>
									<td class="num">
										{result.hostLocal ? n(result.hostLocal.addressesInRanges) : '—'}
									</td>
								</tr>
								<tr>
									<th scope="row">Held but unused (stranded)</th>
									<td class="num" data-stranded="calico">
										{n(result.calico.stranded)}
									</td>
									<td class="num" data-stranded="host-local">
										{result.hostLocal ? n(result.hostLocal.stranded) : '—'}
									</td>
								</tr>
								<tr>
									<th scope="row">Nodes that fit</th>
									<td class="num">
										{n(Math.floor(result.calico.blocksInPool / result.calico.blocksPerNode))}
									</td>
									<td class="num">{result.hostLocal ? n(result.hostLocal.nodesThatFit) : '—'}</td>
								</tr>
								<tr>
									<th scope="row">Per node</th>
									<td class="num">
										{result.calico.blocksPerNode} block{result.calico.blocksPerNode > 1 ? 's' : ''}{' '}
										of {n(result.calico.addressesPerBlock)}
										{result.calico.tunnelAddressesPerNode > 0 && ', one address for the tunnel'}
									</td>
									<td class="num">
										{result.hostLocal
											? `${result.hostLocal.assignablePerNode} usable of ${result.hostLocal.addressesPerNode}`
											: '—'}
									</td>
								</tr>
							</tbody>
						</table>
						{!result.hostLocal && (
							<p>
								host-local’s /24 per node is an IPv4 layout, so there is no comparison for an IPv6
								pool.
							</p>
						)}
						<Warnings list={result.warnings} />
					</>
				)}
			</Output>
		</div>
	);
}
