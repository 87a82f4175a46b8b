import { parseCidr, type Cidr } from '../input/cidr';
import { InputError, readNumber, isBlank } from '../input/errors';
import { withOperatorDefaults } from '../operator/validate';
import { newestRelease, readRelease, type Release } from '../facts';
import type { EnvironmentId } from '../catalog/environments';
import { isRecord, type ParsedPaste, type ParsedResource } from './parse';
import type { Answer } from '../catalog/questions';
import type { CheckInput, RuleHit } from './types';

/** Where a pool the rules look at comes from: the Installation, the operator's own default, or an IPPool resource. */
export type PoolOrigin = 'installation' | 'operator-default' | 'ippool';

/** An IP pool of the Installation, or a direct IPPool, with its CIDR parsed when it parses. */
export interface PoolView {
	/** The CIDR as written. */
	cidr: string;
	parsed: Cidr | null;
	/** The operator's encapsulation name (a direct IPPool's modes are translated to it), after the operator's defaults. */
	encapsulation: string;
	blockSize: number | undefined;
	origin: PoolOrigin;
	/** The pool's name, when it has one. */
	name: string;
	/** Where the pool is written: its resource and the path of the pool in it (none for a pool the paste does not hold). */
	at?: { resource: ParsedResource; path: string };
}

/** A direct `IPPool`, with its modes as written. */
export interface DirectPool extends PoolView {
	vxlanMode: string;
	ipipMode: string;
}

/** Everything the rules look at: the resources of the paste, read once, and the reader's context. */
export interface CheckContext {
	env: EnvironmentId;
	/** The Calico release the verdicts are for: the reader's choice, the newest by default. */
	release: Release;
	paste: ParsedPaste;
	/** The first Installation, after the operator's defaulting. */
	installation: Record<string, unknown> | null;
	/** The Installation as pasted. */
	installationAsPasted: Record<string, unknown> | null;
	cni: string;
	ipam: string;
	provider: string;
	bgp: string;
	mtu: unknown;
	clusterRoutingMode: string;
	/** The Installation's pools after the operator's defaults, with the pool it creates when none is listed. */
	pools: PoolView[];
	directPools: DirectPool[];
	/** The Installation's pools and the direct IPPools that are not copies of them: every pool the cluster runs. */
	allPools: PoolView[];
	/** The CNI and IPAM a pool runs with: the Installation's, or Calico's for IPPools pasted without one. */
	poolCni: string;
	poolIpam: string;
	/** `spec.calicoNetwork.linuxDataplane` after the operator's defaults ('' without an Installation). */
	linuxDataplane: string;
	felix: Record<string, unknown>[];
	bgpConfigs: Record<string, unknown>[];
	/** The specs of the IPAMConfiguration (or IPAMConfig) resources. */
	ipamConfigs: Record<string, unknown>[];
	/** Nodes in the cluster: the reader's count, else the nodes the paste holds (Calico or Kubernetes Nodes). */
	nodes: number | null;
	/** True when `nodes` was counted from the paste rather than given. */
	nodesCounted: boolean;
	podsPerNode: number | null;
	serviceCidr: Cidr | null;
	nodeCidr: Cidr | null;
	windows: Answer;
	ipv6: Answer;
	/** Findings about the reader's context fields. */
	contextHits: RuleHit[];
}

const text = (value: unknown) =>
	typeof value === 'string' || typeof value === 'number' ? String(value) : '';
const spec = (resource: ParsedResource | Record<string, unknown>) => {
	const value = 'kind' in resource && 'value' in resource ? resource.value : resource;
	return isRecord(value) && isRecord(value.spec) ? value.spec : {};
};

function parsedCidr(value: string): Cidr | null {
	try {
		return parseCidr(value);
	} catch {
		return null;
	}
}

function poolView(
	pool: Record<string, unknown>,
	encapsulation: string,
	origin: PoolOrigin,
	name: string,
	at?: PoolView['at']
): PoolView {
	const cidr = text(pool.cidr).trim();
	const blockSize = typeof pool.blockSize === 'number' ? pool.blockSize : undefined;
	return {
		cidr,
		parsed: parsedCidr(cidr),
		encapsulation,
		blockSize,
		origin,
		name,
		...(at ? { at } : {}),
	};
}

/** The Installation's pools, and the direct IPPools that are not copies of them. */
function unionOfPools(pools: PoolView[], directPools: DirectPool[]): PoolView[] {
	const owned = new Set(pools.map((pool) => pool.parsed?.text ?? pool.cidr));
	return [...pools, ...directPools.filter((pool) => !owned.has(pool.parsed?.text ?? pool.cidr))];
}

/** A direct IPPool's `vxlanMode` and `ipipMode`, as the operator's encapsulation name. */
export function encapsulationOfModes(vxlanMode: string, ipipMode: string): string {
	const wrapper =
		vxlanMode && vxlanMode !== 'Never' ? 'VXLAN' : ipipMode && ipipMode !== 'Never' ? 'IPIP' : '';
	if (!wrapper) return 'None';
	const mode = wrapper === 'VXLAN' ? vxlanMode : ipipMode;
	return mode === 'CrossSubnet' ? `${wrapper}CrossSubnet` : wrapper;
}

