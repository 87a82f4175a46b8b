import { environments, getEnvironment } from '../catalog/environments';
import { sources } from '../facts/sources';

/** A link the search hint offers. */
export interface HintLink {
	text: string;
	href: string;
}

/** What the search box says when a search finds nothing: what the guide does not cover (if it knows), and what it does. */
export interface SearchHint {
	/** A plain sentence about a topic the guide knows it does not cover, with where to go instead; null when the term names none. */
	notCovered: string | null;
	/** Where to go instead of the uncovered topic, or null. */
	instead: HintLink | null;
	/** The sentence that introduces `covers`. */
	lead: string;
	/** The guide's sections, each a link. */
	covers: readonly HintLink[];
}

/** The environment the guide sends readers to for a platform it has no page for. */
const other = getEnvironment('other');

/** Kubernetes distributions and platforms readers search for that the guide has no page on yet, by the words that name them. */
const uncovered: readonly { words: RegExp; name: string }[] = [
	{ words: /\bk3[sd]\b/i, name: 'k3s' },
	{ words: /\brke2?\b|\brancher\b/i, name: 'RKE2 and Rancher' },
	{ words: /\bvsphere\b|\bvmware\b|\btanzu\b|\btkg\b/i, name: 'VMware vSphere' },
	{ words: /\bopenshift\b|\bocp\b/i, name: 'OpenShift' },
	{ words: /\bk0s\b/i, name: 'k0s' },
	{ words: /\btalos\b/i, name: 'Talos' },
	{ words: /\bkubespray\b/i, name: 'Kubespray' },
	{ words: /\bminikube\b/i, name: 'minikube' },
];

/** The guide's sections, as the search hint lists them. */
export const guideSections: readonly HintLink[] = [
	{ text: 'Recommender', href: '/recommend/' },
	...environments.map((e) => ({ text: e.name, href: e.page })),
	{ text: 'Concepts', href: '/concepts/overlay-networks/' },
	{ text: 'Packet paths', href: '/modes/overview/' },
	{ text: 'Migrations between networking modes', href: '/migrate/' },
	{ text: 'MTU, IP plan and AWS pods calculators', href: '/tools/mtu/' },
	{ text: 'Glossary', href: '/glossary/' },
];

/** What to tell a reader whose search for `term` found nothing. */
export function searchHint(term: string): SearchHint {
	const lead = 'The guide covers choosing Calico networking for each environment, and more:';
	const topic = uncovered.find((u) => u.words.test(term));
	if (topic)
		return {
			notCovered: `The guide does not cover ${topic.name} yet. For a platform it has no page for, start from the advice for any other network:`,
			instead: { text: other.name, href: other.page },
			lead,
			covers: guideSections,
		};
	if (/\bmigrat/i.test(term) && /\bmanifests?\b|\boperator\b/i.test(term))
		return {
			notCovered:
				'The guide’s migrations move a cluster between networking modes; moving a Calico install from manifests to the Tigera operator is in Calico’s own documentation:',
			instead: {
				text: sources.operatorMigrationPage.title,
				href: sources.operatorMigrationPage.url,
			},
			lead,
			covers: guideSections,
		};
	return { notCovered: null, instead: null, lead, covers: guideSections };
}
