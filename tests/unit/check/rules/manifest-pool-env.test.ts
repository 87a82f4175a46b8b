import { readFileSync } from 'node:fs';
import { testRule } from '../rule-tester';
import { installation } from '../yaml';

/** Calico's manifests as published (the calico-config ConfigMap and calico-node DaemonSet), see the files' headers. */
const fixture = (name: string) =>
	readFileSync(new URL(`../../../fixtures/check/${name}`, import.meta.url), 'utf8');

testRule('manifest-pool-env', {
	valid: [
		{
			name: 'an operator Installation sets pools itself',
			input: { text: installation('10.0.0.0/16 VXLAN') },
		},
	],
	invalid: [
		{
			name: 'calico.yaml of Calico 3.33 sets the first pool’s IP-in-IP and VXLAN modes',
			input: { text: fixture('calico-v3.33-excerpt.yaml') },
			severity: 'info',
			message:
				/calico-node reads CALICO_IPV4POOL_IPIP, CALICO_IPV4POOL_VXLAN, CALICO_IPV6POOL_VXLAN only when it creates the cluster’s first pool/,
		},
		{
			name: 'calico-vxlan.yaml of Calico 3.33 likewise',
			input: { text: fixture('calico-vxlan-v3.33-excerpt.yaml') },
			severity: 'info',
			message: /CALICO_IPV4POOL_VXLAN/,
		},
	],
});
