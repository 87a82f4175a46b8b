import { carriesLiveMigration } from '../catalog/live-migration';
import { getOption, type OptionId } from '../catalog/options';
import type { Answers } from '../catalog/questions';
import { facts, has, type Release } from '../facts';
import { toYaml } from '../operator/emit-yaml';
import type { ExtraStep } from './extra-step';

/** True when the pick live-migrates KubeVirt VMs in the release and the reader wants it. */
export function wantsLiveMigration(option: OptionId, answers: Answers, release: Release): boolean {
	return answers.kubevirt === 'yes' && carriesLiveMigration(getOption(option), release);
}

const template = {
	apiVersion: 'kubevirt.io/v1',
	kind: 'VirtualMachine',
	metadata: { name: '<vm name>' },
	spec: {
		template: {
			metadata: { annotations: { 'kubevirt.io/allow-pod-bridge-network-live-migration': '' } },
			spec: {
				domain: { devices: { interfaces: [{ name: 'default', bridge: {} }] } },
				networks: [{ name: 'default', pod: {} }],
			},
		},
	},
};

/** What a VM needs to live-migrate on Calico: bridge binding and KubeVirt's permission, beside the Installation's policy wait. */
export function kubevirtStep(peering: boolean): ExtraStep {
	const ports = facts.kubevirtMigrationPorts.value.join(' and ');
	return {
		id: 'kubevirt-live-migration',
		title: 'VirtualMachine settings that let Calico live-migrate a VM with its address',
		language: 'yaml',
		text: [
			'# Merge into each VirtualMachine: bridge binding to the pod network, and the annotation in the VMI template.',
			toYaml(template),
		].join('\n'),
		why: [
			`Calico keeps a VM’s address across restarts and migrations (IPAMConfiguration kubeVirtVMAddressPersistence, on by default) only with bridge binding, where the VM uses the pod’s own address; KubeVirt refuses to migrate a bridged VM without the annotation. The Installation above sets linuxPolicySetupTimeoutSeconds: ${facts.kubevirtPolicySetupTimeout.value}, so the target pod reports ready only once its policy is in place. If you use host endpoint policy, allow TCP ${ports} between nodes: libvirt copies the VM over them. Live migration does not work with WireGuard on.`,
			...(peering
				? [
						'Where racks peer with their routers over eBGP, the routers must carry the higher-priority /32 route of a migrating VM from rack to rack: Calico’s KubeVirt BGP guide tags it with a community through a BGPFilter.',
					]
				: []),
		].join(' '),
	};
}

/** What the configuration says when the reader wants live migration and the pick, in the release, cannot give it. */
export function liveMigrationLeftOut(option: OptionId, release: Release): string {
	if (!has(release, 'kubevirtLiveMigration'))
		return `Left out: KubeVirt live migration. Calico ${release.minor} has none: it came in Calico ${facts.kubevirtLiveMigrationSince.value}.`;
	return `Left out: KubeVirt live migration. ${getOption(option).name} cannot carry it: Calico live-migrates a VM with its address only on BGP-routed pools with no wrapper.`;
}
