import { parse, parseAllDocuments } from 'yaml';
import { describe, expect, test } from 'vitest';
import {
	generateConfig,
	InputError,
	options,
	planAddresses,
	releaseOf,
	validateInstallation,
	withOperatorDefaults,
	type EnvironmentId,
	type OptionId,
} from '../../../src/lib';

const installable = options.filter((o) => o.operator !== null);

function installationOf(
	option: OptionId,
	env?: EnvironmentId,
	extra: Record<string, unknown> = {}
) {
	const result = generateConfig({ option, env, ...extra });
	if (!result.supported) throw new Error(result.reason);
	return { result, docs: parseAllDocuments(result.yaml).map((d) => d.toJS()) };
}

describe('generated configuration', () => {
	test.each(installable.flatMap((o) => o.environments.map((env) => ({ id: o.id, env }))))(
		'$id on $env parses back into an Installation the operator accepts',
		({ id, env }) => {
			const { docs } = installationOf(id, env);
			const installation = docs.find((d) => d.kind === 'Installation');
			expect(validateInstallation(installation)).toEqual([]);
		}
	);

	test.each(installable)(
		'$id sets the CNI, IPAM, BGP and encapsulation of its option',
		(option) => {
			const { docs } = installationOf(option.id);
			const spec = docs[0].spec;
			expect(spec.cni).toEqual({
				type: option.operator!.cni,
				ipam: { type: option.operator!.ipam },
			});
			expect(spec.calicoNetwork.bgp).toBe(option.operator!.bgp);
			expect(spec.calicoNetwork.ipPools?.[0]?.encapsulation).toBe(option.operator!.encapsulation);
		}
	);

	test.each(installable.filter((o) => o.operator!.cni !== 'Calico'))(
		'$id, whose CNI is not Calico’s, gets BGP disabled and no encapsulated pool',
		(option) => {
			const spec = installationOf(option.id).docs[0].spec;
			expect(spec.calicoNetwork.bgp).toBe('Disabled');
			expect(
				(spec.calicoNetwork.ipPools ?? []).filter(
					(pool: { encapsulation: string }) => pool.encapsulation !== 'None'
				)
			).toEqual([]);
		}
	);

	test.each(
		installable.filter((o) => o.operator!.ipam === 'HostLocal' && o.operator!.encapsulation)
	)('$id, with host-local IPAM, writes its pool without VXLAN', (option) => {
		const [pool] = installationOf(option.id).docs[0].spec.calicoNetwork.ipPools;
		expect(pool.encapsulation).not.toMatch(/VXLAN/);
	});

	test('cross-subnet VXLAN on AWS writes the Installation alone, and leaves the source/destination check to its own step', () => {
		const { docs, result } = installationOf('calico-vxlan-cross-subnet', 'aws');
		expect(docs.map((doc) => doc.kind)).toEqual(['Installation']);
		expect(result.notes.join(' ')).toMatch(/source\/destination check/);
	});

	test('plain VXLAN on EKS uses provider EKS and pool 172.16.0.0/16, without touching the source/destination check', () => {
		const { docs } = installationOf('calico-vxlan', 'aws', { managed: 'yes' });
		expect(docs).toHaveLength(1);
		expect(docs[0].spec.kubernetesProvider).toBe('EKS');
		expect(docs[0].spec.calicoNetwork.ipPools[0].cidr).toBe('172.16.0.0/16');
	});

	test('a Calico overlay on AWS tells the reader to raise max pods, and on EKS to put webhooks on the host network', () => {
		const notes = installationOf('calico-vxlan', 'aws', { managed: 'yes' }).result.notes.join(' ');
		expect(notes).toMatch(/--max-pods-per-node/);
		expect(notes).toMatch(/hostNetwork: true/);
		expect(
			installationOf('calico-vxlan-cross-subnet', 'aws', { managed: 'no' }).result.notes.join(' ')
		).not.toMatch(/hostNetwork/);
	});

	test('host-local IPAM tells the reader to make the pool the cluster’s pod CIDR', () => {
		expect(installationOf('azure-host-local', 'azure').result.notes.join(' ')).toMatch(
			/cluster’s pod CIDR/
		);
	});

	test('the quickstart defaults: 192.168.0.0/16, /26 blocks, NAT outgoing for pods that are not routable', () => {
		const pool = installationOf('calico-vxlan-cross-subnet', 'on-prem').docs[0].spec.calicoNetwork
			.ipPools[0];
		expect(pool).toEqual({
			name: 'default-ipv4-ippool',
			cidr: '192.168.0.0/16',
			encapsulation: 'VXLANCrossSubnet',
			natOutgoing: 'Enabled',
			blockSize: 26,
			nodeSelector: 'all()',
		});
	});

	test('routable pods with BGP peering keep their own address on the way out', () => {
		expect(
			installationOf('calico-bgp-peering').docs[0].spec.calicoNetwork.ipPools[0].natOutgoing
		).toBe('Disabled');
	});

	test.each(
		installable
			.filter((o) => o.operator!.encapsulation)
			.map((o) => ({ id: o.id, nat: o.routable ? 'Disabled' : 'Enabled' }))
	)('$id writes its pool with natOutgoing $nat', ({ id, nat }) => {
		expect(installationOf(id).docs[0].spec.calicoNetwork.ipPools[0].natOutgoing).toBe(nat);
	});

	test('the reader’s pool, block size and MTU are written as given', () => {
		const spec = installationOf('calico-vxlan', 'google-cloud', {
			poolCidr: '10.48.0.0/14',
			blockSize: 24,
			mtu: 1410,
		}).docs[0].spec;
		expect(spec.calicoNetwork).toMatchObject({
			mtu: 1410,
			ipPools: [{ cidr: '10.48.0.0/14', blockSize: 24 }],
		});
	});

	test('Canal has no operator configuration, and says why', () => {
		expect(generateConfig({ option: 'canal' })).toMatchObject({
			supported: false,
			reason: expect.stringMatching(/does not install/),
		});
	});

	test('an IP-in-IP option with an IPv6 pool is refused in words', () => {
		expect(() => generateConfig({ option: 'calico-ipip', poolCidr: 'fd00::/48' })).toThrow(
			InputError
		);
		expect(() => generateConfig({ option: 'calico-ipip', poolCidr: 'fd00::/48' })).toThrow(
			/IPv4 only/
		);
	});

	test.each([
		['shorter than IPv4 allows', '192.168.0.0/16', 19],
		['larger than the pool', '10.0.0.0/24', 22],
		['left out, when the default /26 is larger than the pool', '10.0.0.0/28', undefined],
	])(
		'a block size %s is refused with the IP plan calculator’s own words',
		(_, poolCidr, blockSize) => {
			const fromCalculator = (() => {
				try {
					planAddresses({ poolCidr, nodes: 1, podsPerNode: 1, blockSize });
				} catch (error) {
					return error;
				}
			})();
			expect(fromCalculator).toBeInstanceOf(InputError);
			expect(() => generateConfig({ option: 'calico-vxlan', poolCidr, blockSize })).toThrow(
				fromCalculator as InputError
			);
		}
	);

	test('a bad pool CIDR is refused in words', () => {
		expect(() => generateConfig({ option: 'calico-vxlan', poolCidr: '10.0.0.0/33' })).toThrow(
			/not a valid CIDR/
		);
	});

	test('the YAML is a plain document a reader can paste', () => {
		const yaml = (generateConfig({ option: 'calico-vxlan-cross-subnet' }) as { yaml: string }).yaml;
		expect(parse(yaml).metadata.name).toBe('default');
		expect(yaml.startsWith('apiVersion: operator.tigera.io/v1\nkind: Installation\n')).toBe(true);
	});
});

