import { environmentIds } from '../../catalog/environments';
import { sources as s } from '../../facts';
import {
	f,
	block,
	shell,
	poolEntry,
	installationPools,
	patchFirstPool,
	removeFirstPool,
	showPools,
	noChange,
} from '../snippets';
import type { Move } from '../types';

const oldPool = poolEntry('VXLANCrossSubnet');
const newPool = poolEntry('VXLANCrossSubnet', 'new-ipv4-ippool', '10.244.0.0/16');
const drain = f.installationPoolDrainField.value;

export const newPoolMove: Move = {
	id: 'new-pool',
	title: 'A new pool CIDR or block size',
	summary:
		'Moves pods onto a new IP pool, because an existing pool’s CIDR and block size are fixed once created.',
	from: { mode: 'An IP pool with the old CIDR or block size', options: [] },
	to: { mode: 'A new IP pool beside it, then alone', options: [] },
	environments: environmentIds,
	reversible: true,
	reversal:
		'Until the old pool is removed, allow allocations from it again, block them from the new one, and restart the pods. After removal, add the old entry back to the Installation and do the same.',
	disrupts: [
		{
			kind: 'pod-restarts',
			why: 'A pod takes an address only when it starts, so every pod must be recreated to leave the old pool.',
		},
		{
			kind: 'new-pod-ips',
			why: 'Pods come back with addresses from the new range; anything that allows or routes by the old range must learn the new one.',
		},
	],
	steps: [
		{
			title: 'Choose the new range',
			action: `Pick a CIDR that overlaps neither the old pool, the nodes’ network, nor anything pods must reach, and a block size from /${block.min} to /${block.max} (default /${block.default}). If the cluster’s pod CIDR (the controller manager’s --cluster-cidr) is enforced anywhere, widen it to cover the new range too.`,
			code: [],
			verify: 'The IP planning tool of this guide shows the range holding your nodes and pods.',
			rollback: noChange,
		},
		{
			title: 'Add the new pool to the Installation',
			action:
				'Add a second entry to spec.calicoNetwork.ipPools of the Installation; the operator creates the pool. Do not create or edit IPPool resources yourself, since the operator reconciles them from this list.',
			code: [
				installationPools([oldPool, newPool]),
				shell(
					`kubectl patch installation default --type=json -p '${JSON.stringify([{ op: 'add', path: '/spec/calicoNetwork/ipPools/-', value: newPool }])}'`
				),
			],
			verify: 'Both pools are listed, neither disabled.',
			verifyCode: showPools,
			rollback: 'Remove the new entry from the Installation’s ipPools.',
		},
		{
			title: 'Stop new addresses from the old pool',
			action: `Set ${drain}: true on the old entry, the operator’s name for the IP pool’s disabled field. Running pods keep their addresses; new pods draw from the new pool.`,
			code: [
				installationPools([{ ...oldPool, [drain]: true }, newPool]),
				// add sets the field whether or not the entry has it yet.
				patchFirstPool(drain, true, 'add'),
			],
			verify: 'The old pool shows DISABLED true; a new test pod gets an address in the new range.',
			verifyCode: showPools,
			rollback: `Set ${drain} back to false on the old entry.`,
		},
		{
			title: 'Recreate every pod',
			action:
				'Restart workloads namespace by namespace, then delete any bare pods so their owners recreate them. Pods on the host network have node addresses and are unaffected.',
			code: [shell('kubectl rollout restart deployment,statefulset,daemonset -n my-namespace')],
			verify:
				'The old pool’s in-use count falls to zero. If a node’s tunnel address is still in the old range, restart that node’s calico-node pod.',
			verifyCode: shell(
				'calicoctl ipam show',
				'kubectl get pods -A -o wide',
				'calicoctl get nodes -o yaml | grep -i tunnel'
			),
			rollback: 'Allow the old pool again, disable the new one, and restart the pods once more.',
		},
		{
			title: 'Remove the old pool',
			action: 'When nothing uses the old pool, delete its entry from the Installation’s ipPools.',
			code: [installationPools([newPool]), removeFirstPool],
			verify: 'Only the new pool is listed, and the IPAM check reports no problems.',
			verifyCode: shell('calicoctl get ippools -o wide', 'calicoctl ipam check'),
			rollback: 'Add the old entry back, as long as nothing else has taken its range.',
		},
	],
	sources: [
		s.migratePoolsPage,
		s.ipPoolPage,
		s.installationApiPage,
		s.operatorRevertsPoolEdits,
		s.calicoPoolEditsReverted,
		s.operatorInstallationTypes,
		s.operatorPoolController,
		s.ipPoolClient,
		s.ipPoolApi,
		s.kubectlPatch,
	],
};
