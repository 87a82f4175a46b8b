import { describe, expect, test } from 'vitest';
import {
	answerCombinations,
	decisionTable,
	differences,
	environmentIds,
	getOption,
	notInstallableReason,
	optionIds,
	questionsOfKind,
	recommend,
} from '../../../src/lib';

const table = decisionTable();
/** Rows where the reader asked for routable pod IPs, with the answers written out for test names. */
const routableAsked = table
	.filter((r) => r.answers.routable === 'yes')
	.map((row) => ({ ...row, given: JSON.stringify(row.answers) }));
/** A trade-off that owns up to routable pod IPs not being given, and says how pods stay unreachable. */
const unmetRoutable =
	/^You need routable pod IPs, .*(no route to pods|keeps them inside the cluster|stay reachable only through services or ingress)/;
const results = environmentIds.flatMap((env) =>
	answerCombinations(env).map((answers) => recommend(env, answers))
);

describe('the decision table', () => {
	test('has every combination of yes, no and not sure to the preference questions of every environment', () => {
		for (const env of environmentIds) {
			expect(table.filter((row) => row.env === env)).toHaveLength(
				3 ** questionsOfKind(env, 'preference').length
			);
		}
		// on-prem, aws, azure, google-cloud, ibm-cloud, oracle-cloud, digitalocean, hetzner, openstack, vsphere, laptop, other
		expect(table).toHaveLength(27 + 243 + 81 + 81 + 9 + 81 + 3 + 3 + 3 + 27 + 3 + 3);
	});

	test('every combination has a recommended option that is recommendable and with reasons', () => {
		for (const row of table) {
			expect(getOption(row.pick).recommendable).toBe(true);
			expect(row.reasons.length).toBeGreaterThan(0);
		}
	});

	test('never recommends IP-in-IP on Azure, as pick or alternative', () => {
		for (const row of table.filter((r) => r.env === 'azure')) {
			for (const id of [row.pick, ...row.alternatives])
				expect(getOption(id).encapsulation.wrapper, id).not.toBe('ipip');
		}
	});

	test('never recommends cross-subnet on Google Cloud, as pick or alternative', () => {
		for (const row of table.filter((r) => r.env === 'google-cloud')) {
			for (const id of [row.pick, ...row.alternatives])
				expect(getOption(id).encapsulation.scope, id).not.toBe('cross-subnet');
		}
	});

	test.each(
		routableAsked
			.filter((row) => !getOption(row.pick).routable)
			.map((row) => [row.env, row.given, row.pick, row] as const)
	)(
		'%s %s: %s does not make pod IPs routable, and a trade-off says so and why',
		(_env, _given, _pick, row) => {
			expect(row.tradeoffs).toContainEqual(expect.stringMatching(unmetRoutable));
		}
	);

	test('routable=yes with a routable pick: no trade-off says the answer went unmet', () => {
		for (const row of routableAsked.filter((r) => getOption(r.pick).routable))
			expect(row.tradeoffs, `${row.env} ${row.given}`).not.toContainEqual(
				expect.stringMatching(/^You need routable pod IPs/)
			);
	});

	test('the pick is never among its own alternatives, and no alternative is listed twice', () => {
		for (const row of table) {
			expect(row.alternatives).not.toContain(row.pick);
			expect(new Set(row.alternatives).size).toBe(row.alternatives.length);
		}
	});

	test('every option of the catalog is the pick, an alternative or excluded with a reason, exactly once', () => {
		for (const result of results) {
			const excluded = result.excluded.map((e) => e.option);
			const all = [result.pick, ...result.alternatives, ...excluded].sort();
			expect(all).toEqual([...optionIds].sort());
			for (const e of result.excluded) expect(e.reason.length).toBeGreaterThan(10);
		}
	});

	test('options that need AKS are never suggested to a reader who will not use AKS', () => {
		for (const row of table.filter((r) => r.env === 'azure' && r.answers.managed === 'no')) {
			expect([row.pick, ...row.alternatives]).not.toContain('azure-host-local');
			expect([row.pick, ...row.alternatives]).not.toContain('azure-cni-overlay');
		}
	});

	test('never picks, or offers as an alternative, an option that cannot be installed in the stated situation', () => {
		for (const row of table) {
			const managed = row.answers.managed ?? 'unsure';
			for (const id of [row.pick, ...row.alternatives]) {
				expect(
					notInstallableReason(getOption(id), row.env, managed),
					`${row.env} ${JSON.stringify(row.answers)}: ${id}`
				).toBeNull();
			}
		}
	});

	test('on GKE the pick is always GKE’s own networking', () => {
		for (const row of table.filter((r) => r.env === 'google-cloud' && r.answers.managed === 'yes'))
			expect(row.pick).toBe('gke-alias-ip');
	});

	test('cross-subnet is never the pick on Azure, whose network is layer 3 only', () => {
		for (const row of table.filter((r) => r.env === 'azure'))
			expect(getOption(row.pick).encapsulation.scope).not.toBe('cross-subnet');
	});

	test('the retiring host-local setup is never the pick', () => {
		for (const row of table) expect(getOption(row.pick).retiring).toBeUndefined();
	});

	test('every difference from upstream a row names exists, and each recommendation difference applies somewhere', () => {
		const named = new Set(table.flatMap((row) => row.differences));
		for (const id of named) expect(differences.map((d) => d.id)).toContain(id);
		for (const d of differences.filter((d) => d.appliesTo)) expect(named, d.id).toContain(d.id);
	});

	test('each listed change really leads to the pick it names', () => {
		for (const result of results) {
			for (const change of result.changes) {
				expect(
					recommend(result.env, { ...result.answers, [change.question]: change.answer }).pick
				).toBe(change.pick);
			}
		}
	});
});
