import { describe, expect, test } from 'vitest';
import { checkConfiguration, type CheckInput } from '../../../src/lib/check';
import { readFileSync } from 'node:fs';
import { installation, ipPool, v3 } from './yaml';

/** Calico's calico.yaml of 3.33, as published (see the file's header). */
const calicoYaml = readFileSync(
	new URL('../../fixtures/check/calico-v3.33-excerpt.yaml', import.meta.url),
	'utf8'
);

/** Line and column (1-based) where `key` (a field name followed by a colon) is written on the line holding `near`. */
function placeOf(text: string, near: string, key: string) {
	const lines = text.split('\n');
	const index = lines.findIndex((line) => line.includes(near));
	if (index < 0) throw new Error(`the paste has no line with ${near}`);
	const column = lines[index]!.indexOf(key);
	return { line: index + 1, column: column + 1 };
}

const azureIpip = installation('10.244.0.0/16 IPIP');
const dump = `apiVersion: v1
kind: List
items:
- apiVersion: apps/v1
  kind: Deployment
  metadata: {name: web}
- apiVersion: projectcalico.org/v3
  kind: IPPool
  metadata:
    name: pods
  spec:
    cidr: 10.244.0.0/16
    ipipMode: Always
`;
const mtu = installation('10.244.0.0/16 VXLAN', '    mtu: 9001\n');
const badPool = ipPool('{cidr: 10.244.0.0/16, vxlanMode: Sometimes}').replace(
	'spec: {cidr: 10.244.0.0/16, vxlanMode: Sometimes}',
	'spec:\n  cidr: 10.244.0.0/16\n  vxlanMode: Sometimes'
);
const badEncapsulation = installation('10.244.0.0/16 GRE');
const felix = v3('FelixConfiguration', 'default', '{}').replace(
	'spec: {}',
	'spec:\n  programClusterRoutes: Sometimes'
);

const cases: {
	name: string;
	input: Partial<CheckInput> & { text: string };
	rule: string;
	at: { line: number; column: number };
}[] = [
	{
		name: 'IP-in-IP on Azure points at the pool’s encapsulation',
		input: { text: azureIpip, env: 'azure' },
		rule: 'azure-ipip',
		at: placeOf(azureIpip, 'encapsulation: IPIP', 'encapsulation'),
	},
	{
		name: 'an IPPool inside a kubectl List is pointed at in the List itself',
		input: { text: dump, env: 'azure' },
		rule: 'azure-ipip',
		at: placeOf(dump, 'ipipMode: Always', 'ipipMode'),
	},
	{
		name: 'the operator’s refusal of an encapsulation points at that pool’s field',
		input: { text: badEncapsulation },
		rule: 'operator-validation',
		at: placeOf(badEncapsulation, 'encapsulation: GRE', 'encapsulation'),
	},
	{
		name: 'an IP pool mode the API does not know points at the mode',
		input: { text: badPool },
		rule: 'ippool-validation',
		at: placeOf(badPool, 'vxlanMode: Sometimes', 'vxlanMode'),
	},
	{
		name: 'a pod MTU too large for Azure points at calicoNetwork.mtu',
		input: { text: mtu, env: 'azure' },
		rule: 'mtu-too-large',
		at: placeOf(mtu, 'mtu: 9001', 'mtu'),
	},
	{
		name: 'a programClusterRoutes value the release does not take points at the field',
		input: { text: installation('10.244.0.0/16 VXLAN') + felix },
		rule: 'cluster-routes',
		at: placeOf(
			installation('10.244.0.0/16 VXLAN') + felix,
			'programClusterRoutes',
			'programClusterRoutes'
		),
	},
	{
		name: 'a pool with fewer blocks than nodes points at the pool (its blockSize is not written)',
		input: { text: installation('10.244.0.0/24 VXLAN'), nodes: 50 },
		rule: 'pool-capacity',
		at: placeOf(installation('10.244.0.0/24 VXLAN'), '- cidr: 10.244.0.0/24', 'cidr'),
	},
	{
		name: 'the manifest’s pool variables point at the first of them in calico-node’s env',
		input: { text: calicoYaml },
		rule: 'manifest-pool-env',
		at: placeOf(calicoYaml, 'name: CALICO_IPV4POOL_IPIP', 'name'),
	},
	{
		name: 'a mesh past its size points at the Installation’s bgp',
		input: { text: installation('10.0.0.0/12 None', '    bgp: Enabled\n'), nodes: 150 },
		rule: 'bgp-mesh-size',
		at: placeOf(installation('10.0.0.0/12 None', '    bgp: Enabled\n'), 'bgp: Enabled', 'bgp'),
	},
];

describe('findings point at the field they are about', () => {
	test.each(cases)('$name', ({ input, rule, at }) => {
		const { findings } = checkConfiguration({ env: 'on-prem', ...input });
		const found = findings.find((f) => f.rule === rule);
		expect(found, `no ${rule} finding`).toBeDefined();
		expect({ line: found!.line, column: found!.column }).toEqual(at);
	});

	test('the operator’s default pool, which the paste does not hold, points at calicoNetwork', () => {
		const text = `apiVersion: operator.tigera.io/v1
kind: Installation
metadata: {name: default}
spec:
  calicoNetwork:
    bgp: Enabled
`;
		const { findings } = checkConfiguration({ env: 'azure', text });
		const found = findings.find((f) => f.rule === 'azure-ipip');
		expect(found, 'no azure-ipip finding').toBeDefined();
		expect({ line: found!.line, column: found!.column }).toEqual(
			placeOf(text, 'calicoNetwork:', 'calicoNetwork')
		);
	});
});
