import ipaddr from 'ipaddr.js';
import { facts } from '../facts';

/** An IP pool as read from YAML: any field may be missing or of the wrong type. */
export interface UncheckedPool {
	name?: unknown;
	cidr?: unknown;
	encapsulation?: unknown;
	natOutgoing?: unknown;
	blockSize?: unknown;
	nodeSelector?: unknown;
	allowedUses?: unknown;
	disableBGPExport?: unknown;
	[field: string]: unknown;
}

/** An `Installation` as read from YAML: any field may be missing or of the wrong type. */
export interface UncheckedInstallation {
	apiVersion?: unknown;
	kind?: unknown;
	spec?: {
		kubernetesProvider?: unknown;
		cni?: { type?: unknown; ipam?: { type?: unknown } };
		calicoNetwork?: {
			bgp?: unknown;
			linuxDataplane?: unknown;
			clusterRoutingMode?: unknown;
			ipPools?: UncheckedPool[];
			[field: string]: unknown;
		};
		[field: string]: unknown;
	};
	[field: string]: unknown;
}

/** What the operator knows that the Installation does not say. */
export interface ClusterState {
	/** The cluster already has IP pools: the operator then creates none of its own. */
	clusterHasPools?: boolean;
}

/** The IP version of a pool's CIDR as the operator parses it (host bits allowed), or null when it does not parse. */
export function poolFamily(cidr: unknown): 4 | 6 | null {
	if (typeof cidr !== 'string') return null;
	try {
		const [address] = ipaddr.parseCIDR(cidr);
		if (address.kind() === 'ipv4')
			return ipaddr.IPv4.isValidFourPartDecimal(cidr.split('/')[0] ?? '') ? 4 : null;
		return 6;
	} catch {
		return null;
	}
}

/** A field the operator treats as unset (YAML leaves it out, or writes it empty). */
const unset = (value: unknown) => value === undefined || value === null || value === '';

/** The pool the operator creates when the Installation lists none (before kubeadm's or OpenShift's pod network). */
export function operatorDefaultPool(provider: unknown): UncheckedPool {
	const name = facts.operatorDefaultPoolName.value;
	return provider === 'EKS'
		? {
				name,
				cidr: facts.eksDefaultPool.value,
				encapsulation: facts.operatorPoolEncapsulationDefault.value.eksDefaultPool,
			}
		: { name, cidr: facts.defaultPoolV4.value };
}

/** One pool with the operator's per-pool defaults (pkg/controller/ippool/defaults.go); a CIDR that does not parse gets none. */
function poolWithDefaults(
	pool: UncheckedPool,
	calicoCni: boolean,
	name: string | undefined
): UncheckedPool {
	const family = poolFamily(pool.cidr);
	const uses = Array.isArray(pool.allowedUses) && pool.allowedUses.length > 0;
	const withUses = { ...pool, allowedUses: uses ? pool.allowedUses : ['Workload', 'Tunnel'] };
	if (family === null) return withUses;
	const encapsulation = facts.operatorPoolEncapsulationDefault.value;
	return {
		...withUses,
		...(unset(pool.name) && name ? { name } : {}),
		encapsulation: unset(pool.encapsulation)
			? family === 4 && calicoCni
				? encapsulation.ipv4CalicoCni
				: encapsulation.otherwise
			: pool.encapsulation,
		natOutgoing: unset(pool.natOutgoing)
			? family === 4
				? facts.operatorNatOutgoingDefault.value
				: facts.operatorNatOutgoingDefaultV6.value
			: pool.natOutgoing,
		blockSize: unset(pool.blockSize)
			? family === 4
				? facts.blockSizeV4.value.default
				: facts.blockSizeV6.value.default
			: pool.blockSize,
		nodeSelector: unset(pool.nodeSelector)
			? facts.operatorNodeSelectorDefault.value
			: pool.nodeSelector,
	};
}

/** The operator's pools after defaulting: its own pool when none are listed, then each pool's fields. */
function poolsWithDefaults(
	pools: unknown,
	provider: unknown,
	calicoIpam: boolean,
	calicoCni: boolean,
	cluster: ClusterState
): unknown {
	if (unset(pools)) {
		if (cluster.clusterHasPools) return [];
		if (!calicoIpam) return pools;
		pools = [operatorDefaultPool(provider)];
	}
	if (!Array.isArray(pools)) return pools;
	const records = pools.filter((p): p is UncheckedPool => typeof p === 'object' && p !== null);
	const families = records.map((p) => poolFamily(p.cidr));
	// The operator names a lone pool, or each of a dual-stack pair, default-ipv4/ipv6-ippool; others after their CIDR.
	const dualStack = records.length === 2 && families.includes(4) && families.includes(6);
	const standardNames = records.length === 1 || dualStack;
	return pools.map((pool) => {
		if (typeof pool !== 'object' || pool === null || Array.isArray(pool)) return pool;
		const family = poolFamily((pool as UncheckedPool).cidr);
		const name = standardNames && family ? `default-ipv${family}-ippool` : undefined;
		return poolWithDefaults(pool as UncheckedPool, calicoCni, name);
	});
}

/**
 * Fills in what the Tigera operator fills in before it validates: the CNI and IPAM by provider, a missing
 * `calicoNetwork.bgp` (Enabled; Disabled on EKS or with a non-Calico CNI), the pool the operator creates when the
 * Installation lists none (with Calico IPAM, unless the cluster already has pools), and each pool's encapsulation,
 * natOutgoing, blockSize, nodeSelector and allowedUses. Returns a copy.
 */
export function withOperatorDefaults(resource: unknown, cluster: ClusterState = {}): unknown {
	const given = (resource ?? {}) as UncheckedInstallation;
	if (!given.spec || typeof given.spec !== 'object') return resource;
	// The CNI and its IPAM first: the BGP and pool defaults depend on the CNI.
	const { cniByProvider, ipamByCni } = facts.operatorCniDefaults.value;
	const givenCni = given.spec.cni && typeof given.spec.cni === 'object' ? given.spec.cni : {};
	const cniType =
		givenCni.type ||
		cniByProvider[given.spec.kubernetesProvider as keyof typeof cniByProvider] ||
		cniByProvider.other;
	const ipamType =
		givenCni.ipam?.type || ipamByCni[cniType as keyof typeof ipamByCni] || givenCni.ipam?.type;
	const spec = {
		...given.spec,
		cni: {
			...givenCni,
			type: cniType,
			...(ipamType ? { ipam: { ...givenCni.ipam, type: ipamType } } : {}),
		},
	};
	// The operator always has a calicoNetwork to fill in, whatever the CNI.
	const givenNetwork = spec.calicoNetwork;
	if (givenNetwork !== undefined && givenNetwork !== null && typeof givenNetwork !== 'object')
		return { ...given, spec };
	const network = givenNetwork ?? {};
	const defaults = facts.operatorBgpDefault.value;
	const calicoCni = cniType === 'Calico';
	const bgp =
		network.bgp ??
		(!calicoCni
			? defaults.nonCalicoCni
			: spec.kubernetesProvider === 'EKS'
				? defaults.eks
				: defaults.default);
	const ipPools = poolsWithDefaults(
		network.ipPools,
		spec.kubernetesProvider,
		ipamType === 'Calico',
		calicoCni,
		cluster
	);
	return {
		...given,
		spec: {
			...spec,
			calicoNetwork: { ...network, bgp, ...(ipPools === undefined ? {} : { ipPools }) },
		},
	};
}
