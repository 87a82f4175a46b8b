import { facts } from '../facts';
import { getQuestion } from '../catalog/questions';
import { recommenderPage } from '../url/state';
import { InputError, isBlank, wholeNumber, type NumberInput } from '../input/errors';

/** ENI limits of an EC2 instance type, as the EKS AMI lists them. */
export interface InstanceLimits {
	type: string;
	vcpus: number;
	enis: number;
	ipv4PerEni: number;
	/** Max pods the EKS node image sets for it without prefix delegation (what self-managed nodes get). */
	maxPods: number;
}

/** Instance types the guide quotes (ENIs, IPv4 addresses per ENI and max pods from amazon-eks-ami's instance list). */
export const instanceTypes: readonly InstanceLimits[] = facts.ec2InstanceLimits.value;

/** What the pods-per-node calculator needs. */
export interface AwsPodsInput {
	enis: NumberInput;
	ipv4PerEni: NumberInput;
	/** VPC CNI prefix delegation (Nitro instances only). Default false. */
	prefixDelegation?: boolean;
	/** vCPUs of the instance: EKS caps max pods at 110 up to 30 vCPUs and 250 above. */
	vcpus?: NumberInput;
}

/** What the pods-per-node calculator answers. */
export interface AwsPodsResult {
	/** Pods the ENIs can address. */
	fromEnis: number;
	/** Max pods on a self-managed node: the ENI figure, capped by EKS's max-pods calculator with prefix delegation. */
	maxPods: number;
	/** The cap that lowered `maxPods`, or null. */
	cap: number | null;
	/** Max pods on an EKS managed node group, which is capped with or without prefix delegation; null without vCPUs. */
	managedNodeGroup: number | null;
	/** The cap that lowered `managedNodeGroup`, or null. */
	managedNodeGroupCap: number | null;
	/** The vCPU bound of the cap that applies ("up to 30" or "more than 30"); null without vCPUs. */
	capBand: string | null;
	/** The formula with the numbers filled in. */
	formula: string;
}

/** The max pods EKS allows for an instance's vCPUs (110 up to 30 vCPUs, 250 above). */
export function eksMaxPodsCap(vcpus: number): number {
	const { lowCpu, highCpu, vcpuThreshold } = facts.eksMaxPodsCap.value;
	return vcpus <= vcpuThreshold ? lowCpu : highCpu;
}

/** Max pods per node with the Amazon VPC CNI: ENIs × (IPv4 per ENI − 1) + 2, or × 16 per slot with prefix delegation, and EKS's caps. */
export function awsMaxPods(input: AwsPodsInput): AwsPodsResult {
	const enis = wholeNumber('enis', 'The number of ENIs', input.enis, 1, 100);
	const ipv4PerEni = wholeNumber('ipv4PerEni', 'IPv4 addresses per ENI', input.ipv4PerEni, 1, 100);
	const perSlot = input.prefixDelegation ? facts.prefixAddresses.value : 1;
	const fromEnis = enis * ((ipv4PerEni - 1) * perSlot) + 2;
	const formula = input.prefixDelegation
		? `${enis} × ((${ipv4PerEni} − 1) × ${perSlot}) + 2 = ${fromEnis}`
		: `${enis} × (${ipv4PerEni} − 1) + 2 = ${fromEnis}`;
	if (input.vcpus === undefined)
		return {
			fromEnis,
			maxPods: fromEnis,
			cap: null,
			managedNodeGroup: null,
			managedNodeGroupCap: null,
			capBand: null,
			formula,
		};
	const vcpus = wholeNumber('vcpus', 'vCPUs', input.vcpus, 1, 1024);
	const cap = eksMaxPodsCap(vcpus);
	const capped = fromEnis > cap;
	const threshold = facts.eksMaxPodsCap.value.vcpuThreshold;
	return {
		fromEnis,
		maxPods: input.prefixDelegation && capped ? cap : fromEnis,
		cap: input.prefixDelegation && capped ? cap : null,
		managedNodeGroup: Math.min(fromEnis, cap),
		managedNodeGroupCap: capped ? cap : null,
		capBand: vcpus <= threshold ? `up to ${threshold}` : `more than ${threshold}`,
		formula,
	};
}

/** The pods-per-node calculator's answer in words. */
export interface AwsPodsWords {
	/** Max pods on a self-managed node. */
	selfManaged: string;
	/** Max pods in an EKS managed node group; null without vCPUs. */
	managedNodeGroup: string | null;
	/** The formula with its numbers, and the EKS cap when it lowered the self-managed figure. */
	working: string;
	/** The cap of managed node groups when it lowered their figure, or null. */
	managedNodeGroupCap: string | null;
}

