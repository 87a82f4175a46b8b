import type { EnvironmentId } from '../catalog/environments';
import type { Answer } from '../catalog/questions';
import type { FactId, Source } from '../facts';
import type { CheckerFactId } from '../facts/checker';
import type { MoveId } from '../migrate/ids';
import type { OptionId } from '../catalog/options';

/** How much a finding matters: the configuration breaks, may break, or is worth knowing. */
export type Severity = 'error' | 'warning' | 'info';

/** The severities, most serious first (the order the page groups findings in). */
export const severities: readonly Severity[] = ['error', 'warning', 'info'];

/** One thing the checker found, with why it matters and, when it has one, the change to make. */
export interface Finding {
	/** Unique within one result, e.g. `azure-ipip:10.0.0.0/16`. */
	id: string;
	/** The id of the rule that found it. */
	rule: string;
	severity: Severity;
	/** What is wrong, in a sentence. */
	message: string;
	/** Why it matters. */
	reason: string;
	/** YAML to copy that fixes it. */
	fix?: string;
	/** The move of the migration guide that makes the change safely. */
	move?: MoveId;
	sources: readonly Source[];
	/** The line of the paste it concerns (1-based), where the checker knows it. */
	line?: number;
	/** The column of that line (1-based), where the checker knows the field. */
	column?: number;
}

/** What the checker reads: the pasted YAML, where the cluster runs, and what the reader knows of it. */
export interface CheckInput {
	text: string;
	env: EnvironmentId;
	/** The Calico version the cluster runs (`3.32`); the newest the guide knows when left out. */
	calico?: string;
	/** Nodes in the cluster (a number, or a box's text). */
	nodes?: number | string;
	/** Pods per node; left out, each node is counted as needing one block. */
	podsPerNode?: number | string;
	/** The cluster's service CIDR (the API server's --service-cluster-ip-range). */
	serviceCidr?: string;
	/** The network the nodes' own addresses come from. */
	nodeCidr?: string;
	windows?: Answer;
	ipv6?: Answer;
}

/** The catalog option a configuration amounts to, and where its packet path is drawn. */
export interface OptionMatch {
	/** Matching options, best first (two when the YAML cannot tell them apart, e.g. BGP mesh or peering). */
	options: readonly OptionId[];
	/** The packet-path page of the first. */
	modePage: string;
	/** Names of the options, for a sentence. */
	names: readonly string[];
}

/** What the checker answers. */
export interface CheckResult {
	findings: Finding[];
	counts: Record<Severity, number>;
	/** Null when there is no Installation, or it matches no option. */
	amountsTo: OptionMatch | null;
	/** The kinds of resource the paste held, in order. */
	kinds: string[];
	/** What the checker read the paste as, in a line ("Read as: Helm values for the tigera-operator chart. Checked: …"); null for an empty paste. */
	readAs: string | null;
}

/** What a rule reports, before the checker adds the rule's id and, unless it has its own, severity and sources. */
export interface RuleHit {
	/** Makes the finding's id unique when a rule fires more than once, e.g. the pool's CIDR. */
	key?: string;
	message: string;
	reason: string;
	fix?: string;
	move?: MoveId;
	/** Overrides the rule's severity, e.g. a warning when the reader was not sure. */
	severity?: Severity;
	/** Overrides the rule's sources when this finding rests on fewer of them (one release's CRD). */
	sources?: readonly Source[];
	/** The line of the paste it concerns (1-based), where known. */
	line?: number;
	/** The column of that line (1-based), where known. */
	column?: number;
}

/** One check, table-driven: what it looks at, what its findings rest on, and the function that looks. */
export interface CheckRule<Context> {
	id: string;
	severity: Severity;
	/** What it checks, in a sentence (for the JSON export). */
	checks: string;
	/** The facts it rests on (the checker's own among them); their sources are its sources. */
	facts: readonly (FactId | CheckerFactId)[];
	/** Sources beyond those of its facts. */
	sources?: readonly Source[];
	run: (context: Context) => RuleHit[];
}
