import { getBlockerRule } from '../recommender/blockers';
import { facts } from '../facts';
import type { CheckContext, PoolView } from './context';
import { felixFix, installationFix, poolFix } from './fix-yaml';
import { optionForPool } from './match';
import type { CheckRule, RuleHit } from './types';

type Rule = CheckRule<CheckContext>;

/** True when a blocker rule of the recommender blocks the option this pool runs as. */
function blockedBy(ruleId: string, c: CheckContext, pool: PoolView): boolean {
	const option = optionForPool(c.poolCni, c.poolIpam, pool.encapsulation);
	return option !== null && getBlockerRule(ruleId).blocks(option);
}

/** How a message names a pool: an IPPool by its name, an Installation pool by its CIDR (lower case within a sentence). */
const poolName = (pool: PoolView, startsSentence = true) => {
	if (pool.origin === 'ippool')
		return `IPPool ${pool.name || pool.cidr || '(unnamed)'}${pool.name && pool.cidr ? ` (${pool.cidr})` : ''}`;
	const kind = pool.origin === 'operator-default' ? 'the operator’s default pool' : 'pool';
	const named = `${kind} ${pool.cidr || '(no CIDR)'}`;
	return startsSentence ? named[0]!.toUpperCase() + named.slice(1) : named;
};
const isIpip = (pool: PoolView) => pool.encapsulation.startsWith('IPIP');
const isCrossSubnet = (pool: PoolView) => pool.encapsulation.endsWith('CrossSubnet');

/** The pool with a new encapsulation, as an Installation or IPPool to apply. */
const withEncapsulation = (pool: PoolView, encapsulation: string) => poolFix(pool, encapsulation);

