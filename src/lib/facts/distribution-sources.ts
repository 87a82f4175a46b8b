import { operatorBranch, repoFile } from './source-links';
import type { Source } from './types';

const k0s = 'dff90cee9a6e8e22c6d0f3efef0f9a77fc223be4';
const kubespray = '46dbdd3994b32640bcd806b0097f50e8fdf1d514';
const talos = 'ad8823176e75b9cd07647ddde13c34f2ab77c663';
const rke2 = '6ce1a8019e9d0b81eb7a715edbc2b8ac12d26da0';
const rke2Charts = 'd6a67506d7350bce6f6653c185bb44d69dd37c71';
const k3s = '005499a940eafe99977bcabd6991a888a4cb6642';
const installer = '0bbdbc3cf63f3408b40e97476c29afd6de4e1f23';
const kops = '268927e26409f861634e18f3632c9dd483c350cf';

/** The documents the distributions' facts come from, by a short name. */
export const distributionSources = {
	operatorPoolDefaults: {
		title: `tigera/operator ${operatorBranch('3.33')} pkg/controller/ippool/defaults.go`,
		url: `https://github.com/tigera/operator/blob/${operatorBranch('3.33')}/pkg/controller/ippool/defaults.go`,
	},
	operatorKubeadm: {
		title: `tigera/operator ${operatorBranch('3.33')} pkg/controller/ippool/kubeadm.go`,
		url: `https://github.com/tigera/operator/blob/${operatorBranch('3.33')}/pkg/controller/ippool/kubeadm.go`,
	},
	kubeadmPodNetwork: {
		title: 'Kubernetes docs: Creating a cluster with kubeadm (installing a pod network add-on)',
		url: 'https://kubernetes.io/docs/setup/production-environment/tools/kubeadm/create-cluster-kubeadm/',
	},
	k0sNetwork: repoFile('k0sproject/k0s', k0s, 'pkg/apis/k0s/v1beta1/network.go'),
	k0sCalico: repoFile('k0sproject/k0s', k0s, 'pkg/apis/k0s/v1beta1/calico.go'),
	kubesprayDefaults: repoFile(
		'kubernetes-sigs/kubespray',
		kubespray,
		'roles/kubespray_defaults/defaults/main/main.yml'
	),
	kubesprayCalicoDefaults: repoFile(
		'kubernetes-sigs/kubespray',
		kubespray,
		'roles/network_plugin/calico_defaults/defaults/main.yml'
	),
	talosConstants: repoFile('siderolabs/talos', talos, 'pkg/machinery/constants/constants.go'),
	rke2ChartVersions: repoFile('rancher/rke2', rke2, 'charts/chart_versions.yaml'),
	rke2CniFlag: repoFile('rancher/rke2', rke2, 'pkg/cli/cmds/server.go'),
	rke2CalicoValues: repoFile(
		'rancher/rke2-charts',
		rke2Charts,
		'charts/rke2-calico/rke2-calico/v3.32.100/values.yaml'
	),
	rke2NetworkOptions: {
		title: 'RKE2 docs: Basic network options',
		url: 'https://docs.rke2.io/networking/basic_network_options',
	},
	rke2ServerConfig: {
		title: 'RKE2 docs: Server configuration reference (cluster-cidr)',
		url: 'https://docs.rke2.io/reference/server_config',
	},
	k3sServerFlags: repoFile('k3s-io/k3s', k3s, 'pkg/cli/cmds/server.go'),
	k3sNetworkOptions: {
		title: 'K3s docs: Basic network options (custom CNI)',
		url: 'https://docs.k3s.io/networking/basic-network-options',
	},
	calicoK3sQuickstart: {
		title: 'Calico docs: Quickstart for Calico on K3s',
		url: 'https://docs.tigera.io/calico/latest/getting-started/kubernetes/k3s/quickstart',
	},
	installationApiPage: {
		title: 'Calico docs: Installation API reference (containerIPForwarding)',
		url: 'https://docs.tigera.io/calico/latest/reference/installation/api',
	},
	openshiftInstallerDefaults: repoFile(
		'openshift/installer',
		installer,
		'pkg/types/defaults/installconfig.go'
	),
	calicoOpenshiftInstall: {
		title: 'Calico docs: Install an OpenShift 4 cluster with Calico',
		url: 'https://docs.tigera.io/calico/latest/getting-started/kubernetes/openshift/installation',
	},
	k0sConstants: repoFile('k0sproject/k0s', k0s, 'pkg/constant/constant.go'),
	k0sCalicoTemplate: repoFile(
		'k0sproject/k0s',
		k0s,
		'static/manifests/calico/DaemonSet/calico-node.yaml'
	),
	kubesprayChecksums: repoFile(
		'kubernetes-sigs/kubespray',
		kubespray,
		'roles/kubespray_defaults/vars/main/checksums.yml'
	),
	kopsDefaults: repoFile('kubernetes/kops', kops, 'upup/pkg/fi/cloudup/defaults.go'),
	kopsPodCidrDefault: repoFile(
		'kubernetes/kops',
		kops,
		'upup/pkg/fi/cloudup/populate_cluster_spec.go'
	),
	kopsNewCluster: repoFile('kubernetes/kops', kops, 'upup/pkg/fi/cloudup/new_cluster.go'),
	kopsCalicoSpec: repoFile('kubernetes/kops', kops, 'pkg/apis/kops/networking.go'),
	kopsCalicoTemplate: repoFile(
		'kubernetes/kops',
		kops,
		'upup/models/cloudup/resources/addons/networking.projectcalico.org/k8s-1.25.yaml.template'
	),
	talosConfigTypes: repoFile(
		'siderolabs/talos',
		talos,
		'pkg/machinery/config/types/v1alpha1/v1alpha1_types.go'
	),
} as const satisfies Record<string, Source>;
