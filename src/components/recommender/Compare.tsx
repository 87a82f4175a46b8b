import { useState } from 'preact/hooks';
import { comparableWith, compareTwo, type Standing } from '../../lib/compare-two';
import type { Recommendation } from '../../lib/decide';
import { modeOfOption } from '../../lib/diagrams/modes';
import { getOption, type OptionId } from '../../lib/options';
import { PathDrawing } from './PathDrawing';

function StandingCell({ standing }: { standing: Standing }) {
	return (
		<>
			<strong class={standing.blocked ? 'rec-blocked-label' : undefined}>{standing.label}</strong>
			{standing.lines.length > 0 && (
				<ul>
					{standing.lines.map((line) => (
						<li key={line}>{line}</li>
					))}
				</ul>
			)}
		</>
	);
}

/** The pick beside any alternative (or an option a constraint rules out): every property, where each stands, their packet paths. */
export function Compare({ result, idPrefix }: { result: Recommendation; idPrefix: string }) {
	const choices = comparableWith(result);
	const [chosen, setChosen] = useState<OptionId | ''>('');
	const other = chosen && choices.includes(chosen) ? chosen : '';
	if (choices.length === 0) return null;
	const selectId = `${idPrefix}-compare`;
	const table = other ? compareTwo(result, result.pick, other) : null;
	const [a, b] = [getOption(result.pick), other ? getOption(other) : null];
	return (
		<section class="rec-compare" aria-labelledby={`${selectId}-title`}>
			<h3 id={`${selectId}-title`}>Compare side by side</h3>
			<label for={selectId}>Compare {a.name} with </label>
			<select
				id={selectId}
				value={other}
				onChange={(e) => setChosen((e.currentTarget as HTMLSelectElement).value as OptionId | '')}
			>
				<option value="">(choose an option)</option>
				{choices.map((id) => (
					<option key={id} value={id}>
						{getOption(id).name}
					</option>
				))}
			</select>
			{table && b && (
				<>
					<div
						class="rec-compare-scroll"
						tabIndex={0}
						role="region"
						aria-label={`${a.name} and ${b.name}`}
					>
						<table class="rec-compare-table">
							<thead>
								<tr>
									<th scope="col">Property</th>
									<th scope="col">{a.name}</th>
									<th scope="col">{b.name}</th>
								</tr>
							</thead>
							<tbody>
								<tr>
									<th scope="row">Against your answers</th>
									<td>
										<StandingCell standing={table.standing.a} />
									</td>
									<td>
										<StandingCell standing={table.standing.b} />
									</td>
								</tr>
								{table.rows.map((row) => (
									<tr key={row.label}>
										<th scope="row">{row.label}</th>
										<td>{row.a}</td>
										<td>{row.b}</td>
									</tr>
								))}
								<tr>
									<th scope="row">What the network must allow</th>
									<td>{table.needs.a.join(' ')}</td>
									<td>{table.needs.b.join(' ')}</td>
								</tr>
							</tbody>
						</table>
					</div>
					{modeOfOption(a.id).id === modeOfOption(b.id).id ? (
						<>
							<p>Both options move packets the same way:</p>
							<PathDrawing modeId={modeOfOption(a.id).id} copy="comparison" />
						</>
					) : (
						<div class="rec-compare-paths">
							<PathDrawing modeId={modeOfOption(a.id).id} copy="comparison" />
							<PathDrawing modeId={modeOfOption(b.id).id} copy="comparison" />
						</div>
					)}
				</>
			)}
		</section>
	);
}
