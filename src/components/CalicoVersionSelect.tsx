import type { CalicoMinor } from '../lib/facts';
import {
	answersHoldFor,
	calicoVersionChoices,
	calicoVersionLabel,
} from '../lib/words/calico-versions';

/** The labelled “Calico version” control every widget shares, with the line saying which releases its answers hold for. */
export default function CalicoVersionSelect({
	id,
	value,
	onChange,
}: {
	id: string;
	value: CalicoMinor;
	onChange: (minor: CalicoMinor) => void;
}) {
	return (
		<div class="calico-version">
			<label for={id}>{calicoVersionLabel}</label>
			<select
				id={id}
				value={value}
				aria-describedby={`${id}-holds`}
				onChange={(e) => onChange(e.currentTarget.value as CalicoMinor)}
			>
				{calicoVersionChoices.map((choice) => (
					<option key={choice.value} value={choice.value}>
						{choice.label}
					</option>
				))}
			</select>
			<p id={`${id}-holds`} class="calico-version-holds">
				{answersHoldFor(value)}
			</p>
		</div>
	);
}
