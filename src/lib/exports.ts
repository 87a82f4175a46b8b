import { overheadBytes } from './encapsulation';
import { environments } from './environments';
import { decisionTable } from './decision-table';
import { calicoVersion, factsChecked } from './facts';
import { formatDetails, options } from './options';
import { answerValues, questions, questionsByEnvironment } from './questions';

/** Version of the JSON export format; bump it when a field changes meaning or goes away. */
export const exportFormatVersion = 1;

/** The body of `/api/options.json`: every option with its tuple and properties. */
export function optionsExport() {
	return {
		version: exportFormatVersion,
		calicoVersion,
		factsChecked,
		options: options.map((option) => {
			const wrapper = option.encapsulation.wrapper;
			return {
				id: option.id,
				name: option.name,
				summary: option.summary,
				details: formatDetails(option.tuple),
				tuple: option.tuple,
				environments: option.environments,
				recommendable: option.recommendable,
				properties: {
					routable: option.routable,
					reach: option.reach,
					encapsulation: {
						scope: option.encapsulation.scope,
						wrapper: wrapper ?? null,
						by: option.encapsulation.by ?? null,
						overheadBytes: wrapper
							? { ipv4: overheadBytes[wrapper][4], ipv6: overheadBytes[wrapper][6] }
							: { ipv4: 0, ipv6: 0 },
					},
					needsBgp: option.needsBgp,
					routes: option.routes,
					underlay: option.underlay,
					cloudDependency: option.cloudDependency,
					requiresManaged: option.requiresManaged ?? null,
					installable: option.installable,
					retiring: option.retiring ?? null,
					addresses: option.addresses,
					podDensity: option.podDensity,
				},
				notes: option.notes,
				sources: option.sources,
			};
		}),
	};
}

/** The body of `/api/decision-table.json`: for every environment, every combination of answers and the result. */
export function decisionTableExport() {
	return {
		version: exportFormatVersion,
		calicoVersion,
		factsChecked,
		answers: answerValues,
		questions: questions.map(({ id, text }) => ({ id, text })),
		environments: environments.map((env) => ({
			id: env.id,
			name: env.name,
			questions: questionsByEnvironment[env.id],
			rows: decisionTable(env.id).map(
				({ answers, pick, alternatives, reasons, tradeoffs, differences }) => ({
					answers,
					pick,
					alternatives,
					reasons,
					tradeoffs,
					differences,
				})
			),
		})),
	};
}
