import { fargatePolicy } from '../catalog/aws-notes';
import { cautionsFor } from './blockers';
import { overheadBytes, wrapperNames } from '../catalog/encapsulation';
import type { EnvironmentId } from '../catalog/environments';
import { facts, newestRelease, type Release } from '../facts';
import type { NetworkingOption } from '../catalog/option-types';
import { retiringLabel } from '../catalog/option-words';
import type { CompleteAnswers, QuestionId } from '../catalog/questions';

const wg = () =>
	`WireGuard takes ${facts.wireguardOverheadV4.value} bytes of every packet between nodes (${facts.wireguardOverheadV6.value} over IPv6); Felix sizes the pod MTU for the largest header in use, and the network must pass UDP ${facts.wireguardPortV4.value} (${facts.wireguardPortV6.value} for IPv6) between nodes.`;

/**
 * What the constraint answers cost an option that still works: "not sure" answers that could rule it out, and
 * wishes it meets at a price (WireGuard's header, the eBPF dataplane's VXLAN, IPv6's larger header); `unmet`
 * names wishes the option cannot meet at all, which then cost nothing.
 */
export function constraintCosts(
	option: NetworkingOption,
	env: EnvironmentId,
	answers: CompleteAnswers,
	unmet: readonly QuestionId[] = [],
	release: Release = newestRelease
): string[] {
	const costs = cautionsFor(option, env, answers, release);
	const { wrapper, by } = option.encapsulation;
	if (answers.wireguard === 'yes' && !unmet.includes('wireguard')) {
		costs.push(wg());
		if (env === 'azure' && option.installable.managed.includes('AKS') && answers.managed !== 'no')
			costs.push(
				`On AKS, Felix takes the extra ${facts.aksWireguardExtraBytes.value} bytes Azure needs off the MTU by itself only with host encryption on; with pod traffic alone encrypted, set the MTU by hand.`
			);
	}
	if (
		answers.ebpf === 'yes' &&
		!unmet.includes('ebpf') &&
		!(wrapper === 'vxlan' && by === 'Calico')
	)
		costs.push(
			`The eBPF dataplane forwards NodePort traffic between nodes in VXLAN, so the network must pass UDP ${facts.vxlanPort.value} between nodes even though this option does not otherwise wrap pods in it.`
		);
	if (env === 'aws' && answers.fargate === 'yes' && answers.managed !== 'no')
		costs.push(fargatePolicy);
	if (answers.ipv6 === 'yes' && wrapper === 'vxlan')
		costs.push(
			`VXLAN over IPv6 adds ${overheadBytes.vxlan[6]} bytes per packet, not ${overheadBytes.vxlan[4]}.`
		);
	return costs;
}

/** What an option that works costs against the reader's answers, each as a sentence; empty when nothing counts against it. */
export function costsFor(
	option: NetworkingOption,
	env: EnvironmentId,
	answers: CompleteAnswers,
	release: Release = newestRelease
): string[] {
	const costs: string[] = [];
	if (answers.routable === 'yes' && !option.routable)
		costs.push(
			'Pod IPs are not routable outside the cluster, which you said you need: callers reach pods through services or ingress.'
		);
	if (answers['ip-scarce'] === 'yes' && option.addresses.consumesUnderlayAddresses)
		costs.push(
			'Every pod takes an address from the cloud network, which you said is short of them.'
		);
	if (answers['cloud-neutral'] === 'yes' && option.cloudDependency)
		costs.push(`Ties pod networking to ${lowerFirst(option.cloudDependency)}`);
	if (answers['pod-limit'] === 'yes' && option.podDensity) costs.push(option.podDensity);
	if (answers.bgp === 'unsure' && option.needsBgp && option.routes === 'BGP' && option.routable)
		costs.push('Works only if your routers can peer BGP with the nodes.');
	// Only the unwrapped mesh hangs on one segment; IP-in-IP wraps what crosses a router.
	if (
		answers.l2 === 'unsure' &&
		option.needsBgp &&
		option.encapsulation.scope === 'never' &&
		!option.routable
	)
		costs.push('Works only if every node sits on one layer-2 network.');
	const { scope, wrapper } = option.encapsulation;
	if (scope === 'always' && wrapper)
		costs.push(
			`Wraps every packet between nodes in ${wrapperNames[wrapper]}, ${overheadBytes[wrapper][4]} bytes less MTU for pods.`
		);
	const retiring = retiringLabel(option);
	if (retiring) costs.push(`${retiring}: ${option.retiring?.note}`);
	return [...costs, ...constraintCosts(option, env, answers, [], release)];
}

function lowerFirst(text: string): string {
	return text.charAt(0).toLowerCase() + text.slice(1);
}
