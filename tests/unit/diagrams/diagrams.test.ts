import { describe, expect, test } from 'vitest';
import {
	answerCombinations,
	decisionTree,
	decisionTreeToMermaid,
	environmentIds,
	externalFlows,
	externalPath,
	hopList,
	modeOfOption,
	modes,
	options,
	packetPath,
	packetPathToMermaid,
	recommend,
	scenarios,
	walkDecisionTree,
} from '../../../src/lib';

const cases = modes.flatMap((mode) =>
	scenarios.map((scenario) => ({ mode: mode.id, scenario, path: packetPath(mode.id, scenario) }))
);
const drawn = cases.filter((c) => c.path.applies);

describe('packet-path sources', () => {
	test.each(drawn)(
		'$mode, $scenario: starts at pod A, ends at pod B, and has accessible title and description',
		({ path }) => {
			const code = packetPathToMermaid(path);
			expect(path.hops[0]?.label).toMatch(/^Pod A/);
			expect(path.hops.at(-1)?.label).toMatch(/^Pod B/);
			expect(code).toMatch(/^flowchart TB\naccTitle: .+\naccDescr: .+/);
			for (const hop of path.hops) expect(code).toContain(hop.id);
			expect(path.steps).toHaveLength(path.hops.length - 1);
		}
	);

	test.each(drawn.filter((c) => c.scenario === 'same-node'))(
		'$mode: pod to pod on one node goes through the node’s routing table and is never wrapped',
		({ path }) => {
			expect(path.hops.map((h) => h.kind)).toEqual(['pod', 'veth', 'routing', 'veth', 'pod']);
			expect(path.wrapper).toBeNull();
		}
	);

	test.each([
		['vxlan', 'same-subnet', 'vxlan.calico', 'UDP 4789', 50],
		['vxlan', 'other-subnet', 'vxlan.calico', 'UDP 4789', 50],
		['vxlan-cross-subnet', 'other-subnet', 'vxlan.calico', 'UDP 4789', 50],
		['ipip', 'same-subnet', 'tunl0', 'IP protocol 4', 20],
		['ipip-cross-subnet', 'other-subnet', 'tunl0', 'IP protocol 4', 20],
		['flannel-vxlan', 'other-subnet', 'flannel.1', 'UDP 8472', 50],
	] as const)(
		'%s, %s: wrapped by %s, outer header over %s, %i bytes',
		(mode, scenario, device, transport, bytes) => {
			const path = packetPath(mode, scenario);
			const code = packetPathToMermaid(path);
			expect(code).toContain(`${device} wraps`);
			expect(code).toContain(`${device} unwraps`);
			expect(code).toContain(transport);
			expect(code).toContain(`+${bytes} B`);
			expect(code).toContain('==>');
			expect(hopList(path).filter((line) => line.includes('wrapped')).length).toBeGreaterThan(0);
		}
	);

	test.each([
		['bgp-mesh', 'same-subnet'],
		['bgp-peering', 'other-subnet'],
		['vxlan-cross-subnet', 'same-subnet'],
		['ipip-cross-subnet', 'same-subnet'],
		['vpc-native', 'other-subnet'],
		['azure-cni-overlay', 'same-subnet'],
		['host-local-cloud-routes', 'same-subnet'],
	] as const)('%s, %s: crosses unwrapped', (mode, scenario) => {
		const path = packetPath(mode, scenario);
		expect(path.wrapper).toBeNull();
		expect(packetPathToMermaid(path)).not.toContain('==>');
	});

	test('peering with top-of-rack routers names the routers and BGP as the route source between subnets', () => {
		const path = packetPath('bgp-peering', 'other-subnet');
		expect(path.hops.filter((h) => h.kind === 'network').map((h) => h.label)).toEqual([
			'Top-of-rack router A',
			'Top-of-rack router B',
		]);
		expect(path.routedBy).toMatch(/BGP/);
	});

	test('a node mesh has no path between subnets, and says why', () => {
		const path = packetPath('bgp-mesh', 'other-subnet');
		expect(path.applies).toBe(false);
		expect(path.reason).toMatch(/layer-2/);
		expect(() => packetPathToMermaid(path)).toThrow(/does not apply/);
	});

	test('every option in the catalog is drawn by a mode', () => {
		for (const option of options) expect(modeOfOption(option.id).options).toContain(option.id);
	});

	test('who routes: Calico for VXLAN, BGP for IP-in-IP, the cloud for VPC-native', () => {
		expect(packetPath('vxlan', 'other-subnet').routedBy).toMatch(/Calico/);
		expect(packetPath('ipip', 'other-subnet').routedBy).toMatch(/BGP/);
		expect(packetPath('vpc-native', 'other-subnet').routedBy).toMatch(/cloud network/);
	});
});

describe('pod to and from the outside', () => {
	test('with SNAT, the server sees the node’s address; without, the pod’s', () => {
		expect(externalPath('egress-snat').steps.at(-1)?.label).toBe('10.0.1.10 → 203.0.113.50');
		expect(externalPath('egress-direct').steps.at(-1)?.label).toBe('192.168.1.5 → 203.0.113.50');
	});

	test('through a service, kube-proxy rewrites the destination to a pod; directly, the client addresses the pod', () => {
		expect(externalPath('ingress-service').steps[0]?.label).toMatch(/\(service\)/);
		expect(externalPath('ingress-service').hops.some((h) => h.kind === 'nat')).toBe(true);
		expect(externalPath('ingress-direct').steps[0]?.label).toBe('203.0.113.50 → 192.168.2.7');
	});

	test.each(externalFlows)('%s draws as a flowchart', (flow) => {
		expect(packetPathToMermaid(externalPath(flow))).toMatch(/^flowchart TB/);
	});
});

describe('decision diagrams come from recommend() itself', () => {
	test.each(environmentIds)(
		'following the %s tree with any answers ends at the recommender’s pick',
		(env) => {
			const tree = decisionTree(env);
			for (const answers of answerCombinations(env))
				expect(walkDecisionTree(tree, answers)).toBe(recommend(env, answers).pick);
		}
	);

	test.each(environmentIds)(
		'the %s diagram has no empty class list (Mermaid rejects one)',
		(env) => {
			expect(decisionTreeToMermaid(env)).not.toMatch(/^class\s+\w+$/m);
		}
	);

	test.each(environmentIds)('the %s diagram draws each reachable option once', (env) => {
		const code = decisionTreeToMermaid(env);
		const picks = new Set(answerCombinations(env).map((a) => recommend(env, a).pick));
		for (const pick of picks)
			expect(code.match(new RegExp(`^opt_${pick.replace(/-/g, '_')}\\(\\[`, 'gm'))).toHaveLength(1);
	});
});
