import { eksComputeNotes } from '../catalog/aws-notes';
import type { EnvironmentId } from '../catalog/environments';
import type { DistributionId } from '../catalog/distributions';
import { optionNotes } from '../catalog/option-notes';
import { getOption, underlayFor, type OptionId } from '../catalog/options';
import type { Answers } from '../catalog/questions';
import { facts, newestRelease, type Release } from '../facts';
import { liveMigrationLeftOut, wantsLiveMigration } from './kubevirt';
import { loadBalancerUnannounced, loadBalancerWay } from './load-balancer';
import { nftablesNotes, wantsNftables } from './nftables';
import { aksCreateStep, aksPaths, type AksPath } from './aks';
import { generateConfig } from './generate';
import { noCalicoReason } from './no-calico';
import { configHeader } from './header';
import { extraSteps, leftOutWishes, wantsEbpf, type ExtraStep } from './steps';

/** What a configuration sheet is made from: the pick, where it runs, the answers, the day, and the link back. */
export interface ConfigSheetInput {
	option: OptionId;
	env: EnvironmentId;
	answers: Answers;
	/** YYYY-MM-DD; the browser passes today. */
	date: string;
	/** The full address of the recommender that reproduces the configuration. */
	link: string;
	/** The Calico release the sheet is for; the newest when left out. */
	release?: Release;
	/** How the cluster is installed; shapes the pool, the provider and what the distribution needs. */
	distribution?: DistributionId;
}

/** The Azure-managed way of running Calico on AKS: one command, nothing to apply. */
export interface AzureManagedWay extends AksPath {
	steps: ExtraStep[];
	/** What this way leaves out of what the reader asked for, and why. */
	notes: string[];
}

/** What every sheet carries besides its YAML or the reason there is none. */
interface SheetParts {
	steps: ExtraStep[];
	notes: string[];
	/** On AKS: the Azure-managed way, offered beside (or instead of) the YAML and steps. */
	azureManaged?: AzureManagedWay;
	/** On AKS: the heading of the way the YAML and steps belong to, when there are two ways. */
	selfManaged?: AksPath;
}

/** Everything the reader takes away for one pick: the headed YAML (or why there is none), the steps, the notes. */
export type ConfigSheet =
	| ({ supported: true; yaml: string } & SheetParts)
	| ({ supported: false; reason: string } & SheetParts);

function azureManagedWay(input: ConfigSheetInput, path: AksPath, alone: boolean): AzureManagedWay {
	const notes: string[] = [];
	if (!alone && input.answers.wireguard === 'yes')
		notes.push(
			'Left out here: WireGuard encryption. Azure-managed Calico offers no Calico resources to turn it on with; take the self-managed way for it.'
		);
	if (alone && input.answers.windows === 'yes')
		notes.push(
			'Left out here: Windows nodes. On kubenet, AKS runs Calico on Linux node pools only; Windows node pools with Calico need the Azure CNI.'
		);
	return { ...path, steps: [aksCreateStep(input.option, 'azure-managed')], notes };
}

/** What the setup answers add to the notes: nftables, LoadBalancer addresses nothing would announce, live migration the pick cannot give. */
function setupNotes(option: OptionId, answers: Answers, release: Release): string[] {
	const notes = nftablesNotes(option, answers, release);
	if (loadBalancerWay(option, answers, release) === 'none')
		notes.push(loadBalancerUnannounced(release));
	if (answers.kubevirt === 'yes' && !wantsLiveMigration(option, answers, release))
		notes.push(liveMigrationLeftOut(option, release));
	return notes;
}

/**
 * The configuration for a pick as the reader copies it: `generateConfig`'s YAML under `configHeader`'s comment
 * block (dual stack, the Windows dataplane and `linuxDataplane: BPF` as the answers ask), the `extraSteps`, and the
 * remaining notes, with every wish that could not be met named and explained. A note that a step's `why` already
 * says is left out, so the panel does not say it twice. On AKS, the Azure-managed way comes beside the self-managed
 * one (or alone, on kubenet, where it is the only way).
 */
export function configSheet(input: ConfigSheetInput): ConfigSheet {
	// A distribution is Kubernetes the reader installs: no managed service's steps apply.
	const answers: Answers = input.distribution ? { ...input.answers, managed: 'no' } : input.answers;
	const release = input.release ?? newestRelease;
	const absent = noCalicoReason(input.env, answers);
	if (absent) return { supported: false, reason: absent, steps: [], notes: [] };
	const migrates = wantsLiveMigration(input.option, answers, release);
	const config = generateConfig({
		option: input.option,
		env: input.env,
		managed: answers.managed,
		...(input.distribution ? { distribution: input.distribution } : {}),
		ipv6: answers.ipv6 === 'yes',
		windows: answers.windows === 'yes',
		...(input.release ? { release: input.release } : {}),
		...(wantsEbpf(input.option, answers) ? { linuxDataplane: 'BPF' as const } : {}),
		...(wantsNftables(input.option, answers) ? { linuxDataplane: 'Nftables' as const } : {}),
		...(migrates ? { policySetupTimeout: facts.kubevirtPolicySetupTimeout.value } : {}),
	});
	const steps = extraSteps(input.option, input.env, answers, release);
	const compute = input.env === 'aws' ? eksComputeNotes(answers) : [];
	const notes = [
		...compute,
		...leftOutWishes(input.option, answers),
		...setupNotes(input.option, answers, release),
		...config.notes.filter((note) => !steps.some((step) => step.why.startsWith(note))),
	];
	const paths = aksPaths(input.option, answers);
	const managed = paths.find((path) => path.id === 'azure-managed');
	const self = paths.find((path) => path.id === 'self-managed');
	const aks: Pick<SheetParts, 'azureManaged' | 'selfManaged'> = {
		...(managed ? { azureManaged: azureManagedWay(input, managed, !self) } : {}),
		...(managed && self ? { selfManaged: self } : {}),
	};
	if (managed && !self)
		return {
			supported: false,
			reason:
				'Only Azure installs Calico on this kind of AKS cluster, so there is no Installation of your own to apply: create the cluster with Azure-managed Calico as shown.',
			steps,
			// Only what holds for a cluster Azure sets up: the generator's notes are about an Installation.
			notes: [
				...leftOutWishes(input.option, answers),
				...underlayFor(getOption(input.option), input.env, input.release),
				...optionNotes[input.option],
			],
			...aks,
		};
	if (!config.supported) return { supported: false, reason: config.reason, steps, notes, ...aks };
	const header = configHeader({ ...input, alsoNeeded: steps.map((step) => step.title) });
	return { supported: true, yaml: header + config.yaml, steps, notes, ...aks };
}
