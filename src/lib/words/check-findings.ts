import { severities, type Severity } from '../check/types';

/** Each severity's name for one finding and for several. */
const names: Record<Severity, [string, string]> = {
	error: ['Error', 'Errors'],
	warning: ['Warning', 'Warnings'],
	info: ['Note', 'Notes'],
};

const plural = (n: number, [one, many]: [string, string]) =>
	`${n} ${(n === 1 ? one : many).toLowerCase()}`;

/** The sentence the checker's status line announces: how many findings, by severity. */
export function findingsSummary(counts: Record<Severity, number>, total: number): string {
	if (total === 0) return 'No findings: nothing here breaks a rule the checker knows.';
	const parts = severities.filter((s) => counts[s] > 0).map((s) => plural(counts[s], names[s]));
	return `${total} finding${total === 1 ? '' : 's'}: ${parts.join(', ')}.`;
}

/** The heading over the findings of one severity, e.g. `Warnings (2)`. */
export function findingsHeading(severity: Severity, count: number): string {
	return `${names[severity][1]} (${count})`;
}

/** Where in the paste a finding points, as the page shows it: `Line 12, column 5`; null when the checker does not know. */
export function findingPlace(finding: { line?: number; column?: number }): string | null {
	if (!finding.line) return null;
	return finding.column ? `Line ${finding.line}, column ${finding.column}` : `Line ${finding.line}`;
}
