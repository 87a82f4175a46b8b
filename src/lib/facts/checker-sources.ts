import { releaseOf } from './releases';
import {
	calico331,
	calico332,
	calico333,
	calicoAt,
	calicoCrd,
	calicoPage,
	installationCrd,
	operatorBranch,
} from './source-links';

/**
 * The documents only the configuration checker cites: the CRDs its fields are generated from, by kind and
 * release (`crd<Kind><minor without its dot>`), and the API types and code its rules follow. They live apart
 * from `sources` so the recommender, which never cites them, does not ship them.
 */
export const checkerSources = {
	crdInstallation331: installationCrd(operatorBranch('3.31'), 'pkg/crds/operator'),
	crdInstallation332: installationCrd(releaseOf('3.32').operator, 'pkg/imports/crds/operator'),
	crdInstallation333: installationCrd(operatorBranch('3.33'), 'pkg/imports/crds/operator'),
	crdIPPool331: calicoCrd(calico331, 'ippools'),
	crdIPPool332: calicoCrd(calico332, 'ippools'),
	crdIPPool333: calicoCrd(calico333, 'ippools'),
	crdFelixConfiguration331: calicoCrd(calico331, 'felixconfigurations'),
	crdFelixConfiguration332: calicoCrd(calico332, 'felixconfigurations'),
	crdFelixConfiguration333: calicoCrd(calico333, 'felixconfigurations'),
	crdBGPConfiguration331: calicoCrd(calico331, 'bgpconfigurations'),
	crdBGPConfiguration332: calicoCrd(calico332, 'bgpconfigurations'),
	crdBGPConfiguration333: calicoCrd(calico333, 'bgpconfigurations'),
	calicoNodeAnnotations: calicoAt(calico333, 'libcalico-go/lib/backend/k8s/resources/node.go'),
	bgpPeerValidation331: calicoAt(calico331, 'libcalico-go/lib/validator/v3/validator.go'),
	bgpPeerApi333: calicoAt(calico333, 'api/pkg/apis/projectcalico/v3/bgppeer.go'),
	bgpFilterApi333: calicoAt(calico333, 'api/pkg/apis/projectcalico/v3/bgpfilter.go'),
	ipReservationApi333: calicoAt(calico333, 'api/pkg/apis/projectcalico/v3/ipreservation.go'),
	ipamConfigApi333: calicoAt(calico333, 'api/pkg/apis/projectcalico/v3/ipamconfig.go'),
	ipamClient333: calicoAt(calico333, 'libcalico-go/lib/ipam/ipam.go'),
	crdFormats: {
		title:
			'Kubernetes API reference: CustomResourceDefinition JSONSchemaProps (format cidr: as net.ParseCIDR parses it)',
		url: 'https://kubernetes.io/docs/reference/kubernetes-api/extend-resources/custom-resource-definition-v1/#JSONSchemaProps',
	},
	confdBgpProcessor333: calicoAt(calico333, 'confd/pkg/backends/calico/bgp_processor.go'),
	operatorNodeBackend: {
		title: 'tigera/operator release-v1.44 pkg/render/node.go (CALICO_NETWORKING_BACKEND)',
		url: 'https://github.com/tigera/operator/blob/release-v1.44/pkg/render/node.go',
	},
	operatorBpfBootstrap: {
		title: 'tigera/operator release-v1.44 pkg/controller/utils/bpf.go',
		url: 'https://github.com/tigera/operator/blob/release-v1.44/pkg/controller/utils/bpf.go',
	},
	ipAutodetectionPage: calicoPage('networking/ipam/ip-autodetection', 'Configure IP autodetection'),
	helmServiceEndpointTemplate: calicoAt(
		calico333,
		'charts/tigera-operator/templates/tigera-operator/01-kubernetes-services-endpoint.yaml'
	),
	crdIPAMConfig331: calicoCrd(calico331, 'ipamconfigs'),
	crdIPAMConfig332: calicoCrd(calico332, 'ipamconfigs'),
	crdIPAMConfig333: calicoCrd(calico333, 'ipamconfigs'),
	crdBGPPeer331: calicoCrd(calico331, 'bgppeers'),
	crdBGPPeer332: calicoCrd(calico332, 'bgppeers'),
	crdBGPPeer333: calicoCrd(calico333, 'bgppeers'),
	crdBGPFilter331: calicoCrd(calico331, 'bgpfilters'),
	crdBGPFilter332: calicoCrd(calico332, 'bgpfilters'),
	crdBGPFilter333: calicoCrd(calico333, 'bgpfilters'),
	crdIPReservation331: calicoCrd(calico331, 'ipreservations'),
	crdIPReservation332: calicoCrd(calico332, 'ipreservations'),
	crdIPReservation333: calicoCrd(calico333, 'ipreservations'),
	crdKubeControllersConfiguration331: calicoCrd(calico331, 'kubecontrollersconfigurations'),
	crdKubeControllersConfiguration332: calicoCrd(calico332, 'kubecontrollersconfigurations'),
	crdKubeControllersConfiguration333: calicoCrd(calico333, 'kubecontrollersconfigurations'),
};

/** The name of a document only the checker cites. */
export type CheckerSourceId = keyof typeof checkerSources;
