import { parseAllDocuments } from 'yaml';
import { describe, expect, test } from 'vitest';
import { apiKinds, fieldPaths, unknownFields } from '../../../src/lib/operator/api-fields';
import { parseCidr } from '../../../src/lib/input/cidr';
import { checkConfiguration, type CheckInput } from '../../../src/lib/check';
import { validateInstallation } from '../../../src/lib/operator/validate';
import { environmentIds, type EnvironmentId } from '../../../src/lib/catalog/environments';
import { facts, type FactId } from '../../../src/lib/facts';
import {
	disruptionKinds,
	getMove,
	migrationsExport,
	moveIds,
	moves,
	movesFrom,
	type Move,
} from '../../../src/lib/migrate';
import { getOption } from '../../../src/lib/catalog/options';

const steps = moves.flatMap((move) =>
	move.steps.map((step, index) => ({ move: move.id, number: index + 1, step }))
);
const snippets = steps.flatMap(({ move, number, step }) =>
	[...step.code, ...(step.verifyCode ? [step.verifyCode] : [])].map((snippet) => ({
		where: `${move} step ${number}`,
		snippet,
	}))
);
const yamlSnippets = snippets.filter(({ snippet }) => snippet.lang === 'yaml');
const shellSnippets = snippets.filter(({ snippet }) => snippet.lang === 'shell');

/** The documents of a YAML snippet, parsed; throws on a syntax error. */
function documents(code: string): unknown[] {
	return parseAllDocuments(code).map((doc) => {
		if (doc.errors.length) throw new Error(doc.errors.map((e) => e.message).join('; '));
		return doc.toJS();
	});
}

/** True for a kubectl or calicoctl command line that changes an IP pool resource itself. */
const writesPool = (line: string) =>
	/\b(kubectl|calicoctl)\s+(apply|create|patch|edit|replace|delete|label|annotate)\s+ip-?pools?\b/i.test(
		line
	);

describe('the migration guide covers every move', () => {
	test.each(moveIds.map((id) => ({ id })))('move $id has an entry', ({ id }) => {
		expect(getMove(id).id).toBe(id);
	});

	test('moves are listed in the order of migration-ids.ts, each once', () => {
		expect(moves.map((move) => move.id)).toEqual([...moveIds]);
	});
});

