import type { CheckContext } from './context';
import type { Severity } from './types';

/** An error when the reader says there are Windows nodes, a note when they are not sure, nothing when there are none. */
export const windowsSeverity = (c: CheckContext): Severity | null =>
	c.windows === 'yes' ? 'error' : c.windows === 'unsure' ? 'info' : null;

/** How a sentence about Windows nodes opens, by what the reader said. */
export const windowsOpening = (c: CheckContext) =>
	c.windows === 'yes' ? 'The cluster has Windows nodes' : 'If any node runs Windows';

/** Why a feature Calico for Windows lacks keeps Windows nodes out (from the Windows limitations page). */
export const windowsUnsupported = (what: string) =>
	`Calico for Windows does not support ${what}, so Windows nodes cannot take part. Leave it off, or keep Windows workloads in a cluster of their own.`;
