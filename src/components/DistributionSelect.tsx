import type { DistributionId } from '../lib/catalog/distributions';
import {
	distributionChoices,
	distributionHelp,
	distributionLabel,
} from '../lib/words/distribution-choices';

/** The labelled control for how the cluster is installed, with a line on what the choice changes. */
export default function DistributionSelect({
	id,
	value,
	onChange,
}: {
	id: string;
	value: DistributionId | undefined;
	onChange: (dist: DistributionId | undefined) => void;
}) {
	return (
		<div class="calico-version rec-distribution">
			<label for={id}>{distributionLabel}</label>
			<select
				id={id}
				value={value ?? ''}
				aria-describedby={`${id}-help`}
				onChange={(e) =>
					onChange((e.currentTarget.value || undefined) as DistributionId | undefined)
				}
			>
				{distributionChoices.map((choice) => (
					<option key={choice.value} value={choice.value}>
						{choice.label}
					</option>
				))}
			</select>
			<p id={`${id}-help`} class="calico-version-holds">
				{distributionHelp(value)}
			</p>
		</div>
	);
}
