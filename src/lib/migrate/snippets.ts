import { toYaml } from '../operator/emit-yaml';
import { facts } from '../facts';
import type { Snippet } from './types';

export const f = facts;
export const block = f.blockSizeV4.value;
export const shell = (...lines: string[]): Snippet => ({
	lang: 'shell',
	code: `${lines.join('\n')}\n`,
});
export const yaml = (resource: object): Snippet => ({ lang: 'yaml', code: toYaml(resource) });

/** An operator pool entry with every field the operator keeps, set to the quickstart’s values. */
export function poolEntry(
	encapsulation: string,
	name = 'default-ipv4-ippool',
	cidr = f.defaultPoolV4.value
): Record<string, unknown> {
	return {
		name,
		cidr,
		encapsulation,
		natOutgoing: 'Enabled',
		blockSize: block.default,
		nodeSelector: 'all()',
	};
}

export const poolChanges = f.installationPoolChanges.value;

/** Why an Installation snippet is an excerpt to edit into the live resource, not a file to apply. */
export const excerptNote = [
	'# How the Installation reads after this step, shown with the quickstart’s pool.',
	'# Edit yours to match (kubectl edit installation default, or the patch below), keeping your own',
	`# ${poolChanges.identity}, ${poolChanges.fixed}, natOutgoing and nodeSelector: a new ${poolChanges.fixed} is refused, and a new ${poolChanges.identity} makes a new pool.`,
	'# Do not kubectl apply it as it stands: apply replaces the whole ipPools list, and the operator deletes any pool left out.',
].join('\n');

/** The operator’s `Installation` as it reads after a step, every pool entry in full, marked as an excerpt to edit in. */
export function installationPools(pools: Record<string, unknown>[], network: object = {}): Snippet {
	const resource = toYaml({
		apiVersion: 'operator.tigera.io/v1',
		kind: 'Installation',
		metadata: { name: 'default' },
		spec: { calicoNetwork: { ...network, ipPools: pools } },
	});
	return { lang: 'yaml', code: `${excerptNote}\n${resource}` };
}

/** A merge patch of `spec.calicoNetwork` fields beside the pool list, which leaves the list as it is. */
export function patchNetwork(fields: Record<string, string>): Snippet {
	const patch = JSON.stringify({ spec: { calicoNetwork: fields } });
	return shell(`kubectl patch installation default --type=merge -p '${patch}'`);
}

/** A JSON patch of the first IP pool entry of the `Installation` (index 0; use your pool's position). */
export function patchFirstPool(
	field: string,
	value: string | boolean,
	op: 'replace' | 'add' = 'replace'
): Snippet {
	const patch = JSON.stringify([{ op, path: `/spec/calicoNetwork/ipPools/0/${field}`, value }]);
	return shell(
		'# Index 0 is the first pool in spec.calicoNetwork.ipPools; use the position of yours.',
		`kubectl patch installation default --type=json -p '${patch}'`
	);
}

/** A JSON patch that removes the first IP pool entry of the `Installation`. */
export const removeFirstPool = shell(
	'# Index 0 is the first pool in spec.calicoNetwork.ipPools; use the position of the old one.',
	`kubectl patch installation default --type=json -p '${JSON.stringify([{ op: 'remove', path: '/spec/calicoNetwork/ipPools/0' }])}'`
);
export const showPools = shell('calicoctl get ippools -o wide');
export const poolsAndStatus = shell(
	'calicoctl get ippools -o wide',
	'kubectl get tigerastatus ippools'
);
export const editInstallation =
	'Change it in the operator’s Installation (kubectl edit installation default), never in the IPPool resource: the operator owns that pool and puts back whatever is edited there directly.';
export const noChange = 'Nothing has changed yet, so there is nothing to undo.';
export const mtuGap = f.vxlanOverheadV4.value - f.ipipOverheadV4.value;
export const srcDstIam = f.srcDstCheckIam.value.join(' and ');
