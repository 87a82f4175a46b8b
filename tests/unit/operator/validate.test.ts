import { describe, expect, test } from 'vitest';
import { releaseOf, validateInstallation, withOperatorDefaults } from '../../../src/lib';

const base = (spec: Record<string, unknown>) => ({
	apiVersion: 'operator.tigera.io/v1',
	kind: 'Installation',
	metadata: { name: 'default' },
	spec,
});
const calico = { type: 'Calico', ipam: { type: 'Calico' } };
const pools = (...ipPools: Record<string, unknown>[]) =>
	base({ cni: calico, calicoNetwork: { bgp: 'Enabled', ipPools } });
const lb = (extra: Record<string, unknown> = {}) => ({
	name: 'lb',
	cidr: '10.50.0.0/24',
	encapsulation: 'None',
	allowedUses: ['LoadBalancer'],
	...extra,
});

type Filled = { spec: { calicoNetwork: { bgp?: string; ipPools?: Record<string, unknown>[] } } };
const filled = (spec: Record<string, unknown>, clusterHasPools = false) =>
	(withOperatorDefaults(base(spec), { clusterHasPools }) as Filled).spec.calicoNetwork;

describe('the IP pool controller’s rejections (pkg/controller/ippool/validation.go)', () => {
	test.each([
		[
			'a LoadBalancer pool with encapsulation',
			pools(lb({ encapsulation: 'VXLAN' })),
			/IP pool 10\.50\.0\.0\/24: a LoadBalancer pool takes encapsulation None, not VXLAN\./,
		],
		[
			'a LoadBalancer pool with no encapsulation (the operator fills in IPIP)',
			pools(lb({ encapsulation: undefined })),
			/takes encapsulation None, not IPIP \(the operator fills in IPIP for a pool with no encapsulation\)/,
		],
		[
			'a LoadBalancer pool also used for workloads',
			pools(lb({ allowedUses: ['LoadBalancer', 'Workload'] })),
			/allowedUses LoadBalancer cannot be combined with Workload or Tunnel/,
		],
		[
			'a LoadBalancer pool on some nodes only',
			pools(lb({ nodeSelector: 'rack == "a"' })),
			/a LoadBalancer pool needs nodeSelector all\(\), not rack == "a"/,
		],
		[
			'a LoadBalancer pool kept out of BGP',
			pools(lb({ disableBGPExport: true })),
			/a LoadBalancer pool cannot set disableBGPExport: true/,
		],
		[
			'a pool smaller than its block',
			pools({ cidr: '10.0.0.0/28', encapsulation: 'VXLAN', blockSize: 26 }),
			/IP pool 10\.0\.0\.0\/28: the pool is smaller than one block \(blockSize 26\); use a blockSize of 28 or more/,
		],
		[
			'a pool smaller than the default block',
			pools({ cidr: '10.0.0.0/27', encapsulation: 'VXLAN' }),
			/smaller than one block \(blockSize 26\)/,
		],
		[
			'the same CIDR twice',
			pools(
				{ name: 'a', cidr: '10.0.0.0/16', encapsulation: 'VXLAN' },
				{ name: 'b', cidr: '10.0.0.0/16', encapsulation: 'VXLAN' }
			),
			/IP pool 10\.0\.0\.0\/16 is listed more than once/,
		],
		[
			'the same name twice',
			pools(
				{ name: 'pods', cidr: '10.0.0.0/16', encapsulation: 'VXLAN' },
				{ name: 'pods', cidr: '10.1.0.0/16', encapsulation: 'VXLAN' }
			),
			/IP pool name pods is used more than once/,
		],
		[
			'a non-Calico CNI with a pool on some nodes only',
			base({
				kubernetesProvider: 'EKS',
				cni: { type: 'AmazonVPC', ipam: { type: 'AmazonVPC' } },
				calicoNetwork: { ipPools: [{ cidr: '10.0.0.0/16', nodeSelector: 'zone == "a"' }] },
			}),
			/with a non-Calico CNI, nodeSelector must be all\(\), not zone == "a"/,
		],
		[
			'a CIDR that does not parse',
			pools({ cidr: '10.0.0/16', encapsulation: 'VXLAN' }),
			/IP pool 10\.0\.0\/16: "10\.0\.0\/16" is not a valid CIDR\./,
		],
	])('rejects %s', (_, installation, message) => {
		expect(validateInstallation(installation).join(' ')).toMatch(message);
	});

	test.each([
		['a LoadBalancer pool, unwrapped on every node', pools(lb())],
		['a pool exactly one block large', pools({ cidr: '10.0.0.0/26', encapsulation: 'VXLAN' })],
		[
			'two pools with no names (the operator names them after their CIDRs)',
			pools(
				{ cidr: '10.0.0.0/16', encapsulation: 'VXLAN' },
				{ cidr: '10.1.0.0/16', encapsulation: 'VXLAN' }
			),
		],
	])('accepts %s', (_, installation) => {
		expect(validateInstallation(installation)).toEqual([]);
	});
});