/** The sentences the pods-per-node calculator shows for a result. */
export function awsPodsWords(result: AwsPodsResult): AwsPodsWords {
	const capped =
		result.cap === null
			? ''
			: `, capped by EKS’s max-pods calculator at ${result.cap} for ${result.capBand} vCPUs`;
	return {
		selfManaged: `Max pods per node: ${result.maxPods} on a self-managed node`,
		managedNodeGroup:
			result.managedNodeGroup === null
				? null
				: `Max pods per node: ${result.managedNodeGroup} in an EKS managed node group`,
		working: `${result.formula}${capped}.`,
		managedNodeGroupCap:
			result.managedNodeGroupCap === null
				? null
				: `Managed node groups are capped at ${result.managedNodeGroupCap} for ${result.capBand} vCPUs, with or without prefix delegation.`,
	};
}

/** What prefix delegation needs and gives, for readers who tick it. */
export const prefixDelegationNote = `Prefix delegation needs VPC CNI ${facts.prefixDelegationCniVersion.value} or later and a Nitro instance; each address slot then holds a /28 (${facts.prefixAddresses.value} addresses).`;

/** Which nodes the reader runs: an EKS managed node group, or nodes they launch and manage themselves. */
export type NodeGroupKind = 'managed' | 'self-managed';

/** What the reader needs per node, to set against the limit. */
export interface PodsNeededInput {
	/** Pods per node the reader needs; blank or left out: not stated. */
	podsNeeded?: NumberInput;
	nodeGroup: NodeGroupKind;
}

/** A link that opens the recommender for AWS with the pod-limit question answered. */
export interface PodLimitLink {
	podLimit: 'yes' | 'no';
	href: string;
	text: string;
}

/** The pods-per-node limit set against the reader's need, and the links to the recommender that follow. */
export interface PodLimitVerdict {
	/** The limit of the nodes the reader chose. */
	limit: number;
	/** Null when the reader did not say. */
	podsNeeded: number | null;
	/** `yes` when the limit is below the need, `no` when it covers it, null when no need was given. */
	podLimit: 'yes' | 'no' | null;
	/** The comparison, or what to enter to get one, in words. */
	verdict: string;
	/** When the need is above the limit and EKS's cap set it, a sentence saying so; else null. */
	note: string | null;
	/** One link with the answer decided, or both answers to pick from when no need was given. */
	links: PodLimitLink[];
}

/** Reads the pods per node a reader needs: null when the box is blank or left out, else a whole number (an `InputError` otherwise). */
export function readPodsNeeded(value: NumberInput | undefined): number | null {
	if (value === undefined || isBlank(value)) return null;
	return wholeNumber('podsNeeded', 'Pods per node you need', value, 1, 100_000);
}

const capitalised = (text: string) => `${text[0].toUpperCase()}${text.slice(1)}`;

/** Decides the recommender's pod-limit answer from a pods-per-node result and the reader's need, with the words and links to show. */
export function podLimitVerdict(result: AwsPodsResult, input: PodsNeededInput): PodLimitVerdict {
	const managed = input.nodeGroup === 'managed';
	if (managed && result.managedNodeGroup === null)
		throw new InputError(
			'vcpus',
			'Enter the instance’s vCPUs: the limit of an EKS managed node group depends on them.'
		);
	const limit = managed ? (result.managedNodeGroup as number) : result.maxPods;
	const podsNeeded = readPodsNeeded(input.podsNeeded);
	const nodes = managed ? 'a node in an EKS managed node group' : 'a self-managed node';
	const question = getQuestion('pod-limit');
	const link = (podLimit: 'yes' | 'no', when?: string): PodLimitLink => {
		const action = `open the recommender for AWS with “${podLimit === 'yes' ? question.yesLabel : question.noLabel}”`;
		return {
			podLimit,
			href: recommenderPage('aws', { 'pod-limit': podLimit }),
			text: when ? `${when}, ${action}` : capitalised(action),
		};
	};

	if (podsNeeded === null)
		return {
			limit,
			podsNeeded,
			podLimit: null,
			verdict: `${capitalised(nodes)} runs at most ${limit} pods. Enter the pods per node you need and the calculator picks the recommender’s answer, or pick it yourself:`,
			note: null,
			links: [
				link('yes', `If ${limit} pods per node are too few`),
				link('no', `If ${limit} pods per node are enough`),
			],
		};
	const podLimit = limit < podsNeeded ? 'yes' : 'no';
	// When EKS's cap, not the ENIs, sets the figure, say so: it is the cap the reader runs into.
	const cap = managed ? result.managedNodeGroupCap : result.cap;
	return {
		limit,
		podsNeeded,
		podLimit,
		verdict:
			podLimit === 'yes'
				? `You need ${podsNeeded} pods per node, but ${nodes} runs at most ${limit}: the limit is too low.`
				: `You need ${podsNeeded} pods per node, and ${nodes} runs up to ${limit}: the limit is enough.`,
		note:
			podLimit === 'yes' && cap !== null
				? `${limit} is EKS’s cap for ${result.capBand} vCPUs, not what the ENIs allow (${result.fromEnis} with these settings).`
				: null,
		links: [link(podLimit)],
	};
}
