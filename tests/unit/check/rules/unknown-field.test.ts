import { testRule } from '../rule-tester';
import { felixSrcDst, installation, ipPool, v3 } from '../yaml';

const bgp = (spec: string) => v3('BGPConfiguration', 'default', spec);
const felix = (spec: string) => v3('FelixConfiguration', 'default', spec);
const ipam = (spec: string) => v3('IPAMConfiguration', 'default', spec);
const network = (line: string) => installation('10.0.0.0/16 VXLAN', `    ${line}\n`);
const nodeContainer = (field: string) =>
	installation(
		'10.0.0.0/16 VXLAN',
		'',
		`  calicoNodeDaemonSet:\n    spec:\n      template:\n        spec:\n          containers:\n            - name: calico-node\n              ${field}: {}\n`
	);

testRule('unknown-field', {
	valid: [
		{
			name: 'an Installation whose fields are all known',
			input: { text: installation('10.0.0.0/16 VXLAN') },
		},
		{
			name: 'BGPConfiguration programClusterRoutes in Calico 3.32, which added it',
			input: { text: bgp('{programClusterRoutes: Disabled}'), calico: '3.32' },
		},
		{
			name: 'BGPConfiguration programClusterRoutes in Calico 3.33',
			input: { text: bgp('{programClusterRoutes: Disabled}'), calico: '3.33' },
		},
		{
			name: 'BGPConfiguration serviceLoadBalancerAggregation in Calico 3.31, whose CRD already has it',
			input: { text: bgp('{serviceLoadBalancerAggregation: Disabled}'), calico: '3.31' },
		},
		{
			name: 'BGPConfiguration ipv4NormalRoutePriority and ipv6NormalRoutePriority in Calico 3.32',
			input: {
				text: bgp('{ipv4NormalRoutePriority: 1024, ipv6NormalRoutePriority: 1024}'),
				calico: '3.32',
			},
		},
		{
			name: 'a FelixConfiguration field the checker never listed by hand (flowLogsFlushInterval)',
			input: { text: felixSrcDst.replace('awsSrcDstCheck: Disable', 'flowLogsFlushInterval: 15s') },
		},
		{
			name: 'FelixConfiguration fields of list items (failsafeInboundHostPorts[].protocol)',
			input: { text: felix('{failsafeInboundHostPorts: [{protocol: tcp, port: 22}]}') },
		},
		{
			name: 'an IPPool with nodeSelector, in every release',
			input: { text: ipPool('{cidr: 10.1.0.0/16, nodeSelector: all()}'), calico: '3.31' },
		},
		{
			name: 'an Installation override down to a container’s resources',
			input: { text: nodeContainer('resources') },
		},
		{
			name: 'Installation calicoNetwork.clusterRoutingMode in Calico 3.32, whose operator added it',
			input: { text: network('clusterRoutingMode: Felix'), calico: '3.32' },
		},
		{
			name: 'a metadata field the checker does not list, far from those it does (metadata is open)',
			input: {
				text: felixSrcDst.replace(
					'name: default',
					'name: default\n  deletionGracePeriodSeconds: 0'
				),
			},
		},
	],
	invalid: [
		{
			name: 'a misspelt field is named with the closest known field',
			input: {
				text: installation('10.0.0.0/16 VXLAN').replace('natOutgoing', 'natOutgoin'),
			},
			severity: 'warning',
			message: /ipPools\[0\]\.natOutgoin .*Did you mean natOutgoing\?/,
		},
		{
			name: 'BGPConfiguration programClusterRoutes in Calico 3.31 is new in 3.32',
			input: { text: bgp('{programClusterRoutes: Disabled}'), calico: '3.31' },
			severity: 'warning',
			message:
				/^BGPConfiguration field spec\.programClusterRoutes is new in Calico 3\.32; a 3\.31 cluster drops it\.$/,
		},
		{
			name: 'BGPConfiguration ipv4NormalRoutePriority in Calico 3.31 is new in 3.32',
			input: { text: bgp('{ipv4NormalRoutePriority: 1024}'), calico: '3.31' },
			severity: 'warning',
			message: /spec\.ipv4NormalRoutePriority is new in Calico 3\.32; a 3\.31 cluster drops it/,
		},
		{
			name: 'a misspelt BGPConfiguration field is named with the one meant',
			input: { text: bgp('{nodeToNodeMeshEnable: false}'), calico: '3.32' },
			severity: 'warning',
			message:
				/spec\.nodeToNodeMeshEnable is not one Calico 3\.32 knows\. Did you mean nodeToNodeMeshEnabled\?/,
		},
		{
			name: 'a misspelt field deep in an Installation override is named with the one meant',
			input: { text: nodeContainer('resorces') },
			severity: 'warning',
			message:
				/spec\.calicoNodeDaemonSet\.spec\.template\.spec\.containers\[0\]\.resorces .*Did you mean resources\?/,
		},
		{
			name: 'a misspelt field of a FelixConfiguration list item is named with the one meant',
			input: { text: felix('{failsafeInboundHostPorts: [{protocl: tcp}]}') },
			severity: 'warning',
			message: /failsafeInboundHostPorts\[0\]\.protocl .*Did you mean protocol\?/,
		},
		{
			name: 'a FelixConfiguration field no release has, far from every field (the list is no longer open)',
			input: { text: felix('{flowLogsFileEnabled: true}') },
			severity: 'warning',
			message: /spec\.flowLogsFileEnabled is not one Calico 3\.33 knows \(the closest it knows is /,
		},
		{
			name: 'a FelixConfiguration field of 3.31 in Calico 3.33 was removed in 3.32',
			input: { text: felix('{iptablesLockTimeout: 0s}'), calico: '3.33' },
			severity: 'warning',
			message: /spec\.iptablesLockTimeout was removed in Calico 3\.32; a 3\.33 cluster drops it\.$/,
		},
		{
			name: 'IPPool nat-outgoing, which the 3.31 CRD still carried, in Calico 3.32',
			input: { text: ipPool('{cidr: 10.1.0.0/16, nat-outgoing: true}'), calico: '3.32' },
			severity: 'warning',
			message: /IPPool field spec\.nat-outgoing was removed in Calico 3\.32/,
		},
		{
			name: 'IPAMConfiguration kubeVirtVMAddressPersistence in Calico 3.31 is new in 3.32',
			input: {
				text: ipam('{strictAffinity: true, kubeVirtVMAddressPersistence: Enabled}'),
				calico: '3.31',
			},
			severity: 'warning',
			message: /spec\.kubeVirtVMAddressPersistence is new in Calico 3\.32/,
		},
		{
			name: 'Installation clusterRoutingMode in Calico 3.31 is new in the operator of 3.32',
			input: { text: network('clusterRoutingMode: Felix'), calico: '3.31' },
			severity: 'warning',
			message:
				/spec\.calicoNetwork\.clusterRoutingMode is new in Calico 3\.32 \(operator 1\.42\); a 3\.31 cluster drops it/,
		},
		{
			name: 'Installation cni.specVersion in Calico 3.32, whose operator v1.42.4 lacks it while 1.40 and 1.44 have it',
			input: {
				text: installation('10.0.0.0/16 VXLAN').replace(
					'    type: Calico\n    ipam',
					'    type: Calico\n    specVersion: 1.0.0\n    ipam'
				),
				calico: '3.32',
			},
			severity: 'warning',
			message: /spec\.cni\.specVersion is in Calico 3\.31 and 3\.33 but not in 3\.32/,
		},
		{
			name: 'a misspelt metadata field is still named, though metadata is open',
			input: { text: felixSrcDst.replace('name: default', 'name: default\n  labls: {}') },
			severity: 'warning',
			message: /metadata\.labls .*Did you mean labels\?/,
		},
	],
});
