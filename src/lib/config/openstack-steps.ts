import { facts } from '../facts';
import type { CatalogOption } from '../catalog/options';
import type { EnvironmentId } from '../catalog/environments';
import type { Answers } from '../catalog/questions';
import type { ExtraStep } from './extra-step';

/** True when the pick sends pod packets between OpenStack VMs unwrapped and the reader has not said the ports drop them. */
export function needsAddressPairs(
	option: CatalogOption,
	env: EnvironmentId,
	answers: Answers
): boolean {
	return (
		env === 'openstack' &&
		answers['pod-source'] !== 'no' &&
		option.operator?.cni === 'Calico' &&
		option.encapsulation.scope !== 'always'
	);
}

/** The pod range as an allowed address pair on every node's Neutron port (facts.neutronPortSecurity). */
export function addressPairsStep(): ExtraStep {
	return {
		id: 'openstack-address-pairs',
		title: 'openstack commands that let the node ports send from pod addresses',
		language: 'shell',
		text: [
			'# The pool’s CIDR, as the Installation says it (run once Calico is installed).',
			"POD_CIDR=$(kubectl get installation default -o jsonpath='{.spec.calicoNetwork.ipPools[0].cidr}')",
			'# Every port of every node VM; name the VMs as yours are named.',
			"for server in $(openstack server list --name '^k8s-' -f value -c ID); do",
			'  for port in $(openstack port list --server "$server" -f value -c ID); do',
			'    openstack port set --allowed-address ip-address="$POD_CIDR" "$port"',
			'  done',
			'done',
			'',
		].join('\n'),
		why: `Neutron drops a packet whose source is not the port’s own address or one of its ${facts.neutronPortSecurity.value}, and this pick sends pod packets unwrapped between VMs of a subnet. Add the pair before nodes join, and to every node added later (a Terraform or Heat template can carry it); without it, pods on different nodes of one subnet cannot reach each other.`,
	};
}
