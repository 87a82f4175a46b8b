import type { Release } from '../../facts';
import type { CheckedFile } from './checked-file';

/** The version of the command line's JSON report; it grows a number when a field changes meaning. */
export const jsonReportVersion = 1;

/** The report as JSON: for each file the same findings the page shows, what it was read as and amounts to. */
export function jsonReport(files: readonly CheckedFile[], release: Release): string {
	return `${JSON.stringify(
		{
			version: jsonReportVersion,
			calicoVersion: release.minor,
			files: files.map(({ file, result }) => ({
				file,
				readAs: result.readAs,
				amountsTo: result.amountsTo?.options ?? null,
				counts: result.counts,
				findings: result.findings,
			})),
		},
		null,
		2
	)}\n`;
}