describe('the pools the operator fills in (pkg/controller/ippool/defaults.go)', () => {
	test.each([
		[
			'no pools with Calico IPAM: its own IPv4 pool, IP-in-IP',
			{},
			[{ name: 'default-ipv4-ippool', cidr: '192.168.0.0/16', encapsulation: 'IPIP' }],
		],
		[
			'no pools on EKS with the Calico CNI: 172.16.0.0/16 with VXLAN',
			{ kubernetesProvider: 'EKS', cni: { type: 'Calico' } },
			[{ name: 'default-ipv4-ippool', cidr: '172.16.0.0/16', encapsulation: 'VXLAN' }],
		],
		[
			'no pools on AKS with the Calico CNI: the same IP-in-IP pool as anywhere',
			{ kubernetesProvider: 'AKS', cni: { type: 'Calico' } },
			[{ cidr: '192.168.0.0/16', encapsulation: 'IPIP' }],
		],
		['an empty list: no pool', { calicoNetwork: { ipPools: [] } }, []],
		['no pools with host-local IPAM: no pool', { cni: { type: 'GKE' } }, undefined],
		[
			'an IPv4 pool with no encapsulation and the Calico CNI: IP-in-IP',
			{ calicoNetwork: { ipPools: [{ cidr: '10.0.0.0/16' }] } },
			[{ cidr: '10.0.0.0/16', encapsulation: 'IPIP', natOutgoing: 'Enabled', blockSize: 26 }],
		],
		[
			'an IPv6 pool with no encapsulation: None, natOutgoing Disabled',
			{ calicoNetwork: { ipPools: [{ cidr: 'fd00:10::/48' }] } },
			[{ cidr: 'fd00:10::/48', encapsulation: 'None', natOutgoing: 'Disabled', blockSize: 122 }],
		],
		[
			'an IPv4 pool with no encapsulation and the Amazon VPC CNI: None',
			{ kubernetesProvider: 'EKS', calicoNetwork: { ipPools: [{ cidr: '10.0.0.0/16' }] } },
			[{ cidr: '10.0.0.0/16', encapsulation: 'None' }],
		],
		[
			'a dual-stack pair: the standard names',
			{ calicoNetwork: { ipPools: [{ cidr: '10.0.0.0/16' }, { cidr: 'fd00:10::/48' }] } },
			[{ name: 'default-ipv4-ippool' }, { name: 'default-ipv6-ippool' }],
		],
	])('%s', (_, spec, expected) => {
		const network = filled(spec);
		if (expected === undefined) expect(network.ipPools).toBeUndefined();
		else {
			expect(network.ipPools).toHaveLength(expected.length);
			expected.forEach((pool, i) => expect(network.ipPools?.[i]).toMatchObject(pool));
		}
	});

	test('no pools when the cluster already has IP pools: the operator creates none', () => {
		expect(filled({}, true).ipPools).toEqual([]);
		expect(validateInstallation(base({}), { clusterHasPools: true })).toEqual([]);
	});

	test('a pool with no encapsulation on EKS is IP-in-IP, which the EKS BGP default (Disabled) leaves without routes until Calico 3.33', () => {
		const installation = base({
			kubernetesProvider: 'EKS',
			cni: { type: 'Calico' },
			calicoNetwork: { ipPools: [{ cidr: '10.0.0.0/16' }] },
		});
		expect(validateInstallation(installation, {}, releaseOf('3.32'))).toEqual([
			'IP pool 10.0.0.0/16: IPIP needs BGP Enabled in Calico 3.32 (or clusterRoutingMode Felix) (the operator fills in IPIP for a pool with no encapsulation).',
		]);
		expect(validateInstallation(installation, {}, releaseOf('3.33'))).toEqual([]);
	});

	test('a pool with no encapsulation is never reported as an empty encapsulation', () => {
		const installation = base({ calicoNetwork: { ipPools: [{ cidr: '10.0.0.0/16' }] } });
		expect(validateInstallation(installation)).toEqual([]);
	});
});

