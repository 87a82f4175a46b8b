import { environments, type EnvironmentId } from '../catalog/environments';
import {
	getDistribution,
	type CalicoInstaller,
	type DistributionId,
} from '../catalog/distributions';
import { getOption, type OptionId } from '../catalog/options';
import { decide } from '../recommender/decide';
import { installSteps } from '../recommender/install';
import { recommenderPage } from '../url/state';
import { distributionSourcesOf } from '../facts/distributions';
import type { Source } from '../facts';

/** How each installer reads on a distribution's page. */
const installerWords: Record<CalicoInstaller, string> = {
	operator: 'You apply the Tigera operator and its Installation',
	'bundled-operator':
		'The distribution installs the tigera-operator chart itself; you change it through the distribution',
	'own-manifests':
		'The distribution installs Calico from manifests of its own, with settings of its own',
};

/** One row of a distribution's table: what it is, and its value there. */
export interface DistributionFactRow {
	label: string;
	value: string;
}

/** One pick the recommender makes somewhere with this distribution, and what installing it takes. */
export interface DistributionPick {
	option: OptionId;
	name: string;
	/** The environments where nothing answered leads to this pick, with the recommender link for each. */
	where: { env: EnvironmentId; name: string; href: string }[];
	/** What installing it takes on the distribution, beyond turning Calico on (said once, above). */
	steps: string[];
}

/** What a distribution's page shows: its table, the recommender's default pick per environment, and the sources. */
export interface DistributionPage {
	name: string;
	selectCalico: string;
	rows: DistributionFactRow[];
	picks: DistributionPick[];
	sources: Source[];
}

/** The content of a distribution's page, from the catalog and the recommender. */
export function distributionPage(id: DistributionId): DistributionPage {
	const d = getDistribution(id);
	const rows: DistributionFactRow[] = [
		{ label: 'Pod CIDR when none is given', value: d.podCidr ?? 'None: you must give one' },
		{ label: 'Where to set it', value: d.podCidrSetting },
		{ label: 'Who installs Calico', value: installerWords[d.installer] },
		{ label: 'kubernetesProvider in the Installation', value: d.provider ?? 'Left out' },
		{
			label: 'The operator checks the pool against the pod CIDR',
			value: d.operatorChecksPool ? 'Yes: a pool outside it is refused' : 'No',
		},
		{
			label: 'Container IP forwarding',
			value: d.containerIpForwarding ? 'Needed: containerIPForwarding: Enabled' : 'Not needed',
		},
		{
			label: 'Calico it installs itself',
			value: d.bundledCalico ?? 'None: you choose the release',
		},
	];
	const picks = new Map<OptionId, DistributionPick>();
	for (const env of environments) {
		const result = decide(env.id, {}, undefined, id);
		const entry = picks.get(result.pick) ?? {
			option: result.pick,
			name: getOption(result.pick).name,
			where: [],
			steps: installSteps(result).filter((step) => step !== d.selectCalico),
		};
		entry.where.push({
			env: env.id,
			name: env.name,
			href: recommenderPage(env.id, {}, undefined, id),
		});
		picks.set(result.pick, entry);
	}
	return {
		name: d.name,
		selectCalico: d.selectCalico,
		rows,
		picks: [...picks.values()],
		sources: distributionSourcesOf(d.facts),
	};
}
