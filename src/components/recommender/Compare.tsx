import { useState } from 'preact/hooks';
import { comparableWith } from '../../lib/recommender/compare';
import type { Recommendation } from '../../lib/recommender/decide';
import { getOption, type OptionId } from '../../lib/catalog/options';

/** The pick beside any alternative (or an option a constraint rules out): every property, where each stands, their packet paths. */
export function Compare({ result, idPrefix }: { result: Recommendation; idPrefix: string }) {
	const choices = comparableWith(result);
	const [chosen, setChosen] = useState<OptionId | ''>('');
	// The table and its lookups load with the first choice: most readers never compare.
	const [Table, setTable] = useState<typeof import('./CompareTable').CompareTable | null>(null);
	const choose = (id: OptionId | '') => {
		setChosen(id);
		if (id && !Table) import('./CompareTable').then((m) => setTable(() => m.CompareTable));
	};
	const other = chosen && choices.includes(chosen) ? chosen : '';
	if (choices.length === 0) return null;
	const selectId = `${idPrefix}-compare`;
	const a = getOption(result.pick);
	return (
		<section class="rec-compare" aria-labelledby={`${selectId}-title`}>
			<h3 id={`${selectId}-title`}>Compare side by side</h3>
			<label for={selectId}>Compare {a.name} with </label>
			<select
				id={selectId}
				value={other}
				onChange={(e) => choose((e.currentTarget as HTMLSelectElement).value as OptionId | '')}
			>
				<option value="">(choose an option)</option>
				{choices.map((id) => (
					<option key={id} value={id}>
						{getOption(id).name}
					</option>
				))}
			</select>
			{other && Table && <Table result={result} other={other} />}
			{other && !Table && <p class="rec-path-pending">Putting the two side by side…</p>}
		</section>
	);
}
