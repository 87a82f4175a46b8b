import { distributionFacts as facts, type DistributionFactId } from '../facts/distributions';
import { byId } from '../input/by-id';
import { distributionName, type DistributionId } from './distribution-names';

export {
	distributionIds,
	distributionName,
	isDistributionId,
	type DistributionId,
} from './distribution-names';

/**
 * Who puts Calico on the cluster: you apply the Tigera operator (`operator`); the distribution installs the
 * tigera-operator chart itself and you change it through the distribution (`bundled-operator`); or the
 * distribution installs Calico from manifests of its own, with settings of its own (`own-manifests`).
 */
export type CalicoInstaller = 'operator' | 'bundled-operator' | 'own-manifests';

/** What the guide knows about one way of installing Kubernetes. */
export interface Distribution {
	id: DistributionId;
	/** Name shown to readers. */
	name: string;
	/** Path of the distribution's page in the guide. */
	page: string;
	/** The pod CIDR the installer uses when none is given; null where it sets none. */
	podCidr: string | null;
	/** Where the reader sets the pod CIDR, in the distribution's own words. */
	podCidrSetting: string;
	installer: CalicoInstaller;
	/** What the reader sets at install time so that Calico (and nothing else) wires the pods. */
	selectCalico: string;
	/** `spec.kubernetesProvider` for the Installation, where the operator knows the distribution. */
	provider?: 'OpenShift' | 'RKE2';
	/** True where the operator reads the platform's pod CIDR and refuses a pool outside it (facts.operatorPlatformPool). */
	operatorChecksPool: boolean;
	/** `spec.calicoNetwork.containerIPForwarding: Enabled` is needed. */
	containerIpForwarding: boolean;
	/** The Calico release the distribution installs itself (at the snapshot read), where it installs one. */
	bundledCalico?: string;
	/** The facts this entry rests on, for its sources. */
	facts: readonly DistributionFactId[];
}

const k0s = facts.k0sCalicoMode.value;
const spray = facts.kubesprayCalico.value;

