import { isRecord, parsePaste } from './parse';
import { buildContext } from './context';
import { matchOption } from './match';
import { checkRules, ruleSources } from './rules';
import {
	severities,
	type CheckInput,
	type CheckResult,
	type Finding,
	type Severity,
} from './types';

/**
 * Checks pasted Calico configuration (an operator Installation, and any IPPool, FelixConfiguration,
 * BGPConfiguration and IPAMConfiguration) against the operator's rules, the environment, the reader's context and the MTU.
 * Never throws: what it cannot read becomes a finding.
 */
export function checkConfiguration(input: CheckInput): CheckResult {
	const paste = parsePaste(typeof input.text === 'string' ? input.text : '');
	const context = buildContext(input, paste);
	const findings: Finding[] = [];
	const ids = new Set<string>();
	for (const rule of checkRules) {
		let hits;
		try {
			hits = rule.run(context);
		} catch (error) {
			// A rule that trips over an odd shape says so rather than taking the page down.
			hits = [
				{
					severity: 'warning' as const,
					message: `The check ${rule.id} could not read this configuration.`,
					reason: error instanceof Error ? error.message : String(error),
				},
			];
		}
		for (const hit of hits) {
			let id = hit.key ? `${rule.id}:${hit.key}` : rule.id;
			for (let n = 2; ids.has(id); n++) id = `${rule.id}:${hit.key ?? ''}#${n}`;
			ids.add(id);
			findings.push({
				id,
				rule: rule.id,
				severity: hit.severity ?? rule.severity,
				message: hit.message,
				reason: hit.reason,
				...(hit.fix ? { fix: hit.fix } : {}),
				...(hit.move ? { move: hit.move } : {}),
				sources: hit.sources ?? ruleSources(rule),
			});
		}
	}
	findings.sort((a, b) => severities.indexOf(a.severity) - severities.indexOf(b.severity));
	const counts = Object.fromEntries(
		severities.map((s) => [s, findings.filter((f) => f.severity === s).length])
	) as Record<Severity, number>;
	// With Calico IPAM and no pool in the paste at all, what the pods run on cannot be told.
	const poolUnknown = context.cni === 'Calico' && context.allPools.length === 0;
	const amountsTo =
		context.installation && !poolUnknown
			? matchOption({
					env: input.env,
					cni: context.cni,
					ipam: context.ipam,
					provider: context.provider,
					bgp: context.bgp,
					encapsulation: context.allPools[0]?.encapsulation ?? '',
					meshOff: context.bgpConfigs.some(
						(spec) => isRecord(spec) && spec.nodeToNodeMeshEnabled === false
					),
				})
			: null;
	return { findings, counts, amountsTo, kinds: paste.kinds };
}