describe('every move states what it costs', () => {
	test.each(moves.map((move) => ({ id: move.id, move })))(
		'$id says whether it can be undone, and how or why not',
		({ move }) => {
			expect(typeof move.reversible).toBe('boolean');
			expect(move.reversal.length).toBeGreaterThan(20);
		}
	);

	test.each(moves.filter((move) => !move.reversible).map((move) => ({ id: move.id, move })))(
		'one-way move $id says it is one-way',
		({ move }) => {
			expect(move.reversal).toMatch(/one-way/i);
		}
	);

	test.each(moves.map((move) => ({ id: move.id, move })))(
		'$id lists its disruptions from the fixed vocabulary, each with a reason',
		({ move }) => {
			expect(move.disrupts.length).toBeGreaterThan(0);
			for (const disruption of move.disrupts) {
				expect(disruptionKinds).toContain(disruption.kind);
				expect(disruption.why.length).toBeGreaterThan(10);
			}
			if (move.disrupts.some((d) => d.kind === 'none')) expect(move.disrupts).toHaveLength(1);
		}
	);

	test.each(moves.map((move) => ({ id: move.id, move })))('$id cites sources', ({ move }) => {
		expect(move.sources.length).toBeGreaterThan(0);
		for (const source of move.sources) expect(source.url).toMatch(/^https:\/\//);
	});
});

describe('every step can be checked and undone', () => {
	test.each(steps.map(({ move, number, step }) => ({ where: `${move} step ${number}`, step })))(
		'$where has a title, an action, a way to verify it and a rollback',
		({ step }) => {
			expect(step.title).not.toBe('');
			expect(step.action.length).toBeGreaterThan(20);
			expect(step.verify.length).toBeGreaterThan(10);
			expect(step.rollback.length).toBeGreaterThan(5);
		}
	);
});

describe('the snippets name only what Calico’s APIs have', () => {
	test.each(yamlSnippets)('the YAML of $where parses', ({ snippet }) => {
		expect(() => documents(snippet.code)).not.toThrow();
	});

	test.each(yamlSnippets)(
		'the YAML of $where names only kinds and fields the library knows',
		({ snippet }) => {
			for (const doc of documents(snippet.code)) expect(unknownFields(doc)).toEqual([]);
		}
	);

	test('the field list flags a field Calico does not have', () => {
		expect(
			unknownFields({
				apiVersion: 'projectcalico.org/v3',
				kind: 'BGPPeer',
				spec: { peerLabel: 'x' },
			})
		).toEqual(['spec.peerLabel']);
	});

	test('field paths write list items as []', () => {
		expect(fieldPaths({ spec: { calicoNetwork: { ipPools: [{ cidr: 'x' }] } } })).toEqual([
			'spec.calicoNetwork.ipPools[].cidr',
		]);
	});
});

describe('no step edits an IP pool the operator owns', () => {
	const ownedKinds = Object.entries(apiKinds)
		.filter(([, kind]) => kind.operatorOwned)
		.map(([name]) => name);

	test('the operator owns IPPool', () => {
		expect(ownedKinds).toEqual(['IPPool']);
	});

	test.each(yamlSnippets)('the YAML of $where is not an operator-owned kind', ({ snippet }) => {
		for (const doc of documents(snippet.code))
			expect(ownedKinds).not.toContain((doc as { kind?: string }).kind);
	});

	test('the command check catches a direct pool edit', () => {
		expect(writesPool(`calicoctl patch ippool default-ipv4-ippool -p '{}'`)).toBe(true);
		expect(writesPool('kubectl patch installation default --type=json')).toBe(false);
	});

	test.each(shellSnippets)('the commands of $where only read IP pools', ({ snippet }) => {
		expect(snippet.code.split('\n').filter(writesPool)).toEqual([]);
	});
});

describe('environment pages find their moves', () => {
	test('every move appears on the page of each environment it starts in', () => {
		for (const move of moves)
			for (const env of move.environments) expect(movesFrom(env)).toContain(move);
	});

	test('AWS lists the move off the VPC CNI and Azure the move off kubenet', () => {
		expect(movesFrom('aws').map((m) => m.id)).toContain('vpc-cni-to-calico-cni');
		expect(movesFrom('azure').map((m) => m.id)).toContain('kubenet-to-azure-cni-overlay');
	});
});

describe('the migrations export', () => {
	test('round-trips through JSON unchanged', () => {
		const body = migrationsExport();
		expect(JSON.parse(JSON.stringify(body))).toEqual(body);
	});

	test('carries the format version, the Calico version, the facts date and every move with its page', () => {
		const body = migrationsExport();
		expect(body).toMatchObject({ version: 1 });
		expect(body.calicoVersion).toMatch(/^\d+\.\d+$/);
		expect(body.factsChecked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(body.moves.map((m) => [m.id, m.page])).toEqual(
			moveIds.map((id) => [id, `/migrate/${id}/`])
		);
	});
});

describe('the Installation snippets are what the operator accepts', () => {
	const installations = yamlSnippets.flatMap(({ where, snippet }) =>
		documents(snippet.code)
			.filter((doc) => (doc as { kind?: string }).kind === 'Installation')
			.map((doc) => ({ where, doc, code: snippet.code }))
	);
	const poolFields = ['name', 'cidr', 'encapsulation', 'natOutgoing', 'blockSize', 'nodeSelector'];

	test('the moves show Installations to check', () => {
		expect(installations.length).toBeGreaterThan(5);
	});

	test.each(installations)('the Installation of $where passes the operator’s rules', ({ doc }) => {
		expect(validateInstallation(doc)).toEqual([]);
	});

	test.each(installations)(
		'every pool entry of $where is whole, with a CIDR the operator can parse',
		({ doc }) => {
			const pools =
				(doc as { spec?: { calicoNetwork?: { ipPools?: Record<string, unknown>[] } } }).spec
					?.calicoNetwork?.ipPools ?? [];
			for (const pool of pools) {
				expect(Object.keys(pool)).toEqual(expect.arrayContaining(poolFields));
				expect(() => parseCidr(pool.cidr)).not.toThrow();
			}
		}
	);

	// The VPC CNI move creates its Installation; every other move edits the one the cluster has.
	const edits = installations.filter(({ where }) => !where.startsWith('vpc-cni-to-calico-cni'));

	test.each(edits.filter(({ doc }) => JSON.stringify(doc).includes('"ipPools"')))(
		'the pool list of $where is marked as an excerpt to edit in, not to kubectl apply',
		({ code }) => {
			expect(code).toMatch(/^# .*\n/);
			expect(code).toMatch(/Do not kubectl apply/);
		}
	);

	test.each(
		steps
			.filter(({ move }) => move !== 'vpc-cni-to-calico-cni')
			.filter(({ step }) => step.code.some((c) => c.code.includes('ipPools:')))
			.map(({ move, number, step }) => ({ where: `${move} step ${number}`, step }))
	)('$where also gives a patch that changes only what the step changes', ({ step }) => {
		expect(step.code.some((c) => /kubectl patch installation default --type=/.test(c.code))).toBe(
			true
		);
	});

	/** Fields each other kind needs before Calico takes it. */
	const required: Record<string, string[][]> = {
		FelixConfiguration: [['metadata.name']],
		BGPConfiguration: [['metadata.name']],
		BGPPeer: [['metadata.name'], ['spec.peerSelector', 'spec.peerIP']],
	};
	const others = yamlSnippets.flatMap(({ where, snippet }) =>
		documents(snippet.code)
			.filter((doc) => (doc as { kind?: string }).kind !== 'Installation')
			.map((doc) => ({ where, kind: (doc as { kind: string }).kind, doc }))
	);

	test.each(others)('the $kind of $where has the fields its kind requires', ({ kind, doc }) => {
		expect(Object.keys(required)).toContain(kind);
		const paths = fieldPaths(doc);
		for (const anyOf of required[kind]!)
			expect(
				anyOf.some((path) => paths.includes(path)),
				anyOf.join(' or ')
			).toBe(true);
	});
});

/** The text of a move a reader sees: summary, reversal, disruptions and every step. */
const moveText = (move: Move) =>
	[
		move.summary,
		move.reversal,
		...move.disrupts.map((d) => d.why),
		...move.steps.flatMap((step) => [step.title, step.action, step.verify, step.rollback]),
	].join('\n');

describe('moves state what their sources warn of, and cite them', () => {
	const rows: { move: (typeof moveIds)[number]; fact: FactId; says: RegExp }[] = [
		{
			move: 'vpc-cni-to-calico-cni',
			fact: 'eksSupportsOnlyVpcCni',
			says: /AWS supports only the VPC CNI/,
		},
		{ move: 'vpc-cni-to-calico-cni', fact: 'vpcCniIpamDaemon', says: /no pod can start on them/ },
		{ move: 'vpc-cni-to-calico-cni', fact: 'vpcCniSwapOnEmptyCluster', says: /second EKS cluster/ },
		{
			move: 'kubenet-to-azure-cni-overlay',
			fact: 'aksCalicoPolicyOnlyOnOverlay',
			says: /policy engine only/,
		},
		{
			move: 'kubenet-to-azure-cni-overlay',
			fact: 'aksCalicoPolicyOnlyOnOverlay',
			says: /wait a moment before Calico lets its traffic out/,
		},
		{ move: 'kubenet-to-azure-cni-overlay', fact: 'aksRecommendsCilium', says: /Cilium/ },
		{
			move: 'kubenet-to-azure-cni-overlay',
			fact: 'aksOverlayUpdateNeeds',
			says: /user-assigned managed identity/,
		},
		{
			move: 'kubenet-to-azure-cni-overlay',
			fact: 'aksOverlayUpdateCaveats',
			says: /every node pool is reimaged at once/,
		},
		{
			move: 'kubenet-to-azure-cni-overlay',
			fact: 'aksOverlayUpdateCaveats',
			says: /azure-ip-masq-agent/,
		},
		{
			move: 'kubenet-to-azure-cni-overlay',
			fact: 'aksOverlayUpdatePolicyConflict',
			says: /pages disagree/,
		},
		{ move: 'new-pool', fact: 'installationPoolDrainField', says: /disableNewAllocations: true/ },
		{
			move: 'ipip-to-vxlan',
			fact: 'installationPoolChanges',
			says: /Calico refuses a new blockSize/,
		},
	];

	test.each(rows)('$move says what $fact holds, and cites its sources', ({ move, fact, says }) => {
		const found = getMove(move);
		expect(moveText(found)).toMatch(says);
		for (const source of facts[fact].sources) expect(found.sources).toContainEqual(source);
	});
});

describe('the move off the VPC CNI keeps a live cluster working as long as it can', () => {
	const move = getMove('vpc-cni-to-calico-cni');
	const stepWith = (pattern: RegExp) =>
		move.steps.findIndex((step) =>
			[step.action, ...step.code.map((c) => c.code)].some((text) => pattern.test(text))
		);
	const order: { first: string; then: string; a: RegExp; b: RegExp }[] = [
		{
			first: 'the choice of a new cluster',
			then: 'any change',
			a: /second EKS cluster/,
			b: /kubectl (cordon|delete)/,
		},
		{
			first: 'webhooks on the host network',
			then: 'the removal of aws-node',
			a: /hostNetwork: true/,
			b: /delete daemonset -n kube-system aws-node/,
		},
		{
			first: 'cordoning the old nodes',
			then: 'the removal of aws-node',
			a: /kubectl cordon/,
			b: /delete daemonset -n kube-system aws-node/,
		},
		{
			first: 'the removal of aws-node',
			then: 'the new node groups',
			a: /delete daemonset -n kube-system aws-node/,
			b: /eksctl create nodegroup/,
		},
		{
			first: 'the new node groups',
			then: 'the drain',
			a: /eksctl create nodegroup/,
			b: /kubectl drain/,
		},
	];

	test.each(order)('$first comes before $then', ({ a, b }) => {
		expect(stepWith(a)).toBeGreaterThanOrEqual(0);
		expect(stepWith(a)).toBeLessThan(stepWith(b));
	});

	test('it names the window in which old nodes cannot start pods', () => {
		expect(move.disrupts.map((d) => d.why).join(' ')).toMatch(
			/no new pod can start on an old node/
		);
	});
});

describe('every move a checker finding names is listed where the finding fires', () => {
	const pool = (cidr: string, encapsulation: string) =>
		`apiVersion: operator.tigera.io/v1
kind: Installation
metadata: {name: default}
spec:
  cni: {type: Calico, ipam: {type: Calico}}
  calicoNetwork:
    ipPools:
      - {cidr: ${cidr}, encapsulation: ${encapsulation}, natOutgoing: Enabled}
`;
	const directPool = (spec: string) =>
		`---\napiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: {name: p}\nspec: ${spec}\n`;
	/** Pastes that make each rule with a move fire, in whatever environment it fires. */
	const cases: { rule: string; input: Omit<CheckInput, 'env'> }[] = [
		{ rule: 'azure-ipip', input: { text: pool('10.0.0.0/16', 'IPIP') } },
		{ rule: 'layer3-cross-subnet', input: { text: pool('10.0.0.0/16', 'VXLANCrossSubnet') } },
		{ rule: 'ipv6-ipip', input: { text: pool('10.0.0.0/16', 'IPIP'), ipv6: 'yes' } },
		{
			rule: 'windows-encapsulation',
			input: { text: pool('10.0.0.0/16', 'IPIPCrossSubnet'), windows: 'yes' },
		},
		{ rule: 'windows-encapsulation', input: { text: pool('10.0.0.0/16', 'VXLANCrossSubnet') } },
		{ rule: 'pool-capacity', input: { text: pool('10.0.0.0/22', 'VXLAN'), nodes: 20 } },
		{
			rule: 'pool-overlap',
			input: { text: pool('10.96.0.0/16', 'VXLAN'), serviceCidr: '10.96.0.0/12' },
		},
		{ rule: 'bgp-mesh-size', input: { text: pool('10.0.0.0/12', 'None'), nodes: 150 } },
		{
			rule: 'ippool-validation',
			input: { text: directPool('{cidr: "fd00:1::/64", ipipMode: Always}') },
		},
		{
			rule: 'operator-owned-pool',
			input: {
				text:
					pool('10.0.0.0/16', 'VXLANCrossSubnet') +
					directPool('{cidr: 10.0.0.0/16, vxlanMode: Always}'),
			},
		},
		{
			rule: 'operator-owned-pool',
			input: {
				text: pool('10.0.0.0/16', 'IPIP') + directPool('{cidr: 10.0.0.0/16, vxlanMode: Always}'),
			},
		},
	];
	const hits = environmentIds.flatMap((env: EnvironmentId) =>
		cases.flatMap(({ input }) =>
			checkConfiguration({ ...input, env })
				.findings.filter((finding) => finding.move)
				.map((finding) => ({ env, rule: finding.rule, move: finding.move! }))
		)
	);
	const seen = [
		...new Map(hits.map((hit) => [`${hit.env} ${hit.rule} ${hit.move}`, hit])).values(),
	];

	test('the cases reach every rule that names a move', () => {
		expect(new Set(seen.map((hit) => hit.rule))).toEqual(new Set(cases.map((c) => c.rule)));
	});

	test.each(seen)('$rule on $env links $move, which the $env page lists', ({ env, move }) => {
		expect(getMove(move).environments).toContain(env);
		expect(movesFrom(env).map((m) => m.id)).toContain(move);
	});

	test.each(moves.map((move) => ({ id: move.id, move })))(
		'$id is listed only where one of its starting options is, or a finding sends readers to it',
		({ move }: { move: Move }) => {
			expect(move.environments.length).toBeGreaterThan(0);
			for (const env of move.environments) {
				expect(environmentIds).toContain(env);
				const listed =
					move.from.options.length === 0 ||
					move.from.options.some((id) => getOption(id).environments.includes(env));
				const linked = seen.some((hit) => hit.env === env && hit.move === move.id);
				expect(listed || linked, `${move.id} on ${env}`).toBe(true);
			}
		}
	);

	test.each(['azure', 'google-cloud'] as const)(
		'on %s, a pool copied as cross-subnet is reported without a link to always-to-cross-subnet, since the network drops unwrapped pod traffic',
		(env) => {
			const text =
				pool('10.0.0.0/16', 'VXLAN') + directPool('{cidr: 10.0.0.0/16, vxlanMode: CrossSubnet}');
			const owned = checkConfiguration({ text, env }).findings.filter(
				(finding) => finding.rule === 'operator-owned-pool'
			);
			expect(owned).toHaveLength(1);
			expect(owned[0]!.move).toBeUndefined();
			const elsewhere = checkConfiguration({ text, env: 'on-prem' }).findings.find(
				(finding) => finding.rule === 'operator-owned-pool'
			);
			expect(elsewhere?.move).toBe('always-to-cross-subnet');
		}
	);
});