describe('BGP and the cluster routing mode, as the operator of each Calico release validates them', () => {
	/** An Installation of one pool with the given encapsulation, BGP setting and clusterRoutingMode. */
	const routed = (encapsulation: string, bgp: string, mode?: string) =>
		base({
			cni: calico,
			calicoNetwork: {
				bgp,
				...(mode ? { clusterRoutingMode: mode } : {}),
				ipPools: [{ cidr: '10.0.0.0/16', encapsulation }],
			},
		});
	test.each([
		[
			'3.31',
			'IPIP',
			'Disabled',
			undefined,
			/IPIP needs BGP Enabled in Calico 3\.31 \(clusterRoutingMode came in 3\.32\)/,
		],
		[
			'3.31',
			'None',
			'Disabled',
			undefined,
			/an unencapsulated pool needs BGP Enabled in Calico 3\.31/,
		],
		[
			'3.31',
			'VXLAN',
			'Disabled',
			'Felix',
			/clusterRoutingMode is not a field of the Installation in Calico 3\.31 \(operator 1\.40\)/,
		],
		[
			'3.32',
			'IPIP',
			'Disabled',
			undefined,
			/IPIP needs BGP Enabled in Calico 3\.32 \(or clusterRoutingMode Felix\)/,
		],
		['3.32', 'IPIPCrossSubnet', 'Disabled', 'BIRD', /IPIP needs BGP Enabled in Calico 3\.32/],
		[
			'3.32',
			'None',
			'Disabled',
			undefined,
			/an unencapsulated pool needs BGP Enabled in Calico 3\.32/,
		],
		[
			'3.32',
			'VXLAN',
			'Enabled',
			'FelixIPIPOnly',
			/clusterRoutingMode "FelixIPIPOnly" must be one of BIRD, Felix in Calico 3\.32 \(operator 1\.42\)/,
		],
		[
			'3.33',
			'IPIP',
			'Disabled',
			'BIRD',
			/IPIP with clusterRoutingMode BIRD needs BGP Enabled in Calico 3\.33/,
		],
		[
			'3.33',
			'None',
			'Disabled',
			undefined,
			/an unencapsulated pool needs BGP Enabled in Calico 3\.33 \(or clusterRoutingMode Felix\)/,
		],
		[
			'3.33',
			'None',
			'Disabled',
			'FelixIPIPOnly',
			/an unencapsulated pool needs BGP Enabled in Calico 3\.33/,
		],
		[
			'3.33',
			'VXLAN',
			'Enabled',
			'Bird',
			/clusterRoutingMode "Bird" must be one of BIRD, Felix, FelixIPIPOnly in Calico 3\.33 \(operator 1\.44\)/,
		],
	] as const)(
		'in Calico %s a pool of %s with BGP %s and clusterRoutingMode %s is rejected',
		(minor, encapsulation, bgp, mode, message) => {
			const errors = validateInstallation(routed(encapsulation, bgp, mode), {}, releaseOf(minor));
			expect(errors).toHaveLength(1);
			expect(errors[0]).toMatch(message);
		}
	);

	test.each([
		['3.31', 'IPIP', 'Enabled', undefined],
		['3.31', 'VXLAN', 'Disabled', undefined],
		['3.32', 'IPIP', 'Disabled', 'Felix'],
		['3.32', 'None', 'Disabled', 'Felix'],
		['3.33', 'IPIP', 'Disabled', undefined],
		['3.33', 'IPIPCrossSubnet', 'Disabled', 'FelixIPIPOnly'],
		['3.33', 'IPIP', 'Disabled', 'Felix'],
		['3.33', 'None', 'Disabled', 'Felix'],
		['3.33', 'IPIP', 'Enabled', 'BIRD'],
	] as const)(
		'in Calico %s a pool of %s with BGP %s and clusterRoutingMode %s is accepted',
		(minor, encapsulation, bgp, mode) => {
			expect(validateInstallation(routed(encapsulation, bgp, mode), {}, releaseOf(minor))).toEqual(
				[]
			);
		}
	);

	test('without a release, the newest one’s operator judges', () => {
		expect(validateInstallation(routed('IPIP', 'Disabled'))).toEqual([]);
	});
});
