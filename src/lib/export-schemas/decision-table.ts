import { z } from 'zod';
import { environmentIds } from '../catalog/environments';
import { distributionIds, type CalicoInstaller } from '../catalog/distributions';
import { optionIds } from '../catalog/options';
import { answerValues, firmAnswers, questionIds, type QuestionKind } from '../catalog/questions';
import { blockerRules } from '../recommender/blockers';
import { differenceRules } from '../recommender/difference-rules';
import { exportFormatVersion } from '../exports';
import { byRelease, exportHeader, ids, members, sitePath, sourcesOf } from './common';

const optionId = z.enum(ids(optionIds, 'options'));
const questionId = z.enum(questionIds);
const firmAnswer = z.enum(firmAnswers);
const optionList = (what: string) => z.array(optionId).describe(what);

const question = z
	.strictObject({
		id: questionId.describe('The question’s id, as the recommender URL names it.'),
		kind: z
			.enum(members<QuestionKind>()(['preference', 'constraint', 'setup']))
			.describe(
				'`preference` questions rank the options; `constraint` questions can only rule options out; `setup` questions leave the pick alone and shape the configuration generated for it.'
			),
		text: z.string().describe('The question in a reader’s words.'),
	})
	.describe('One of the recommender’s questions.');

const blocker = z
	.strictObject({
		rule: z
			.enum(
				ids(
					blockerRules.map((rule) => rule.id),
					'blocker rules'
				)
			)
			.describe('The id of the rule that rules options out.'),
		question: questionId.describe('The constraint question whose answer rules options out.'),
		answer: firmAnswer.describe('The answer to that question that rules them out.'),
		when: z
			.partialRecord(questionId, firmAnswer)
			.describe('Other answers the rule also needs, by question id; empty when it needs none.'),
		options: optionList('The environment’s options the rule rules out in the newest release.'),
		optionsByRelease: byRelease(z.array(optionId), 'The environment’s options the rule rules out'),
		reason: z.string().describe('Why they will not work, to follow “Will not work here, because”.'),
		wish: z
			.boolean()
			.describe(
				'True when the answer is a wish: if nothing installable meets it, the pick stands and the wish is a conflict.'
			),
		sources: sourcesOf('the rule'),
	})
	.describe(
		'A rule that takes options out of the ranking when a constraint question has a firm answer.'
	);

const row = z
	.strictObject({
		answers: z
			.partialRecord(questionId, z.enum(answerValues))
			.describe(
				'The answers of this row, by question id: the preference questions as combined, the constraint questions unsure.'
			),
		pick: optionId.describe('The option the recommender picks for these answers.'),
		ranking: optionList(
			'Every option that can be installed here, best first, before constraint answers rule any out.'
		),
		alternatives: optionList('The other options worth a look, in order.'),
		reasons: z.array(z.string()).describe('Why the pick, worded for this row’s answers.'),
		tradeoffs: z.array(z.string()).describe('What the pick costs, worded for this row’s answers.'),
		differences: z
			.array(
				z.enum(
					ids(
						differenceRules.map((rule) => rule.id),
						'difference rules'
					)
				)
			)
			.describe(
				'Anchors on /differences/ of the places where this pick departs from Calico’s upstream page.'
			),
	})
	.describe('One combination of answers and what the recommender says for it.');

const environment = z
	.strictObject({
		id: z
			.enum(environmentIds)
			.describe('The environment’s id, as the recommender URL names it (`env=`).'),
		name: z.string().describe('The environment’s name as the guide shows it.'),
		questions: z
			.array(questionId)
			.describe('The preference questions the environment asks, in order.'),
		constraintQuestions: z
			.array(questionId)
			.describe('The constraint questions the environment asks, in order.'),
		setupQuestions: z
			.array(questionId)
			.describe(
				'The setup questions the environment asks, in order: they shape the generated configuration, never the pick.'
			),
		blockers: z
			.array(blocker)
			.describe(
				'The rules that can rule out one of the environment’s options in some supported release.'
			),
		rows: z.array(row).describe('Every combination of the preference answers, with the result.'),
	})
	.describe('One environment: its questions, its blockers and its rows.');

const distribution = z
	.strictObject({
		id: z
			.enum(distributionIds)
			.describe('The distribution’s id, as the recommender URL names it (`dist=`).'),
		name: z.string().describe('The distribution’s name as the guide shows it.'),
		page: sitePath.describe('The distribution’s page in the guide.'),
		podCidr: z
			.string()
			.nullable()
			.describe('The pod CIDR it uses when none is given; null where it sets none (kubeadm).'),
		podCidrSetting: z.string().describe('Where the pod CIDR is set, in its own words.'),
		installer: z
			.enum(members<CalicoInstaller>()(['operator', 'bundled-operator', 'own-manifests']))
			.describe(
				'Who installs Calico: you, with the Tigera operator; the distribution, with the tigera-operator chart; or the distribution, from manifests of its own.'
			),
		selectCalico: z.string().describe('What to set at install time so that Calico wires the pods.'),
		kubernetesProvider: z
			.string()
			.nullable()
			.describe('`spec.kubernetesProvider` of the Installation, or null.'),
		operatorChecksPool: z
			.boolean()
			.describe('True where the operator refuses a pool outside the platform’s pod CIDR.'),
		containerIpForwarding: z
			.boolean()
			.describe('True where the Installation needs `containerIPForwarding: Enabled`.'),
		bundledCalico: z
			.string()
			.nullable()
			.describe('The Calico release the distribution installs itself, or null.'),
		install: z
			.partialRecord(optionId, z.array(z.string()))
			.describe('Per recommendable option: what installing it takes on this distribution.'),
		sources: sourcesOf('the distribution’s facts', true),
	})
	.describe('One way of installing Kubernetes, and what it changes.');

/** The shape of `/api/decision-table.json`: every environment's answer combinations and what the recommender says. */
export const decisionTableSchema = z
	.strictObject({
		...exportHeader('decision-table', exportFormatVersion),
		organisation: z
			.string()
			.describe('How the table is organised and how to apply constraint answers to a row.'),
		answers: z
			.array(z.enum(answerValues))
			.describe('Every answer a reader can give, “not sure” last.'),
		questions: z
			.array(question)
			.describe('Every question, in the order the recommender asks them.'),
		environments: z
			.array(environment)
			.describe('Every environment, in the order the guide presents them.'),
		distributions: z
			.array(distribution)
			.describe(
				'Every distribution (how the cluster is installed), in the order the guide presents them.'
			),
	})
	.describe(
		'For every environment, every combination of its preference answers and what the recommender says.'
	);
