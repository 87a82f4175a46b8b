import type { InstallationIpPool } from './types';
import { facts, sources as s, type Source } from '../facts';

/** The fields of an operator IP pool entry (`spec.calicoNetwork.ipPools[]`): those config/types.ts declares, and disableNewAllocations, the operator's name for the IP pool's `disabled`, which the pool moves use to drain a pool. */
export const installationPoolFields = [
	'name',
	'cidr',
	'encapsulation',
	'natOutgoing',
	'blockSize',
	'nodeSelector',
	'disableNewAllocations',
] as const satisfies readonly (keyof InstallationIpPool | 'disableNewAllocations')[];

const pool = (field: string) => `spec.calicoNetwork.ipPools[].${field}`;
const wireguard = facts.wireguardFields.value;

/** One kind of API resource the guide writes or reads, with the field paths it knows (lists shown as `[]`). */
export interface ApiKind {
	apiVersion: 'operator.tigera.io/v1' | 'projectcalico.org/v3';
	/** Field paths below the top level, e.g. `spec.calicoNetwork.ipPools[].cidr`. */
	fields: readonly string[];
	/** Whether the Tigera operator owns resources of this kind and undoes edits made to them directly. */
	operatorOwned: boolean;
	/** The API reference of the kind. */
	source: Source;
}

/** Every API resource kind the library knows, by kind, with the fields it uses. */
export const apiKinds = {
	Installation: {
		apiVersion: 'operator.tigera.io/v1',
		fields: [
			'spec.kubernetesProvider',
			'spec.cni.type',
			'spec.cni.ipam.type',
			'spec.calicoNetwork.bgp',
			'spec.calicoNetwork.linuxDataplane',
			'spec.calicoNetwork.mtu',
			'spec.calicoNetwork.clusterRoutingMode',
			...installationPoolFields.map(pool),
		],
		operatorOwned: false,
		source: s.installationApiPage,
	},
	IPPool: {
		apiVersion: 'projectcalico.org/v3',
		fields: [
			'spec.cidr',
			'spec.vxlanMode',
			'spec.ipipMode',
			'spec.natOutgoing',
			'spec.blockSize',
			'spec.nodeSelector',
			'spec.disabled',
			'spec.disableBGPExport',
			'spec.allowedUses',
		],
		operatorOwned: true,
		source: s.ipPoolPage,
	},
	BGPConfiguration: {
		apiVersion: 'projectcalico.org/v3',
		fields: ['spec.nodeToNodeMeshEnabled', 'spec.asNumber'],
		operatorOwned: false,
		source: s.bgpConfigPage,
	},
	BGPPeer: {
		apiVersion: 'projectcalico.org/v3',
		fields: ['spec.nodeSelector', 'spec.peerSelector', 'spec.peerIP', 'spec.asNumber'],
		operatorOwned: false,
		source: s.bgpPeerPage,
	},
	FelixConfiguration: {
		apiVersion: 'projectcalico.org/v3',
		fields: [
			'spec.awsSrcDstCheck',
			'spec.programClusterRoutes',
			`spec.${wireguard.ipv4}`,
			`spec.${wireguard.ipv6}`,
		],
		operatorOwned: false,
		source: s.felixConfigPage,
	},
	Node: {
		apiVersion: 'projectcalico.org/v3',
		fields: [
			'spec.bgp.ipv4Address',
			'spec.bgp.routeReflectorClusterID',
			'spec.bgp.ipv4IPIPTunnelAddr',
			'spec.ipv4VXLANTunnelAddr',
		],
		operatorOwned: false,
		source: s.nodeResourcePage,
	},
} as const satisfies Record<string, ApiKind>;

/** The name of a kind the library knows. */
export type ApiKindName = keyof typeof apiKinds;

/** Fields every resource has, whatever its kind. */
export const commonFields = ['apiVersion', 'kind', 'metadata.name', 'metadata.labels'] as const;

/** True when the library knows this kind. */
export function isApiKind(kind: unknown): kind is ApiKindName {
	return typeof kind === 'string' && Object.hasOwn(apiKinds, kind);
}

/**
 * The leaf field paths of a parsed resource, lists written as `[]` and labels kept whole,
 * e.g. `spec.calicoNetwork.ipPools[].cidr`.
 */
export function fieldPaths(value: unknown, prefix = ''): string[] {
	if (prefix === 'metadata.labels') return [prefix];
	if (Array.isArray(value)) return value.flatMap((item) => fieldPaths(item, `${prefix}[]`));
	if (value && typeof value === 'object')
		return Object.entries(value).flatMap(([key, v]) =>
			fieldPaths(v, prefix ? `${prefix}.${key}` : key)
		);
	return [prefix];
}

/**
 * What a parsed resource names that the library does not know: an unknown kind, a wrong apiVersion,
 * or field paths outside its kind's list. Empty when everything is known.
 */
export function unknownFields(resource: unknown): string[] {
	const doc = (resource ?? {}) as { kind?: unknown; apiVersion?: unknown };
	if (!isApiKind(doc.kind)) return [`kind ${String(doc.kind)}`];
	const kind: ApiKind = apiKinds[doc.kind];
	const problems =
		doc.apiVersion === kind.apiVersion ? [] : [`apiVersion ${String(doc.apiVersion)}`];
	const known = new Set<string>([...commonFields, ...kind.fields]);
	return [...problems, ...fieldPaths(resource).filter((path) => !known.has(path))];
}
