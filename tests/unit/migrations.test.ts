import { parseAllDocuments } from 'yaml';
import { describe, expect, test } from 'vitest';
import { apiKinds, fieldPaths, unknownFields } from '../../src/lib/api-fields';
import { environmentIds } from '../../src/lib/environments';
import {
	disruptionKinds,
	getMove,
	migrationsExport,
	moveIds,
	moves,
	movesFrom,
	type Move,
} from '../../src/lib/migrations';
import { getOption } from '../../src/lib/options';

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

	test.each(moves.map((move) => ({ id: move.id, move })))(
		'$id starts in an environment where one of its starting options is listed',
		({ move }: { move: Move }) => {
			expect(move.environments.length).toBeGreaterThan(0);
			for (const env of move.environments) expect(environmentIds).toContain(env);
			if (move.from.options.length === 0) return;
			for (const env of move.environments)
				expect(move.from.options.some((id) => getOption(id).environments.includes(env))).toBe(true);
		}
	);
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