function contextNumber(value: unknown, label: string, hits: RuleHit[], min: number): number | null {
	if (value === undefined || value === null || isBlank(value)) return null;
	const number = readNumber(value);
	if (typeof number === 'number' && Number.isInteger(number) && number >= min && number <= 1e6)
		return number;
	hits.push({
		key: label,
		message: `${label} must be a whole number from ${min} to 1,000,000 (got ${JSON.stringify(value)}); it was left out of the checks.`,
		reason: 'The checks that need it were skipped.',
	});
	return null;
}

function contextCidr(value: unknown, label: string, hits: RuleHit[]): Cidr | null {
	if (typeof value !== 'string' || !value.trim()) return null;
	try {
		return parseCidr(value, label);
	} catch (error) {
		hits.push({
			key: label,
			message: `${label}: ${error instanceof InputError ? error.message : 'not a CIDR.'}`,
			reason: 'The overlap check for it was skipped.',
		});
		return null;
	}
}

/** The reader's node count, or the nodes of the paste when the reader gave none. */
function nodeCount(given: number | null, paste: ParsedPaste) {
	const counted = given === null && paste.nodes.length > 0;
	return { nodes: counted ? paste.nodes.length : given, nodesCounted: counted };
}

/** Reads the paste's resources and the reader's context into what the rules need; never throws. */
export function buildContext(input: CheckInput, paste: ParsedPaste): CheckContext {
	const contextHits: RuleHit[] = [];
	// The pool calico-node would create from its environment exists only while no IPv4 pool does.
	const ippools = paste.resources.filter((r) => r.kind === 'IPPool');
	const pasted = ippools.filter((r) => !r.synthetic);
	const directPools: DirectPool[] = (pasted.length ? pasted : ippools).map((r) => {
		const ps = spec(r);
		const vxlanMode = text(ps.vxlanMode);
		const ipipMode = text(ps.ipipMode);
		const metadata = isRecord(r.value.metadata) ? r.value.metadata : {};
		return {
			...poolView(ps, encapsulationOfModes(vxlanMode, ipipMode), 'ippool', text(metadata.name), {
				resource: r,
				path: 'spec',
			}),
			vxlanMode,
			ipipMode,
		};
	});
	const first = paste.resources.find((r) => r.kind === 'Installation');
	let installation: Record<string, unknown> | null = null;
	if (first) {
		try {
			// Pasted IPPools stand for pools the cluster has: the operator then creates none of its own.
			const defaulted = withOperatorDefaults(first.value, {
				clusterHasPools: directPools.length > 0,
			});
			installation = isRecord(defaulted) ? defaulted : first.value;
		} catch {
			installation = first.value;
		}
	}
	const s = installation ? spec(installation) : {};
	const cni = isRecord(s.cni) ? s.cni : {};
	const network = isRecord(s.calicoNetwork) ? s.calicoNetwork : {};
	const pastedNetwork = first ? spec(first).calicoNetwork : undefined;
	const listed = isRecord(pastedNetwork) && pastedNetwork.ipPools != null;
	const rawPools = Array.isArray(network.ipPools) ? network.ipPools : [];
	// A listed pool points at its entry; the operator's default pool at calicoNetwork, where it would be listed.
	const poolAt = (i: number) =>
		first
			? {
					resource: first,
					path: listed ? `spec.calicoNetwork.ipPools[${i}]` : 'spec.calicoNetwork',
				}
			: undefined;
	const pools = rawPools.flatMap((pool, i) =>
		isRecord(pool)
			? [
					poolView(
						pool,
						text(pool.encapsulation),
						listed ? 'installation' : 'operator-default',
						text(pool.name),
						poolAt(i)
					),
				]
			: []
	);
	const cniType = text(cni.type);
	const ipamType = isRecord(cni.ipam) ? text(cni.ipam.type) : '';
	const read = readRelease(input.calico);
	if (!read.ok)
		contextHits.push({
			key: 'calico',
			message: read.message,
			reason: `The checker answered for the newest release, Calico ${newestRelease.minor}, instead.`,
		});
	return {
		env: input.env,
		release: read.ok ? read.release : newestRelease,
		paste,
		installation,
		installationAsPasted: first?.value ?? null,
		cni: cniType,
		ipam: ipamType,
		provider: text(s.kubernetesProvider),
		bgp: text(network.bgp),
		mtu: network.mtu,
		clusterRoutingMode: text(network.clusterRoutingMode),
		pools,
		directPools,
		allPools: unionOfPools(pools, directPools),
		// IPPools with no Installation are a manifest install: Calico's CNI and IPAM.
		poolCni: installation ? cniType : 'Calico',
		poolIpam: installation ? ipamType : 'Calico',
		linuxDataplane: text(network.linuxDataplane),
		felix: paste.resources.filter((r) => r.kind === 'FelixConfiguration').map(spec),
		bgpConfigs: paste.resources.filter((r) => r.kind === 'BGPConfiguration').map(spec),
		ipamConfigs: paste.resources
			.filter((r) => r.kind === 'IPAMConfiguration' || r.kind === 'IPAMConfig')
			.map(spec),
		...nodeCount(contextNumber(input.nodes, 'Nodes', contextHits, 1), paste),
		podsPerNode: contextNumber(input.podsPerNode, 'Pods per node', contextHits, 1),
		serviceCidr: contextCidr(input.serviceCidr, 'Service CIDR', contextHits),
		nodeCidr: contextCidr(input.nodeCidr, 'Node network', contextHits),
		windows: input.windows ?? 'unsure',
		ipv6: input.ipv6 ?? 'unsure',
		contextHits,
	};
}
