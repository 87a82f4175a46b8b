import type { CalicoMinor } from '../lib/facts';
import {
	answersHoldFor,
	calicoVersionChoices,
	calicoVersionLabel,
} from '../lib/words/calico-versions';

/**
 * The labelled “Calico version” control every widget shares, with the line saying which releases its answers
 * hold for; the upgrade page names its two “From” and “To” and leaves that line out.
 */
export default function CalicoVersionSelect({
	id,
	value,
	onChange,
	label = calicoVersionLabel,
	holds = true,
}: {
	id: string;
	value: CalicoMinor;
	onChange: (minor: CalicoMinor) => void;
	label?: string;
	holds?: boolean;
}) {
	return (
		<div class="calico-version">
			<label for={id}>{label}</label>
			<select
				id={id}
				value={value}
				aria-describedby={holds ? `${id}-holds` : undefined}
				onChange={(e) => onChange(e.currentTarget.value as CalicoMinor)}
			>
				{calicoVersionChoices.map((choice) => (
					<option key={choice.value} value={choice.value}>
						{choice.label}
					</option>
				))}
			</select>
			{holds && (
				<p id={`${id}-holds`} class="calico-version-holds">
					{answersHoldFor(value)}
				</p>
			)}
		</div>
	);
}
