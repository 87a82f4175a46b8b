import type { EnvironmentId } from './environments';

/** Question ids, as the recommender URL names them. */
export const questionIds = [
	'routable',
	'bgp',
	'l2',
	'managed',
	'ip-scarce',
	'cloud-neutral',
	'pod-limit',
] as const;

/** One of the recommender's questions. */
export type QuestionId = (typeof questionIds)[number];

/** Every answer a reader can give, "not sure" last; `unsure` is what a question left out of the URL means. */
export const answerValues = ['yes', 'no', 'unsure'] as const;

/** An answer to one of the recommender's questions. */
export type Answer = (typeof answerValues)[number];

/** The answers a recommender link carries (a question left out is "not sure"). */
export const firmAnswers = ['yes', 'no'] as const;

/** How an answer reads on screen, on paper and in summaries. */
export const answerWords: Readonly<Record<Answer, string>> = {
	yes: 'Yes',
	no: 'No',
	unsure: 'Not sure',
};

/** A reader's answers; a question not present is "not sure". */
export type Answers = Partial<Record<QuestionId, Answer>>;

/** Answers with every question of an environment filled in. */
export type CompleteAnswers = Record<QuestionId, Answer>;

/** A question as the recommender asks it. */
export interface Question {
	id: QuestionId;
	/** The question in a reader's words. */
	text: string;
	/** The question in a few words, for diagrams. */
	short: string;
	/** A sentence on why it matters. */
	help: string;
	/** Short label of the answer "yes", for summaries ("Pod IPs routable"). */
	yesLabel: string;
	/** Short label of the answer "no". */
	noLabel: string;
}

/** Every question, in the order the recommender asks them. */
export const questions: readonly Question[] = [
	{
		id: 'routable',
		short: 'Pod IPs routable outside?',
		text: 'Must pod IPs be reachable from outside the cluster without NAT?',
		help: 'Say yes when firewalls, audit logs or other systems must see real pod addresses, or must open connections to pods directly.',
		yesLabel: 'pod IPs must be routable',
		noLabel: 'pod IPs need not be routable',
	},
	{
		id: 'bgp',
		short: 'Routers peer BGP?',
		text: 'Can your physical network (for example top-of-rack routers) peer BGP with the nodes?',
		help: 'Routers that learn pod routes over BGP make pods reachable from the rest of the network with no overlay.',
		yesLabel: 'the network can peer BGP',
		noLabel: 'the network cannot peer BGP',
	},
	{
		id: 'l2',
		short: 'One layer-2 network?',
		text: 'Do all nodes sit in one layer-2 network (one subnet, no router between them)?',
		help: 'Nodes on one segment can reach each other’s pods with plain routes and no wrapper.',
		yesLabel: 'all nodes share one layer-2 network',
		noLabel: 'nodes span several subnets',
	},
	{
		id: 'managed',
		short: 'Managed Kubernetes?',
		text: 'Will you use the provider’s managed Kubernetes (EKS, AKS, GKE or IKS)?',
		help: 'Some options only exist on the managed service; others only on clusters you run yourself.',
		yesLabel: 'managed Kubernetes',
		noLabel: 'self-managed Kubernetes',
	},
	{
		id: 'ip-scarce',
		short: 'Short of cloud addresses?',
		text: 'Is the cloud network short of addresses, so that it cannot give every pod one?',
		help: 'Options that take pod addresses from the VPC or VNET can exhaust it at scale or when many clusters share it.',
		yesLabel: 'cloud addresses are scarce',
		noLabel: 'cloud addresses are plentiful',
	},
	{
		id: 'cloud-neutral',
		short: 'Avoid cloud networking?',
		text: 'Do you want to avoid depending on the cloud provider’s networking?',
		help: 'A Calico overlay behaves the same on every cloud and on-premises; cloud-native options tie you to one provider.',
		yesLabel: 'avoid cloud-specific networking',
		noLabel: 'cloud-specific networking is fine',
	},
	{
		id: 'pod-limit',
		short: 'VPC CNI pod limit too low?',
		text: 'Is the Amazon VPC CNI’s pods-per-node limit for your instance type too low?',
		help: 'With the VPC CNI, the number of network interfaces and addresses per interface caps pods per node.',
		yesLabel: 'the VPC CNI pod limit is too low',
		noLabel: 'the VPC CNI pod limit is enough',
	},
];

/** The questions each environment asks, in order. */
export const questionsByEnvironment: Readonly<Record<EnvironmentId, readonly QuestionId[]>> = {
	'on-prem': ['routable', 'bgp', 'l2'],
	aws: ['routable', 'managed', 'ip-scarce', 'cloud-neutral', 'pod-limit'],
	azure: ['routable', 'managed', 'ip-scarce', 'cloud-neutral'],
	'google-cloud': ['routable', 'managed', 'ip-scarce', 'cloud-neutral'],
	'ibm-cloud': ['routable', 'managed'],
	other: ['routable'],
};

/** The question with this id. */
export function getQuestion(id: QuestionId): Question {
	const found = questions.find((question) => question.id === id);
	if (!found)
		throw new Error(`Unknown question "${id}". Known questions: ${questionIds.join(', ')}.`);
	return found;
}

/** True when `value` is a question id. */
export function isQuestionId(value: unknown): value is QuestionId {
	return typeof value === 'string' && (questionIds as readonly string[]).includes(value);
}

/** The environments that ask a question. */
export function environmentsAsking(id: QuestionId): EnvironmentId[] {
	return (Object.keys(questionsByEnvironment) as EnvironmentId[]).filter((env) =>
		questionsByEnvironment[env].includes(id)
	);
}

/** Fills in "not sure" for every question an environment asks, and drops the questions it does not ask. */
export function completeAnswers(env: EnvironmentId, answers: Answers): CompleteAnswers {
	const complete = Object.fromEntries(questionIds.map((id) => [id, 'unsure'])) as CompleteAnswers;
	for (const id of questionsByEnvironment[env]) complete[id] = answers[id] ?? 'unsure';
	return complete;
}