/** Every distribution, in the order the guide presents them (kubeadm, the reference, first). */
export const distributions: readonly Distribution[] = [
	{
		id: 'kubeadm',
		name: distributionName('kubeadm'),
		page: '/distributions/kubeadm/',
		podCidr: null,
		podCidrSetting: `kubeadm init ${facts.kubeadmPodSubnet.value} (networking.podSubnet in a kubeadm configuration file)`,
		installer: 'operator',
		selectCalico:
			'Nothing to turn off: kubeadm installs no pod network, and nodes stay NotReady until you apply one.',
		operatorChecksPool: true,
		containerIpForwarding: false,
		facts: ['kubeadmPodSubnet', 'operatorPlatformPool', 'operatorNoPodSubnet'],
	},
	{
		id: 'openshift',
		name: distributionName('openshift'),
		page: '/distributions/openshift/',
		podCidr: facts.openshiftClusterNetwork.value.cidr,
		podCidrSetting: 'networking.clusterNetwork in install-config.yaml',
		installer: 'operator',
		selectCalico: `Set networking.networkType: ${facts.openshiftNetworkType.value} in install-config.yaml and add Calico’s OpenShift manifests to the installer’s manifests directory before the cluster is created.`,
		provider: 'OpenShift',
		operatorChecksPool: true,
		containerIpForwarding: false,
		facts: ['openshiftClusterNetwork', 'openshiftNetworkType', 'operatorPlatformPool'],
	},
	{
		id: 'rke2',
		name: distributionName('rke2'),
		page: '/distributions/rke2/',
		podCidr: facts.rke2ClusterCidr.value,
		podCidrSetting: 'cluster-cidr in /etc/rancher/rke2/config.yaml',
		installer: 'bundled-operator',
		selectCalico: `Set cni: calico in /etc/rancher/rke2/config.yaml on every server before the first start (RKE2’s default is ${facts.rke2DefaultCni.value}); RKE2 then installs its rke2-calico chart, which runs the Tigera operator.`,
		provider: 'RKE2',
		operatorChecksPool: false,
		containerIpForwarding: false,
		bundledCalico: facts.rke2CalicoChart.value.calico,
		facts: ['rke2ClusterCidr', 'rke2DefaultCni', 'rke2CalicoChart'],
	},
	{
		id: 'k3s',
		name: distributionName('k3s'),
		page: '/distributions/k3s/',
		podCidr: facts.k3sClusterCidr.value,
		podCidrSetting: 'k3s server --cluster-cidr',
		installer: 'operator',
		selectCalico: `Start every server with ${facts.k3sWithoutFlannel.value}, so that neither flannel nor k3s’s own policy controller runs beside Calico.`,
		operatorChecksPool: false,
		containerIpForwarding: true,
		facts: ['k3sClusterCidr', 'k3sWithoutFlannel', 'k3sContainerIpForwarding'],
	},
	{
		id: 'k0s',
		name: distributionName('k0s'),
		page: '/distributions/k0s/',
		podCidr: facts.k0sPodCidr.value,
		podCidrSetting: 'spec.network.podCIDR in k0s.yaml',
		installer: 'own-manifests',
		bundledCalico: facts.k0sCalicoVersion.value,
		selectCalico: `Set spec.network.provider: calico in k0s.yaml for the Calico k0s ships (mode ${k0s.calicoMode} unless spec.network.calico.mode says bird), or custom to install the Tigera operator yourself; the default is ${k0s.provider}.`,
		operatorChecksPool: false,
		containerIpForwarding: false,
		facts: ['k0sPodCidr', 'k0sCalicoMode', 'k0sCalicoVersion'],
	},
	{
		id: 'kops',
		name: distributionName('kops'),
		page: '/distributions/kops/',
		podCidr: facts.kopsPodCidr.value,
		podCidrSetting: 'spec.podCIDR in the kOps cluster spec',
		installer: 'own-manifests',
		bundledCalico: facts.kopsCalico.value.calico,
		selectCalico: `Create the cluster with --networking calico (spec.networking.calico in the cluster spec; kOps picks ${facts.kopsCalico.value.defaultNetworking} otherwise); kOps installs and upgrades Calico from its own manifests.`,
		operatorChecksPool: false,
		containerIpForwarding: false,
		facts: ['kopsPodCidr', 'kopsCalico'],
	},
	{
		id: 'kubespray',
		name: distributionName('kubespray'),
		page: '/distributions/kubespray/',
		podCidr: facts.kubesprayPodSubnet.value,
		podCidrSetting: 'kube_pods_subnet in the inventory’s group_vars',
		installer: 'own-manifests',
		bundledCalico: facts.kubesprayCalicoVersion.value,
		selectCalico: `Calico is Kubespray’s default (kube_network_plugin: ${spray.plugin}); it installs Calico from its own templates with calico_network_backend: ${spray.backend} and calico_vxlan_mode: ${spray.vxlanMode}.`,
		operatorChecksPool: false,
		containerIpForwarding: false,
		facts: ['kubesprayPodSubnet', 'kubesprayCalico', 'kubesprayCalicoVersion'],
	},
	{
		id: 'talos',
		name: distributionName('talos'),
		page: '/distributions/talos/',
		podCidr: facts.talosPodSubnet.value,
		podCidrSetting: 'cluster.network.podSubnets in the machine configuration',
		installer: 'operator',
		selectCalico: `Set cluster.network.cni.name: ${facts.talosCni.value.none} in the machine configuration (Talos installs ${facts.talosCni.value.default} otherwise), then apply the Tigera operator once the API server answers.`,
		operatorChecksPool: false,
		containerIpForwarding: false,
		facts: ['talosPodSubnet', 'talosCni'],
	},
];

/** The distribution with this id. */
export const getDistribution: (id: DistributionId) => Distribution = byId(
	distributions,
	'distribution'
);
