import { environments, type EnvironmentId } from '../lib/catalog/environments';

/** The labelled “Where the cluster runs” list the checker and the upgrade page share. */
export default function EnvironmentSelect({
	id,
	value,
	onChange,
}: {
	id: string;
	value: EnvironmentId;
	onChange: (env: EnvironmentId) => void;
}) {
	return (
		<div>
			<label for={id}>Where the cluster runs</label>
			<select
				id={id}
				value={value}
				onChange={(e) => onChange(e.currentTarget.value as EnvironmentId)}
			>
				{environments.map((e) => (
					<option key={e.id} value={e.id}>
						{e.name}
					</option>
				))}
			</select>
		</div>
	);
}