describe('the Installation validator follows the operator’s rules', () => {
	const base = (spec: object) => ({
		apiVersion: 'operator.tigera.io/v1',
		kind: 'Installation',
		metadata: { name: 'default' },
		spec,
	});
	const pool = (encapsulation: string, cidr = '192.168.0.0/16') => ({
		name: 'p',
		cidr,
		encapsulation,
		natOutgoing: 'Enabled',
		blockSize: 26,
		nodeSelector: 'all()',
	});

	test.each([
		[
			'a non-Calico CNI with an encapsulated pool',
			{
				cni: { type: 'AmazonVPC', ipam: { type: 'AmazonVPC' } },
				calicoNetwork: { bgp: 'Disabled', ipPools: [pool('VXLAN')] },
			},
			/non-Calico CNI, encapsulation must be None/,
		],
		[
			'a non-Calico CNI with BGP on',
			{
				cni: { type: 'AzureVNET', ipam: { type: 'AzureVNET' } },
				calicoNetwork: { bgp: 'Enabled' },
			},
			/BGP must be Disabled/,
		],
		[
			'the Amazon VPC CNI on AKS',
			{ kubernetesProvider: 'AKS', cni: { type: 'AmazonVPC', ipam: { type: 'AmazonVPC' } } },
			/needs kubernetesProvider EKS/,
		],
		[
			'the Azure CNI on EKS',
			{ kubernetesProvider: 'EKS', cni: { type: 'AzureVNET', ipam: { type: 'AzureVNET' } } },
			/needs kubernetesProvider AKS/,
		],
		[
			'the GKE CNI on EKS',
			{ kubernetesProvider: 'EKS', cni: { type: 'GKE', ipam: { type: 'HostLocal' } } },
			/needs kubernetesProvider GKE/,
		],
		[
			'host-local IPAM with VXLAN',
			{
				cni: { type: 'Calico', ipam: { type: 'HostLocal' } },
				calicoNetwork: { bgp: 'Disabled', ipPools: [pool('VXLAN')] },
			},
			/HostLocal IPAM does not support VXLAN/,
		],
		[
			'IPIP on an IPv6 pool',
			{
				cni: { type: 'Calico', ipam: { type: 'Calico' } },
				calicoNetwork: { bgp: 'Enabled', ipPools: [pool('IPIP', 'fd00::/48')] },
			},
			/IPIP is not supported on IPv6/,
		],
		[
			'IPIP with BGP off and its routes left to BIRD',
			{
				cni: { type: 'Calico', ipam: { type: 'Calico' } },
				calicoNetwork: {
					bgp: 'Disabled',
					clusterRoutingMode: 'BIRD',
					ipPools: [pool('IPIPCrossSubnet')],
				},
			},
			/IPIP with clusterRoutingMode BIRD needs BGP Enabled/,
		],
		[
			'a CNI the operator does not know, with no IPAM given',
			{ cni: { type: 'Weave' } },
			/spec.cni.type "Weave" must be one of/,
		],
	])('rejects %s', (_, spec, message) => {
		expect(validateInstallation(base(spec)).join(' ')).toMatch(message);
	});

	test.each([
		['no CNI at all: Calico with Calico IPAM', {}, 'Calico', 'Calico'],
		[
			'no CNI on EKS: the Amazon VPC CNI with its IPAM',
			{ kubernetesProvider: 'EKS' },
			'AmazonVPC',
			'AmazonVPC',
		],
		[
			'no CNI on AKS: the Azure CNI with its IPAM',
			{ kubernetesProvider: 'AKS' },
			'AzureVNET',
			'AzureVNET',
		],
		['Calico CNI with no IPAM: Calico IPAM', { cni: { type: 'Calico' } }, 'Calico', 'Calico'],
		['GKE CNI with no IPAM: host-local', { cni: { type: 'GKE' } }, 'GKE', 'HostLocal'],
	])('fills in what the operator would for %s', (_, spec, cni, ipam) => {
		const filled = withOperatorDefaults(base(spec)) as {
			spec: { cni: { type: string; ipam: { type: string } } };
		};
		expect(filled.spec.cni).toEqual({ type: cni, ipam: { type: ipam } });
		expect(validateInstallation(base(spec)).join(' ')).not.toMatch(/spec.cni/);
	});

	test.each([
		['an IPv4 pool', '10.0.0.0/16', 26, 'Enabled'],
		['an IPv6 pool', 'fd00:10::/48', 122, 'Disabled'],
	])(
		'fills in natOutgoing and the block size of %s as the operator does',
		(_, cidr, blockSize, natOutgoing) => {
			const filled = withOperatorDefaults(
				base({
					cni: { type: 'Calico' },
					calicoNetwork: { ipPools: [{ cidr, encapsulation: 'VXLAN' }] },
				})
			) as { spec: { calicoNetwork: { ipPools: Record<string, unknown>[] } } };
			expect(filled.spec.calicoNetwork.ipPools[0]).toMatchObject({ natOutgoing, blockSize });
		}
	);

	test('accepts IPIP with BGP off when Felix programs the routes (Calico 3.32)', () => {
		const spec = {
			cni: { type: 'Calico', ipam: { type: 'Calico' } },
			calicoNetwork: { bgp: 'Disabled', clusterRoutingMode: 'Felix', ipPools: [pool('IPIP')] },
		};
		expect(validateInstallation(base(spec), {}, releaseOf('3.32'))).toEqual([]);
	});

	test.each([
		[
			'no bgp field with IPIP (the operator fills in Enabled)',
			{
				cni: { type: 'Calico', ipam: { type: 'Calico' } },
				calicoNetwork: { ipPools: [pool('IPIP')] },
			},
			[],
		],
		[
			'no bgp field with an unwrapped pool on EKS (the operator fills in Disabled)',
			{
				kubernetesProvider: 'EKS',
				cni: { type: 'Calico', ipam: { type: 'Calico' } },
				calicoNetwork: { ipPools: [pool('None')] },
			},
			[/needs BGP Enabled/],
		],
		[
			'no bgp field with the Azure CNI (the operator fills in Disabled)',
			{ cni: { type: 'AzureVNET', ipam: { type: 'AzureVNET' } }, calicoNetwork: {} },
			[],
		],
		[
			'a pool with no nodeSelector (the operator fills in all())',
			{
				cni: { type: 'Calico', ipam: { type: 'Calico' } },
				calicoNetwork: { bgp: 'Disabled', ipPools: [{ ...pool('VXLAN'), nodeSelector: '' }] },
			},
			[],
		],
	] as const)('fills in the operator’s defaults before judging %s', (_, spec, problems) => {
		const found = validateInstallation(base(spec));
		expect(found).toHaveLength(problems.length);
		problems.forEach((p, i) => expect(found[i]).toMatch(p));
	});

	test('accepts VXLAN with BGP off', () => {
		const spec = {
			cni: { type: 'Calico', ipam: { type: 'Calico' } },
			calicoNetwork: { bgp: 'Disabled', ipPools: [pool('VXLAN')] },
		};
		expect(validateInstallation(base(spec))).toEqual([]);
	});
});
