import type { RuleHit } from '../types';
import type { UnderstoodKind } from './kinds';

/** One resource read from the paste. */
export interface ParsedResource {
	kind: UnderstoodKind;
	apiVersion: string;
	/** Where it starts in the paste (1-based), for messages. */
	line: number;
	value: Record<string, unknown>;
	/** What it was read from when it was not pasted as itself: "the Helm values' installation". */
	from?: string;
	/** True for a resource the checker derived (the pool calico-node would create), which a pasted one of its kind replaces. */
	synthetic?: boolean;
	/** Where each field's key stands in the paste, by path (`spec.calicoNetwork.ipPools[0].cidr`), for findings to point at. */
	positions?: FieldPositions;
}

/** Line and column (1-based) of a field's key in the paste. */
export interface FieldPosition {
	line: number;
	column: number;
}

/** Where each field of a resource stands, by its path. */
export type FieldPositions = ReadonlyMap<string, FieldPosition>;

/** What the calico-node DaemonSet of Calico's manifest (calico.yaml and its variants) sets, as the checker read it. */
export interface ManifestSettings {
	/** The calico-node container's environment: literal values, or `<from ConfigMap calico-config, key calico_backend>`. */
	env: Record<string, string>;
	/** `canal` for canal.yaml (flannel networking, Calico policy); unset for calico.yaml and its other variants. */
	variant?: 'canal';
	/** Where each variable's `name:` is written in the paste, when the DaemonSet is a document of it. */
	envAt: Record<string, FieldPosition>;
	/** The `calico-config` ConfigMap's keys that bear on networking. */
	config: Record<string, string>;
	line: number;
}

/** A TigeraStatus read from the paste: its name and conditions. */
export interface StatusRead {
	name: string;
	conditions: Record<string, unknown>[];
	line: number;
}

/** A node read from the paste: a Calico Node's BGP spec, or the annotations Calico writes on a Kubernetes Node. */
export interface NodeRead {
	name: string;
	/** The node's IPv4 address with its prefix as Calico detected it (`10.0.1.5/24`), when it has one. */
	ipv4: string;
	ipv6: string;
	/** The node's route reflector cluster ID, when it is one. */
	routeReflectorClusterId: string;
	/** True for a Kubernetes Node (apiVersion v1), whose Calico fields are annotations. */
	kubernetes: boolean;
	line: number;
}

/** The API server address Calico's components are given instead of the kubernetes Service, when the paste sets it. */
export interface ServiceEndpointRead {
	host: string;
	port: string;
	/** Where it was set: "the Helm values' kubernetesServiceEndpoint", "the ConfigMap kubernetes-services-endpoint". */
	from: string;
	line: number;
}

/** What reading the paste gave: the resources understood, and the findings about the rest. */
export interface ParsedPaste {
	resources: ParsedResource[];
	/** Findings by input rule id: `empty-paste`, `yaml-syntax`, `unknown-kind`. */
	hits: Record<'empty-paste' | 'yaml-syntax' | 'unknown-kind', RuleHit[]>;
	kinds: string[];
	/** What the paste was read as, in the order met: "Helm values for the tigera-operator chart". */
	readAs: string[];
	/** Resources of kinds that bear on networking that no rule checks, by kind. */
	counted: Record<string, number>;
	/** Resources skipped because they do not bear on Calico networking, by kind. */
	skipped: Record<string, number>;
	/** What Calico's manifest sets, when the paste holds its calico-node DaemonSet or calico-config ConfigMap. */
	manifest: ManifestSettings | null;
	statuses: StatusRead[];
	nodes: NodeRead[];
	serviceEndpoint: ServiceEndpointRead | null;
}

/** Where a value was found: the line it starts on, how messages name it, and what it was read from. */
export interface Place {
	line: number;
	where: string;
	from?: string;
	/** The positions of the fields of the value found here, when it is a document of the paste itself. */
	positions?: FieldPositions;
	/** True for text found inside a resource (Helm values, a ConfigMap's data), whose lines are not the paste's. */
	nested?: boolean;
}

/** Reads YAML text found at a place into the paste (the paste itself, or text inside a resource). */
export type Reader = (text: string, at: Place, out: ParsedPaste) => void;

/** A paste read so far: nothing yet. */
export function emptyPaste(): ParsedPaste {
	return {
		resources: [],
		hits: { 'empty-paste': [], 'yaml-syntax': [], 'unknown-kind': [] },
		kinds: [],
		readAs: [],
		counted: {},
		skipped: {},
		manifest: null,
		statuses: [],
		nodes: [],
		serviceEndpoint: null,
	};
}

/** Adds one to a count by kind. */
export function countKind(counts: Record<string, number>, kind: string): void {
	counts[kind] = (counts[kind] ?? 0) + 1;
}

/** True for a YAML mapping read as a plain object. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
