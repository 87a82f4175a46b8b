import { describe, expect, test } from 'vitest';
import { questions, questionsOfKind } from '../../../src/lib/catalog/questions';
import { blockerRules } from '../../../src/lib/recommender/blocker-rules';
import { questionsShown } from '../../../src/lib/words/distribution-choices';

describe('a distribution hides the questions only the managed service asks', () => {
	test.each([
		['aws', 'kops', ['control-plane', 'eks-auto-mode', 'fargate']],
		['google-cloud', 'kubeadm', ['gke-dataplane-v2']],
		['azure', 'rke2', ['aks-cilium']],
	] as const)('on %s with %s, the constraints leave out %j', (env, dist, hidden) => {
		const shown = questionsShown(env, 'constraint', dist);
		for (const id of hidden) {
			expect(questionsOfKind(env, 'constraint')).toContain(id);
			expect(shown).not.toContain(id);
		}
		// What holds on any cluster is still asked.
		expect(shown).toContain('wireguard');
	});

	test.each(['aws', 'google-cloud', 'azure', 'on-prem'] as const)(
		'on %s without a distribution, every question is shown',
		(env) => {
			expect(questionsShown(env, 'constraint', undefined)).toEqual(
				questionsOfKind(env, 'constraint')
			);
		}
	);

	test.each(questions.filter((q) => q.managedOnly).map((q) => q.id))(
		'%s, marked as the managed service’s own, rules out nothing but on the managed service',
		(id) => {
			const rules = blockerRules.filter((rule) => rule.question === id);
			expect(rules.length).toBeGreaterThan(0);
			for (const rule of rules) expect(rule.when?.managed).toBe('yes');
		}
	);

	test('the Windows question stays with a distribution, since it matters off the managed service too', () => {
		expect(questionsShown('aws', 'constraint', 'kubeadm')).toContain('windows');
	});
});
