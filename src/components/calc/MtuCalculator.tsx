import { useState } from 'preact/hooks';
import {
	commonUnderlays,
	mtuIpFamilies,
	overheadMadeOf,
	podMtu,
	podMtuWorking,
	underlayPresetFor,
	type MtuEncapsulation,
	type MtuIpFamily,
} from '../../lib/calc/mtu';
import { Field, Output, Warnings } from './field-and-answer';
import { runCalc } from './run-calc';
import { useShownBeforeHydration } from './typed-before-hydration';
import './calc.css';

/** Pod MTU from the underlay MTU and the wrappers in use, with each overhead named. */
export default function MtuCalculator({ id = 'mtu' }: { id?: string }) {
	const [underlay, setUnderlay] = useState('1500');
	const [encapsulation, setEncapsulation] = useState<MtuEncapsulation>('vxlan');
	const [ipVersion, setIpVersion] = useState<MtuIpFamily>(4);
	const [wireguard, setWireguard] = useState(false);
	const [aks, setAks] = useState(false);
	const { result, error } = runCalc(() =>
		podMtu({ underlayMtu: underlay, encapsulation, ipVersion, wireguard, aks })
	);
	const preset = underlayPresetFor(underlay, aks);
	const choosePreset = (presetId: string) => {
		const u = commonUnderlays.find((c) => c.id === presetId);
		if (u) {
			setUnderlay(String(u.mtu));
			setAks(u.aks);
		}
	};
	const root = useShownBeforeHydration(
		id,
		{ preset, underlayMtu: underlay, enc: encapsulation, ip: String(ipVersion), wireguard, aks },
		(shown) => {
			if (typeof shown.preset === 'string') choosePreset(shown.preset);
			if (typeof shown.underlayMtu === 'string') setUnderlay(shown.underlayMtu);
			if (typeof shown.enc === 'string') setEncapsulation(shown.enc as MtuEncapsulation);
			if (typeof shown.ip === 'string')
				setIpVersion(shown.ip === 'dual' ? 'dual' : shown.ip === '6' ? 6 : 4);
			if (typeof shown.wireguard === 'boolean') setWireguard(shown.wireguard);
			if (typeof shown.aks === 'boolean') setAks(shown.aks);
		}
	);

	return (
		<div class="calc not-content" data-calc="mtu" ref={root}>
			<div class="calc-fields">
				<div>
					<label for={`${id}-preset`}>Common networks</label>
					<select
						id={`${id}-preset`}
						value={preset}
						onChange={(e) => choosePreset(e.currentTarget.value)}
					>
						<option value="">Custom</option>
						{commonUnderlays.map((u) => (
							<option value={u.id} key={u.id}>
								{u.label} ({u.mtu})
							</option>
						))}
					</select>
				</div>
				<Field
					id={id}
					name="underlayMtu"
					label="Underlay MTU (bytes)"
					value={underlay}
					error={error}
					onInput={setUnderlay}
				/>
				<fieldset>
					<legend>Encapsulation</legend>
					{(['none', 'vxlan', 'ipip'] as const).map((value) => (
						<label key={value}>
							<input
								type="radio"
								name={`${id}-enc`}
								value={value}
								checked={encapsulation === value}
								onChange={() => setEncapsulation(value)}
							/>{' '}
							{value === 'none' ? 'None' : value === 'vxlan' ? 'VXLAN' : 'IP-in-IP'}
						</label>
					))}
				</fieldset>
				<fieldset>
					<legend>Pod traffic</legend>
					{mtuIpFamilies.map(({ value, label }) => (
						<label key={value}>
							<input
								type="radio"
								name={`${id}-ip`}
								value={String(value)}
								checked={ipVersion === value}
								onChange={() => setIpVersion(value)}
							/>{' '}
							{label}
						</label>
					))}
				</fieldset>
				<fieldset>
					<legend>Also</legend>
					<label>
						<input
							type="checkbox"
							id={`${id}-wireguard`}
							checked={wireguard}
							onChange={(e) => setWireguard(e.currentTarget.checked)}
						/>{' '}
						WireGuard
					</label>
					<label>
						<input
							type="checkbox"
							id={`${id}-aks`}
							checked={aks}
							onChange={(e) => setAks(e.currentTarget.checked)}
						/>{' '}
						On AKS
					</label>
				</fieldset>
			</div>
			<Output id={id} result={result} error={error}>
				{(result) => (
					<>
						<p class="calc-answer" data-result={result.podMtu}>
							Pod MTU: {result.podMtu}
						</p>
						{result.overheads.length > 0 && (
							<table>
								<caption class="sr-only">Overheads</caption>
								<thead>
									<tr>
										<th scope="col">Overhead</th>
										<th scope="col">Made of</th>
										<th scope="col" class="num">
											Bytes
										</th>
									</tr>
								</thead>
								<tbody>
									{result.overheads.map((o) => (
										<tr key={o.name}>
											<th scope="row">{o.name}</th>
											<td>{overheadMadeOf(o)}</td>
											<td class="num">{o.bytes}</td>
										</tr>
									))}
								</tbody>
							</table>
						)}
						<p>{podMtuWorking(result)}</p>
						<Warnings list={result.warnings} />
					</>
				)}
			</Output>
		</div>
	);
}
