import { sources as s } from '../../facts';
import {
	shell,
	yaml,
	poolEntry,
	installationPools,
	patchFirstPool,
	showPools,
	editInstallation,
	srcDstIam,
} from '../snippets';
import type { Move } from '../types';

export const alwaysToCrossSubnet: Move = {
	id: 'always-to-cross-subnet',
	title: 'Always wrapped to cross-subnet',
	summary:
		'Stops wrapping packets between nodes of the same subnet, so only traffic that crosses a subnet boundary pays for the tunnel.',
	from: { mode: 'VXLAN or IP-in-IP on every packet', options: ['calico-vxlan', 'calico-ipip'] },
	to: {
		mode: 'VXLAN or IP-in-IP between subnets only',
		options: ['calico-vxlan-cross-subnet', 'calico-ipip-cross-subnet'],
	},
	environments: ['on-prem', 'aws', 'openstack', 'vsphere', 'other'],
	reversible: true,
	reversal:
		'Set the encapsulation back to VXLAN or IPIP in the Installation; every packet is wrapped again, which the network always carries.',
	disrupts: [
		{
			kind: 'inter-node-blip',
			why: 'Routes between nodes of one subnet move off the tunnel device; if the network drops unwrapped pod traffic, those nodes lose each other until you go back.',
		},
	],
	steps: [
		{
			title: 'Make sure the subnet carries unwrapped pod traffic',
			action: `Inside a subnet, packets will leave with pod addresses on the outside. On AWS that needs the EC2 source/destination check off on every node: set awsSrcDstCheck to Disable and give the nodes’ role ${srcDstIam}. On your own network, check that no firewall or anti-spoofing filter drops such packets.`,
			code: [
				yaml({
					apiVersion: 'projectcalico.org/v3',
					kind: 'FelixConfiguration',
					metadata: { name: 'default' },
					spec: { awsSrcDstCheck: 'Disable' },
				}),
			],
			verify: 'On AWS, every node instance reports SourceDestCheck false.',
			verifyCode: shell(
				"aws ec2 describe-instances --filters Name=tag:eks:cluster-name,Values=my-cluster --query 'Reservations[].Instances[].SourceDestCheck'"
			),
			rollback: 'Set awsSrcDstCheck to Enable to turn the check back on.',
		},
		{
			title: 'Switch the pool to its cross-subnet mode',
			action: `${editInstallation} Replace VXLAN with VXLANCrossSubnet, or IPIP with IPIPCrossSubnet.`,
			code: [
				installationPools([poolEntry('VXLANCrossSubnet')]),
				patchFirstPool('encapsulation', 'VXLANCrossSubnet'),
			],
			verify:
				'The pool shows CrossSubnet. On a node, ip route sends pod blocks of same-subnet nodes through the main interface and those of other subnets through the tunnel device.',
			verifyCode: showPools,
			rollback: 'Put VXLAN (or IPIP) back in the same pool entry.',
		},
		{
			title: 'Test both paths',
			action:
				'Run a pod on two nodes of one subnet and on a node of another, then reach each from the first.',
			code: [shell('kubectl get pods -o wide', 'kubectl exec my-pod -- ping -c 3 <pod IP>')],
			verify:
				'Both pings answer. If only the same-subnet one fails, the network still drops unwrapped pod packets: go back to the previous step.',
			rollback: 'If the same-subnet ping fails, restore the always-wrapped encapsulation.',
		},
	],
	sources: [
		s.ipPoolPage,
		s.installationApiPage,
		s.awsPage,
		s.felixConfigPage,
		s.felixAwsEc2,
		s.operatorPoolController,
		s.kubectlPatch,
	],
};
