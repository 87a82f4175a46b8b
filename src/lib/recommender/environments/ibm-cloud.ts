import type { OptionId } from '../../catalog/options';
import { defineEnvironment, type EnvironmentPage } from './define';
import type { Rule } from './types';

/** IBM Cloud: the IP-in-IP cross-subnet mode that IKS builds in. */
const decide: Rule = (a) => {
	const reasons =
		a.managed === 'no'
			? [
					'IKS, IBM’s managed Kubernetes, runs Calico with IP-in-IP in cross-subnet mode; on clusters you run yourself on IBM Cloud, the same mode is the proven choice.',
				]
			: [
					'IKS, IBM’s managed Kubernetes, comes with Calico built in, running IP-in-IP in cross-subnet mode, and also uses Calico policy to protect the nodes themselves.',
				];
	const tradeoffs: string[] = [];
	if (a.routable === 'yes') {
		tradeoffs.push(
			'You need routable pod IPs, but this mode keeps them inside the cluster, and this guide knows no IBM Cloud option that makes them routable.'
		);
	}
	const alternatives: OptionId[] = a.managed === 'no' ? ['calico-vxlan-cross-subnet'] : [];
	return { pick: 'calico-ipip-cross-subnet', alternatives, excluded: {}, reasons, tradeoffs };
};

/** IBM Cloud: how the guide decides. */
export const ibmCloud = defineEnvironment({ id: 'ibm-cloud', decide });

/** IBM Cloud: what the underlay is like, and the options its page lists (apart from the decision, so the recommender does not ship them). */
export const ibmCloudPage: EnvironmentPage<'ibm-cloud'> = {
	id: 'ibm-cloud',
	underlay: 'IBM Cloud networks, where IKS builds Calico in and runs IP-in-IP between subnets.',
	listings: [
		{
			option: 'calico-ipip-cross-subnet',
			when: 'You run IKS, which builds this mode in.',
			answers: { managed: 'yes' },
		},
	],
};
