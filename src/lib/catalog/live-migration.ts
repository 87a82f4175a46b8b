import { has, type Release } from '../facts';
import type { NetworkingOption } from './option-types';

/**
 * True when KubeVirt VMs can live-migrate with their addresses on an option in a release: from the release that
 * brought it, with Calico's CNI and BGP routes and no wrapper (tigera/docs calico/networking/kubevirt/
 * kubevirt-networking.mdx: VXLAN and IP-in-IP support is planned, not there).
 */
export function carriesLiveMigration(option: NetworkingOption, release: Release): boolean {
	return (
		has(release, 'kubevirtLiveMigration') &&
		option.operator?.cni === 'Calico' &&
		option.routes === 'BGP' &&
		!option.encapsulation.wrapper
	);
}
