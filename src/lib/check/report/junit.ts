import type { CheckedFile } from './checked-file';
import { failsRun, type CliOptions } from './args';

const escape = (text: string) =>
	text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		// Characters XML 1.0 cannot hold at all.
		.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD]/gu, '');

/**
 * The report as JUnit XML, as CI dashboards read it: one test suite per file, one test case per finding;
 * a finding at or above --fail-on is a failure, the others pass with the finding in their system-out.
 */
export function junitReport(files: readonly CheckedFile[], failOn: CliOptions['failOn']): string {
	const suites = files.map(({ file, result }) => {
		const cases = result.findings.map((finding) => {
			const name = escape(`${finding.severity}: ${finding.message}`);
			const body = escape(finding.reason);
			return failsRun(finding.severity, failOn)
				? `    <testcase classname="${escape(finding.rule)}" name="${name}">\n      <failure type="${finding.severity}" message="${escape(finding.message)}">${body}</failure>\n    </testcase>`
				: `    <testcase classname="${escape(finding.rule)}" name="${name}">\n      <system-out>${body}</system-out>\n    </testcase>`;
		});
		const failures = result.findings.filter((f) => failsRun(f.severity, failOn)).length;
		// A file with no findings still shows up, as one passing case.
		if (!cases.length) cases.push(`    <testcase classname="calico-check" name="no findings"/>`);
		return `  <testsuite name="${escape(file)}" tests="${cases.length}" failures="${failures}" errors="0">\n${cases.join('\n')}\n  </testsuite>`;
	});
	return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="calico-check">\n${suites.join('\n')}\n</testsuites>\n`;
}
