import type { CheckedFile } from './checked-file';

/** The report for a person at a terminal: per file what it was read as, then each finding with its reason. */
export function textReport(files: readonly CheckedFile[]): string {
	const lines: string[] = [];
	for (const { file, result } of files) {
		lines.push(`${file}`);
		if (result.readAs) lines.push(`  ${result.readAs}`);
		if (result.amountsTo) lines.push(`  Amounts to: ${result.amountsTo.names.join(' or ')}.`);
		for (const finding of result.findings) {
			const at = finding.line
				? `${file}:${finding.line}${finding.column ? `:${finding.column}` : ''} `
				: '';
			lines.push(`  ${finding.severity.padEnd(7)} ${at}${finding.rule}: ${finding.message}`);
			lines.push(`          ${finding.reason}`);
			if (finding.fix)
				lines.push(
					...finding.fix
						.trimEnd()
						.split('\n')
						.map((line) => `          | ${line}`)
				);
		}
		const { error, warning, info } = result.counts;
		lines.push(`  ${error} errors, ${warning} warnings, ${info} notes.`, '');
	}
	return lines.join('\n');
}
