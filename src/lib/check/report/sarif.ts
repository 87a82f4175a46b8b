import { checkRules, ruleSources } from '../rules';
import type { Release } from '../../facts';
import type { Severity } from '../types';
import type { CheckedFile } from './checked-file';

const level: Record<Severity, 'error' | 'warning' | 'note'> = {
	error: 'error',
	warning: 'warning',
	info: 'note',
};

/** The SARIF 2.1.0 schema the report declares, as GitHub code scanning reads it. */
export const sarifSchema = 'https://json.schemastore.org/sarif-2.1.0.json';

/**
 * The report as SARIF 2.1.0 for GitHub code scanning: the checker's rules (what each checks, with its sources as
 * help), and one result per finding at its file, and at its line where the checker knows it.
 */
export function sarifReport(
	files: readonly CheckedFile[],
	release: Release,
	guideUrl?: string
): string {
	const rules = checkRules.map((rule) => {
		const sources = ruleSources(rule);
		return {
			id: rule.id,
			shortDescription: { text: rule.checks },
			defaultConfiguration: { level: level[rule.severity] },
			help: {
				text: [rule.checks, ...sources.map((s) => `Source: ${s.title} (${s.url})`)].join('\n'),
			},
			...(sources[0] ? { helpUri: sources[0].url } : {}),
		};
	});
	const results = files.flatMap(({ file, result }) =>
		result.findings.map((finding) => ({
			ruleId: finding.rule,
			ruleIndex: checkRules.findIndex((rule) => rule.id === finding.rule),
			level: level[finding.severity],
			message: {
				text: `${finding.message} ${finding.reason}${finding.fix ? `\nFix:\n${finding.fix}` : ''}`,
			},
			locations: [
				{
					physicalLocation: {
						artifactLocation: { uri: file === '-' ? 'stdin' : file },
						...(finding.line
							? {
									region: {
										startLine: finding.line,
										...(finding.column ? { startColumn: finding.column } : {}),
									},
								}
							: {}),
					},
				},
			],
			partialFingerprints: { findingId: finding.id },
		}))
	);
	return `${JSON.stringify(
		{
			$schema: sarifSchema,
			version: '2.1.0',
			runs: [
				{
					tool: {
						driver: {
							name: 'calico-check',
							...(guideUrl ? { informationUri: guideUrl } : {}),
							semanticVersion: '1.0.0',
							rules,
						},
					},
					properties: { calicoVersion: release.minor },
					results,
				},
			],
		},
		null,
		2
	)}\n`;
}
