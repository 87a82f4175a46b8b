import type { EnvironmentId } from '../catalog/environments';
import type { OptionId } from '../catalog/options';
import type { Source } from '../facts';
import type { MoveId } from './ids';

/** What a move can disrupt, as a fixed vocabulary. */
export const disruptionKinds = [
	'pod-restarts',
	'new-pod-ips',
	'node-replacement',
	'inter-node-blip',
	'none',
] as const;

/** One kind of disruption a move causes. */
export type DisruptionKind = (typeof disruptionKinds)[number];

/** How readers see each kind of disruption. */
export const disruptionLabels: Record<DisruptionKind, string> = {
	'pod-restarts': 'Pod restarts',
	'new-pod-ips': 'New pod IP addresses',
	'node-replacement': 'Node replacement',
	'inter-node-blip': 'Brief loss of connectivity between nodes',
	none: 'None',
};

/** A snippet to copy: a resource to apply or a command to run. */
export interface Snippet {
	lang: 'yaml' | 'shell';
	code: string;
}

/** One step of a move, in order. */
export interface MoveStep {
	title: string;
	/** What to do. */
	action: string;
	/** What to apply or run for the action. */
	code: readonly Snippet[];
	/** How to tell the step worked. */
	verify: string;
	/** The command to check with. */
	verifyCode?: Snippet;
	/** How to undo the step, or why it cannot be undone. */
	rollback: string;
}

/** Where a move starts or ends: a mode in words, and the catalog options it covers (none when no option maps). */
export interface MoveEnd {
	mode: string;
	options: readonly OptionId[];
}

/** A move from one networking mode to another, with its steps. */
export interface Move {
	id: MoveId;
	title: string;
	/** One sentence on what changes. */
	summary: string;
	from: MoveEnd;
	to: MoveEnd;
	/** The environments where the move starts. */
	environments: readonly EnvironmentId[];
	reversible: boolean;
	/** How to go back, or why there is no way back. */
	reversal: string;
	disrupts: readonly { kind: DisruptionKind; why: string }[];
	steps: readonly MoveStep[];
	sources: readonly Source[];
}
