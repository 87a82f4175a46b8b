import { wholeNumber } from './errors';

/** ENI limits of an EC2 instance type, as the EKS AMI lists them. */
export interface InstanceLimits {
	type: string;
	vcpus: number;
	enis: number;
	ipv4PerEni: number;
	/** Max pods the EKS AMI sets for it without prefix delegation. */
	maxPods: number;
}

/** Instance types the guide quotes (ENIs, IPv4 addresses per ENI and max pods from amazon-eks-ami's instance list). */
export const instanceTypes: readonly InstanceLimits[] = [
	{ type: 't3.micro', vcpus: 2, enis: 2, ipv4PerEni: 2, maxPods: 4 },
	{ type: 't3.small', vcpus: 2, enis: 3, ipv4PerEni: 4, maxPods: 11 },
	{ type: 't3.medium', vcpus: 2, enis: 3, ipv4PerEni: 6, maxPods: 17 },
	{ type: 't3.large', vcpus: 2, enis: 3, ipv4PerEni: 12, maxPods: 35 },
	{ type: 'm5.large', vcpus: 2, enis: 3, ipv4PerEni: 10, maxPods: 29 },
	{ type: 'c5.large', vcpus: 2, enis: 3, ipv4PerEni: 10, maxPods: 29 },
	{ type: 'm6i.large', vcpus: 2, enis: 3, ipv4PerEni: 10, maxPods: 29 },
	{ type: 'm5.xlarge', vcpus: 4, enis: 4, ipv4PerEni: 15, maxPods: 58 },
	{ type: 'c5.xlarge', vcpus: 4, enis: 4, ipv4PerEni: 15, maxPods: 58 },
	{ type: 'm5.4xlarge', vcpus: 16, enis: 8, ipv4PerEni: 30, maxPods: 234 },
	{ type: 'c5.4xlarge', vcpus: 16, enis: 8, ipv4PerEni: 30, maxPods: 234 },
	{ type: 'c5.18xlarge', vcpus: 72, enis: 15, ipv4PerEni: 50, maxPods: 737 },
];

/** What the pods-per-node calculator needs. */
export interface AwsPodsInput {
	enis: number;
	ipv4PerEni: number;
	/** VPC CNI prefix delegation (v1.9+, Nitro instances only). Default false. */
	prefixDelegation?: boolean;
	/** vCPUs of the instance; with prefix delegation, EKS caps max pods at 110 up to 30 vCPUs and 250 above. */
	vcpus?: number;
}

/** What the pods-per-node calculator answers. */
export interface AwsPodsResult {
	/** Pods the ENIs can address. */
	fromEnis: number;
	/** Max pods after EKS's cap (equal to `fromEnis` when no cap applies). */
	maxPods: number;
	/** The cap that applied, or null. */
	cap: number | null;
	/** The formula with the numbers filled in. */
	formula: string;
}

/** The cap EKS's max-pods calculator puts on prefix-delegated nodes. */
export function prefixDelegationCap(vcpus: number): number {
	return vcpus <= 30 ? 110 : 250;
}

/** Max pods per node with the Amazon VPC CNI: ENIs × (IPv4 per ENI − 1) + 2, or × 16 per slot with prefix delegation. */
export function awsMaxPods(input: AwsPodsInput): AwsPodsResult {
	const enis = wholeNumber('enis', 'The number of ENIs', input.enis, 1, 100);
	const ipv4PerEni = wholeNumber('ipv4PerEni', 'IPv4 addresses per ENI', input.ipv4PerEni, 1, 100);
	if (!input.prefixDelegation) {
		const fromEnis = enis * (ipv4PerEni - 1) + 2;
		return { fromEnis, maxPods: fromEnis, cap: null, formula: `${enis} × (${ipv4PerEni} − 1) + 2 = ${fromEnis}` };
	}
	const fromEnis = enis * ((ipv4PerEni - 1) * 16) + 2;
	const formula = `${enis} × ((${ipv4PerEni} − 1) × 16) + 2 = ${fromEnis}`;
	if (input.vcpus === undefined) return { fromEnis, maxPods: fromEnis, cap: null, formula };
	const cap = prefixDelegationCap(wholeNumber('vcpus', 'vCPUs', input.vcpus, 1, 1024));
	return { fromEnis, maxPods: Math.min(fromEnis, cap), cap: fromEnis > cap ? cap : null, formula };
}
