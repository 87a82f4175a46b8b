import type { RuleHit } from '../types';
import type { UnderstoodKind } from './kinds';

/** One resource read from the paste. */
export interface ParsedResource {
	kind: UnderstoodKind;
	apiVersion: string;
	/** Where it starts in the paste (1-based), for messages. */
	line: number;
	value: Record<string, unknown>;
}

/** What reading the paste gave: the resources understood, and the findings about the rest. */
export interface ParsedPaste {
	resources: ParsedResource[];
	/** Findings by input rule id: `empty-paste`, `yaml-syntax`, `unknown-kind`. */
	hits: Record<'empty-paste' | 'yaml-syntax' | 'unknown-kind', RuleHit[]>;
	kinds: string[];
}

/** True for a YAML mapping read as a plain object. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