/** Where the cluster's network cannot carry what the configuration sends (the recommender's blockers, applied to a configuration). */
export const environmentRules: readonly Rule[] = [
	{
		id: 'azure-ipip',
		severity: 'error',
		checks: 'No pool uses IP-in-IP on Azure, whose network drops it.',
		facts: ['azureDropsIpip', 'ipipProtocol'],
		run: (c) =>
			c.env !== 'azure'
				? []
				: c.allPools
						.filter((pool) => blockedBy('ipip-dropped', c, pool))
						.map((pool) => ({
							key: pool.cidr,
							message: `${poolName(pool)} uses ${pool.encapsulation}, and Azure’s network drops IP-in-IP (IP protocol ${facts.ipipProtocol.value}) between VMs.`,
							reason:
								'Pods on different nodes cannot reach each other. Use VXLAN, which Azure carries (plain VXLAN, since Azure VNETs route at layer 3 only).',
							fix: withEncapsulation(pool, 'VXLAN'),
							move: 'ipip-to-vxlan',
						})),
	},
	{
		id: 'layer3-cross-subnet',
		severity: 'error',
		checks:
			'No pool sends pod traffic unwrapped (cross-subnet or no encapsulation) on Azure or Google Cloud, whose networks route at layer 3 only.',
		facts: ['azureLayer3Only', 'gcpLayer3Only'],
		run: (c) => {
			if (c.env !== 'azure' && c.env !== 'google-cloud') return [];
			const cloud = c.env === 'azure' ? 'an Azure VNET' : 'a Google Cloud VPC';
			const hits: RuleHit[] = [];
			for (const pool of c.allPools) {
				if (c.env === 'azure' && isIpip(pool)) continue; // azure-ipip says more.
				if (isCrossSubnet(pool))
					hits.push({
						key: pool.cidr,
						message: `${poolName(pool)} uses ${pool.encapsulation}: inside a subnet, pod packets go unwrapped, and ${cloud} delivers them only with a route for the pod range.`,
						reason:
							c.env === 'azure'
								? 'Azure VNETs are layer 3 only: without a route table entry for the pods and IP forwarding on each node’s NIC, pods on nodes of the same subnet cannot talk. Wrap every packet instead.'
								: 'Google Cloud routes at layer 3 and drops pod traffic that is not wrapped or covered by routes or alias IPs, so cross-subnet mode has nothing to gain. Wrap every packet instead.',
						fix: withEncapsulation(pool, pool.encapsulation.replace('CrossSubnet', '')),
						move: 'cross-subnet-to-always',
					});
				else if (pool.encapsulation === 'None' && c.poolCni === 'Calico' && c.poolIpam === 'Calico')
					hits.push({
						key: pool.cidr,
						severity: 'warning',
						message: `${poolName(pool)} is unencapsulated, and ${cloud} routes at layer 3 only.`,
						reason:
							'Pod packets are delivered only when the cloud’s route tables cover every node’s pod blocks; otherwise they are dropped. VXLAN needs nothing from the network.',
						fix: withEncapsulation(pool, 'VXLAN'),
					});
			}
			return hits;
		},
	},
	{
		id: 'aws-src-dst-check',
		severity: 'error',
		checks:
			'On AWS, an unencapsulated or cross-subnet pool comes with a FelixConfiguration that sets awsSrcDstCheck: Disable.',
		facts: ['awsSrcDstCheck', 'srcDstCheckIam'],
		run: (c) => {
			if (c.env !== 'aws') return [];
			if (c.felix.some((spec) => spec.awsSrcDstCheck === 'Disable')) return [];
			const set = c.felix.find((spec) => spec.awsSrcDstCheck !== undefined)?.awsSrcDstCheck;
			const iam = facts.srcDstCheckIam.value.join(' and ');
			return c.allPools
				.filter((pool) => blockedBy('aws-src-dst-check', c, pool))
				.map((pool) => ({
					key: pool.cidr,
					severity: set === undefined ? ('warning' as const) : ('error' as const),
					message:
						set === undefined
							? `${poolName(pool)} uses ${pool.encapsulation}, and no FelixConfiguration in the paste sets awsSrcDstCheck: Disable.`
							: `${poolName(pool)} uses ${pool.encapsulation}, but the FelixConfiguration sets awsSrcDstCheck: ${String(set)}.`,
					reason: `EC2 drops unwrapped pod packets between nodes while each instance’s source/destination check is on. Felix turns it off with awsSrcDstCheck: Disable, given IAM ${iam}. Plain VXLAN does not need it.`,
					fix: felixFix({ awsSrcDstCheck: 'Disable' }),
				}));
		},
	},
	{
		id: 'ipv6-ipip',
		severity: 'error',
		checks:
			'IPv6 pods are not meant to use IP-in-IP, which carries IPv4 only (IPv6 pools with IP-in-IP in the Installation are left to operator-validation).',
		facts: ['ipipIpv4Only'],
		run: (c) =>
			c.ipv6 !== 'yes' || c.allPools.some((pool) => pool.parsed?.family === 6)
				? []
				: c.allPools
						.filter((pool) => pool.parsed?.family === 4 && blockedBy('ipv6-ipip', c, pool))
						.map((pool) => ({
							key: pool.cidr,
							message: `Pods need IPv6, but the only wrapper in the configuration is IP-in-IP (${poolName(pool, false)}), and there is no IPv6 pool that could use another.`,
							reason: getBlockerRule('ipv6-ipip').reason,
							fix: `# fd00:10:244::/64 is an example: use your cluster's IPv6 pod range.\n${
								pool.origin === 'ippool'
									? `${poolFix(pool, 'VXLAN')}---\n${poolFix({ cidr: 'fd00:10:244::/64', name: 'ipv6-pool', origin: 'ippool' }, 'VXLAN')}`
									: installationFix({}, [
											{ cidr: pool.cidr, encapsulation: 'VXLAN' },
											{ cidr: 'fd00:10:244::/64', encapsulation: 'VXLAN' },
										])
							}`,
							move: 'ipip-to-vxlan',
						})),
	},
	{
		id: 'windows-encapsulation',
		severity: 'error',
		checks:
			'With Windows nodes, no pool uses IP-in-IP or cross-subnet VXLAN (a note when the reader is not sure).',
		facts: ['windowsEncapsulations'],
		run: (c) =>
			c.windows === 'no'
				? []
				: c.allPools
						.filter((pool) => blockedBy('windows-encapsulation', c, pool))
						.map((pool) => ({
							key: pool.cidr,
							severity: c.windows === 'yes' ? ('error' as const) : ('info' as const),
							message: `${c.windows === 'yes' ? 'The cluster has Windows nodes' : 'If any node runs Windows'}, ${poolName(pool, false)} cannot use ${pool.encapsulation}.`,
							reason: getBlockerRule('windows-encapsulation').reason,
							fix: withEncapsulation(pool, 'VXLAN'),
							move: isIpip(pool) ? 'ipip-to-vxlan' : 'cross-subnet-to-always',
						})),
	},
	{
		id: 'gke-ebpf',
		severity: 'error',
		checks:
			'The eBPF dataplane is not turned on with GKE’s CNI or kubernetesProvider GKE (a platform Calico’s eBPF mode does not support; the operator itself accepts it).',
		facts: ['ebpfNotOnGke'],
		run: (c) =>
			c.linuxDataplane === 'BPF' && (c.provider === 'GKE' || c.cni === 'GKE')
				? [
						{
							message: `spec.calicoNetwork.linuxDataplane is BPF on GKE (${c.provider === 'GKE' ? 'kubernetesProvider GKE' : 'the GKE CNI'}), where Calico’s eBPF dataplane is not supported.`,
							reason:
								'The operator installs it without complaint, but Calico’s eBPF mode does not work with GKE’s CNI plugin. Keep the iptables or nftables dataplane on GKE.',
							fix: installationFix({ linuxDataplane: 'Iptables' }),
						},
					]
				: [],
	},
];
