import { installationPoolFields } from '../operator/api-fields';
import { isRecord, type ParsedResource, type UnderstoodKind } from './parse';
import type { RuleHit } from './types';

/**
 * The fields of a resource, as a tree: a name maps to its own fields, to `leaf` (any value), or to `each` for a
 * list of mappings. `open` marks a mapping with many more fields than the checker lists (FelixConfiguration):
 * there only a near miss of a listed field is reported.
 */
export interface FieldTree {
	fields: Record<string, FieldTree | 'leaf'>;
	each?: boolean;
	open?: boolean;
}

const leaves = (...names: string[]): Record<string, 'leaf'> =>
	Object.fromEntries(names.map((name) => [name, 'leaf' as const]));
const tree = (fields: FieldTree['fields'], extra: Partial<FieldTree> = {}): FieldTree => ({
	fields,
	...extra,
});

// Mirrors InstallationIpPool and Installation in config/types.ts, with the operator's other common fields.
const installationPool = tree(
	leaves(...installationPoolFields, 'disableBGPExport', 'allowedUses', 'assignmentMode'),
	{ each: true }
);

const metadata = leaves(
	'name',
	'namespace',
	'labels',
	'annotations',
	'uid',
	'resourceVersion',
	'generation',
	'creationTimestamp',
	'managedFields',
	'finalizers',
	'ownerReferences'
);
const top = (spec: FieldTree): FieldTree['fields'] => ({
	...leaves('apiVersion', 'kind', 'status'),
	metadata: tree(metadata, { open: true }),
	spec,
});

// IPAMConfiguration (projectcalico.org/v3) and its CRD IPAMConfig share their fields (api/.../v3/ipamconfig.go).
const ipamConfiguration = tree(
	top(
		tree(
			leaves(
				'strictAffinity',
				'maxBlocksPerHost',
				'autoAllocateBlocks',
				'kubeVirtVMAddressPersistence'
			)
		)
	)
);

/** The fields the checker knows, by kind. */
export const knownFields: Record<UnderstoodKind, FieldTree> = {
	Installation: tree(
		top(
			tree({
				...leaves(
					'kubernetesProvider',
					'variant',
					'registry',
					'imagePath',
					'imagePrefix',
					'imagePullSecrets',
					'controlPlaneNodeSelector',
					'controlPlaneTolerations',
					'controlPlaneReplicas',
					'nodeMetricsPort',
					'typhaMetricsPort',
					'flexVolumePath',
					'kubeletVolumePluginPath',
					'nodeUpdateStrategy',
					'componentResources',
					'certificateManagement',
					'nonPrivileged',
					'calicoNodeDaemonSet',
					'calicoNodeWindowsDaemonSet',
					'csiNodeDriverDaemonSet',
					'calicoKubeControllersDeployment',
					'typhaDeployment',
					'typhaAffinity',
					'calicoWindowsUpgradeDaemonSet',
					'fipsMode',
					'logging',
					'windowsNodes',
					'serviceCIDRs',
					'azure',
					'proxy'
				),
				cni: tree({ ...leaves('type', 'binDir', 'confDir'), ipam: tree(leaves('type')) }),
				calicoNetwork: tree({
					...leaves(
						'bgp',
						'linuxDataplane',
						'windowsDataplane',
						'mtu',
						'clusterRoutingMode',
						'nodeAddressAutodetectionV4',
						'nodeAddressAutodetectionV6',
						'hostPorts',
						'multiInterfaceMode',
						'containerIPForwarding',
						'linuxPolicySetupTimeoutSeconds',
						'kubeProxyManagement',
						'bpfNetworkBootstrap',
						'sysctl'
					),
					ipPools: installationPool,
				}),
			})
		)
	),
	IPPool: tree(
		top(
			tree(
				leaves(
					'cidr',
					'vxlanMode',
					'ipipMode',
					'natOutgoing',
					'disabled',
					'disableBGPExport',
					'blockSize',
					'nodeSelector',
					'namespaceSelector',
					'allowedUses',
					'assignmentMode',
					'ipip'
				)
			)
		)
	),
	FelixConfiguration: tree(
		top(
			tree(
				leaves(
					'awsSrcDstCheck',
					'wireguardEnabled',
					'wireguardEnabledV6',
					'wireguardHostEncryptionEnabled',
					'wireguardMTU',
					'wireguardMTUV6',
					'vxlanMTU',
					'vxlanMTUV6',
					'ipipMTU',
					'vxlanEnabled',
					'ipipEnabled',
					'bpfEnabled',
					'programClusterRoutes',
					'logSeverityScreen'
				),
				{ open: true }
			)
		)
	),
	BGPConfiguration: tree(
		top(
			tree(
				leaves(
					'nodeToNodeMeshEnabled',
					'asNumber',
					'logSeverityScreen',
					'serviceClusterIPs',
					'serviceExternalIPs',
					'serviceLoadBalancerIPs',
					'listenPort',
					'bindMode',
					'communities',
					'prefixAdvertisements',
					'nodeMeshPassword',
					'nodeMeshMaxRestartTime',
					'ignoredInterfaces',
					'localWorkloadPeeringIPV4',
					'localWorkloadPeeringIPV6'
				)
			)
		)
	),
	IPAMConfiguration: ipamConfiguration,
	IPAMConfig: ipamConfiguration,
};

