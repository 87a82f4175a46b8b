import { compareTwo, type Standing } from '../../lib/recommender/compare';
import type { Recommendation } from '../../lib/recommender/decide';
import { modeNameOfOption } from '../../lib/diagrams/mode-names';
import { getOption, type OptionId } from '../../lib/catalog/options';
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

/** Two options side by side: where each stands against the answers, every property, what each needs, their packet paths. */
export function CompareTable({ result, other }: { result: Recommendation; other: OptionId }) {
	const table = compareTwo(result, result.pick, other);
	const [a, b] = [getOption(result.pick), getOption(other)];
	return (
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
			{modeNameOfOption(a.id).id === modeNameOfOption(b.id).id ? (
				<>
					<p>Both options move packets the same way:</p>
					<PathDrawing modeId={modeNameOfOption(a.id).id} copy="comparison" />
				</>
			) : (
				<div class="rec-compare-paths">
					<PathDrawing modeId={modeNameOfOption(a.id).id} copy="comparison" />
					<PathDrawing modeId={modeNameOfOption(b.id).id} copy="comparison" />
				</div>
			)}
		</>
	);
}
