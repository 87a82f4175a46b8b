import { sources } from './sources';
import { distributionSources as d } from './distribution-sources';
import { checkedOn, fact, type Source } from './types';

const read = checkedOn.distributions;

/** What the ways of installing Kubernetes (the distributions) do with the pod network. */
export const distributionFacts = {
	operatorPlatformPool: fact(
		'IPPool is not within the platform’s configured pod network CIDR(s)',
		'With no pool in the Installation, the operator takes the pool from kubeadm’s podSubnet (the kubeadm-config ConfigMap) or OpenShift’s cluster network, else 192.168.0.0/16; a pool the Installation names outside them is refused with this message',
		[d.operatorPoolDefaults],
		read
	),
	operatorNoPodSubnet: fact(
		'kubeadm configuration is missing required podSubnet field',
		'What the operator stops with on a kubeadm cluster created without a pod CIDR (no podSubnet in the kubeadm-config ConfigMap)',
		[d.operatorKubeadm],
		read
	),
	kubeadmPodSubnet: fact(
		'--pod-network-cidr',
		'kubeadm sets no pod CIDR unless told: kubeadm init --pod-network-cidr (networking.podSubnet in its configuration file) gives the controller manager its cluster CIDR and lands in the kubeadm-config ConfigMap',
		[d.kubeadmPodNetwork, sources.kubeadmInitPage],
		read
	),
	openshiftClusterNetwork: fact(
		{ cidr: '10.128.0.0/14', hostPrefix: 23 } as const,
		'OpenShift’s default cluster network (networking.clusterNetwork in install-config.yaml) and the prefix of each node’s share of it',
		[d.openshiftInstallerDefaults],
		read
	),
	openshiftNetworkType: fact(
		'Calico',
		'networking.networkType in install-config.yaml for a cluster whose network Calico provides, with Calico’s OpenShift manifests added to the installer’s manifests before the cluster is created',
		[d.calicoOpenshiftInstall],
		read
	),
	rke2ClusterCidr: fact(
		'10.42.0.0/16',
		'RKE2’s default pod range (cluster-cidr), which it cannot change once the cluster runs',
		[d.rke2ServerConfig, d.rke2NetworkOptions],
		read
	),
	rke2DefaultCni: fact(
		'canal',
		'The CNI RKE2 installs when the cni setting is left out (calico, canal, cilium and flannel are the others it bundles)',
		[d.rke2CniFlag],
		read
	),
	rke2CalicoChart: fact(
		{ chart: 'v3.32.100', calico: '3.32.1', backend: 'VXLAN', bgp: 'Disabled' } as const,
		'The rke2-calico chart RKE2 bundles (the tigera-operator chart, repackaged): its version, the Calico release in it, and its default pool encapsulation (installation.backend) and BGP; it builds the pool from cluster-cidr',
		[d.rke2ChartVersions, d.rke2CalicoValues],
		read
	),
	k3sClusterCidr: fact(
		'10.42.0.0/16',
		'k3s’s default pod range (k3s server --cluster-cidr)',
		[d.k3sServerFlags],
		read
	),
	k3sWithoutFlannel: fact(
		'--flannel-backend=none --disable-network-policy',
		'The k3s server flags that leave out flannel and k3s’s own network policy controller, so that Calico can be the CNI',
		[d.k3sServerFlags, d.k3sNetworkOptions, d.calicoK3sQuickstart],
		read
	),
	k3sContainerIpForwarding: fact(
		'Enabled' as const,
		'k3s asks for IP forwarding inside pods with Calico (allow_ip_forwarding in the CNI configuration); with the operator that is spec.calicoNetwork.containerIPForwarding, Disabled by default',
		[d.k3sNetworkOptions, d.installationApiPage],
		read
	),
	k0sPodCidr: fact(
		'10.244.0.0/16',
		'k0s’s default pod CIDR (spec.network.podCIDR)',
		[d.k0sNetwork],
		read
	),
	k0sCalicoMode: fact(
		{ provider: 'kuberouter', calicoMode: 'vxlan', overlay: 'Always' } as const,
		'k0s’s default network provider (spec.network.provider: kuberouter, calico or custom) and, with calico, the mode and overlay of the Calico k0s installs from its own manifests (overlay becomes the pool’s VXLAN mode in vxlan mode, its IP-in-IP mode in bird mode)',
		[d.k0sNetwork, d.k0sCalico, d.k0sCalicoTemplate],
		read
	),
	k0sCalicoVersion: fact(
		'3.32.1',
		'The Calico release k0s’s own Calico manifests run (CalicoCNIImageVersion)',
		[d.k0sConstants],
		read
	),
	kubesprayPodSubnet: fact(
		'10.233.64.0/18',
		'kubespray’s default pod range (kube_pods_subnet)',
		[d.kubesprayDefaults],
		read
	),
	kubesprayCalico: fact(
		{ plugin: 'calico', backend: 'vxlan', vxlanMode: 'Always', ipipMode: 'Never' } as const,
		'kubespray’s default network plugin (kube_network_plugin) and the Calico it installs from its own templates: calico_network_backend, calico_vxlan_mode, calico_ipip_mode',
		[d.kubesprayDefaults, d.kubesprayCalicoDefaults],
		read
	),
	kubesprayCalicoVersion: fact(
		'3.31.7',
		'The Calico release Kubespray installs by default (calico_version: the newest in its checksums)',
		[d.kubesprayChecksums],
		read
	),
	kopsPodCidr: fact(
		'100.96.0.0/11',
		'kOps’s default pod range: the upper half of its default nonMasqueradeCIDR, 100.64.0.0/10',
		[d.kopsDefaults, d.kopsPodCidrDefault],
		read
	),
	kopsCalico: fact(
		{
			encapsulationMode: 'ipip',
			crossSubnetByDefault: true,
			calico: '3.31.6',
			defaultNetworking: 'Cilium',
		} as const,
		'The Calico kOps installs with --networking calico (its default for new clusters is Cilium): spec.networking.calico.encapsulationMode (ipip or vxlan), whose ipipMode or vxlanMode defaults to CrossSubnet, and the Calico release of its template unless spec.networking.calico.version says otherwise',
		[d.kopsCalicoSpec, d.kopsCalicoTemplate, d.kopsNewCluster],
		read
	),
	talosPodSubnet: fact(
		'10.244.0.0/16',
		'Talos’s default pod subnet (cluster.network.podSubnets)',
		[d.talosConstants],
		read
	),
	talosCni: fact(
		{ default: 'flannel', none: 'none' } as const,
		'The CNI Talos installs unless cluster.network.cni.name says otherwise, and the name that leaves the CNI to you',
		[d.talosConfigTypes],
		read
	),
} as const;

/** The name of a distribution fact. */
export type DistributionFactId = keyof typeof distributionFacts;

/** The sources of these distribution facts, each once (by URL). */
export function distributionSourcesOf(ids: readonly DistributionFactId[]): Source[] {
	const seen = new Map<string, Source>();
	for (const id of ids)
		for (const source of distributionFacts[id].sources) seen.set(source.url, source);
	return [...seen.values()];
}
