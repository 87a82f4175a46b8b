import { useState } from 'preact/hooks';
import { planAddresses } from '../../lib/calc/ip-plan';
import { numberFrom, runCalc } from './useCalc';
import './calc.css';

const n = (value: number) => value.toLocaleString('en-US');

/** How Calico IPAM blocks and host-local /24s spend a pod pool for a cluster's size. */
export default function IpPlanner({ id = 'ipplan' }: { id?: string }) {
	const [pool, setPool] = useState('192.168.0.0/16');
	const [nodes, setNodes] = useState('100');
	const [pods, setPods] = useState('30');
	const [block, setBlock] = useState('');
	const { result, error } = runCalc(() =>
		planAddresses({ poolCidr: pool, nodes: numberFrom(nodes), podsPerNode: numberFrom(pods), blockSize: block.trim() === '' ? undefined : numberFrom(block) }),
	);
	const field = (name: string, label: string, value: string, set: (v: string) => void, type: 'text' | 'number', hint?: string) => (
		<div>
			<label for={`${id}-${name}`}>{label}</label>
			<input
				id={`${id}-${name}`}
				type={type}
				inputMode={type === 'number' ? 'numeric' : undefined}
				value={value}
				placeholder={hint}
				aria-invalid={error?.field === name}
				aria-describedby={error?.field === name ? `${id}-error` : undefined}
				onInput={(e) => set(e.currentTarget.value)}
			/>
		</div>
	);

	return (
		<div class="calc not-content" data-calc="ip-plan">
			<div class="calc-fields">
				{field('poolCidr', 'Pod pool (CIDR)', pool, setPool, 'text')}
				{field('nodes', 'Nodes', nodes, setNodes, 'number')}
				{field('podsPerNode', 'Pods per node', pods, setPods, 'number')}
				{field('blockSize', 'Calico block size (prefix)', block, setBlock, 'number', '26 (IPv4) or 122 (IPv6)')}
			</div>
			<div aria-live="polite">
				{error ? (
					<p class="calc-error" id={`${id}-error`} role="alert">
						{error.message}
					</p>
				) : (
					result && (
						<>
							<p>
								{result.pool} holds {result.approximate ? 'about ' : ''}
								{n(result.poolAddresses)} addresses; {n(result.pods)} pods need one each.
							</p>
							<table>
								<caption class="sr-only">Calico IPAM blocks against host-local ranges</caption>
								<thead>
									<tr>
										<th scope="col" />
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
										<td class="num">{result.hostLocal ? n(result.hostLocal.addressesInRanges) : '—'}</td>
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
										<td class="num">{n(Math.floor(result.calico.blocksInPool / result.calico.blocksPerNode))}</td>
										<td class="num">{result.hostLocal ? n(result.hostLocal.nodesThatFit) : '—'}</td>
									</tr>
									<tr>
										<th scope="row">Per node</th>
										<td class="num">
											{result.calico.blocksPerNode} block{result.calico.blocksPerNode > 1 ? 's' : ''} of {n(result.calico.addressesPerBlock)}
										</td>
										<td class="num">{result.hostLocal ? '253 usable of 256' : '—'}</td>
									</tr>
								</tbody>
							</table>
							{!result.hostLocal && <p>host-local’s /24 per node is an IPv4 layout, so there is no comparison for an IPv6 pool.</p>}
							{result.warnings.map((w) => (
								<p class="calc-warning" key={w}>
									{w}
								</p>
							))}
						</>
					)
				)}
			</div>
		</div>
	);
}