/** Edit distance between two names, ignoring case (insertions, deletions and substitutions each cost one). */
export function editDistance(a: string, b: string): number {
	const x = a.toLowerCase();
	const y = b.toLowerCase();
	let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
	for (let i = 1; i <= x.length; i++) {
		const current = [i];
		for (let j = 1; j <= y.length; j++) {
			const cost = x[i - 1] === y[j - 1] ? 0 : 1;
			current[j] = Math.min(
				(previous[j] ?? 0) + 1,
				(current[j - 1] ?? 0) + 1,
				(previous[j - 1] ?? 0) + cost
			);
		}
		previous = current;
	}
	return previous[y.length] ?? 0;
}

/** The known name nearest to `name`, with its distance; null when there are none. */
export function closestName(
	name: string,
	known: readonly string[]
): { name: string; distance: number } | null {
	let best: { name: string; distance: number } | null = null;
	for (const candidate of known) {
		const distance = editDistance(name.slice(0, 200), candidate);
		if (!best || distance < best.distance) best = { name: candidate, distance };
	}
	return best;
}

/** A near miss: close enough to a known name to be a typo of it. */
const nearMiss = (name: string, distance: number) =>
	distance > 0 && distance <= Math.max(1, Math.floor(name.length / 4));

/** Findings for fields a resource has that the checker does not know, each naming the closest known field. */
export function unknownFieldHits(resource: ParsedResource): RuleHit[] {
	const hits: RuleHit[] = [];
	const walk = (value: unknown, shape: FieldTree, path: string) => {
		if (shape.each) {
			if (Array.isArray(value))
				value.forEach((item, i) => walk(item, { ...shape, each: false }, `${path}[${i}]`));
			return;
		}
		if (!isRecord(value)) return;
		const known = Object.keys(shape.fields);
		for (const [name, child] of Object.entries(value)) {
			const field = shape.fields[name];
			const at = path ? `${path}.${name}` : name;
			if (field) {
				if (field !== 'leaf') walk(child, field, at);
				continue;
			}
			const closest = closestName(name, known);
			if (shape.open && !(closest && nearMiss(name, closest.distance))) continue;
			const near = closest && nearMiss(name, closest.distance);
			hits.push({
				key: `${resource.line}:${at}`,
				message: near
					? `${resource.kind} field ${at} is not one Calico knows. Did you mean ${closest.name}?`
					: `${resource.kind} field ${at} is not one this checker knows${closest ? ` (the closest it knows is ${closest.name})` : ''}.`,
				reason:
					'The cluster drops fields its schema does not have, usually without an error, so the setting never takes effect.',
			});
		}
	};
	walk(resource.value, knownFields[resource.kind], '');
	return hits.slice(0, 20);
}
