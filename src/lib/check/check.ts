import { isRecord, parsePaste } from './parse';
import { buildContext } from './context';
import { matchOption, optionMatch } from './match';
import { checkRules, ruleSources } from './rules';
import { readAsSentence } from './read-as';
import { manifestBackend } from './manifest-backend';
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
	const seen = new Map<string, number>();
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
			const base = hit.key ? `${rule.id}:${hit.key}` : rule.id;
			let id = base;
			// The n-th finding with the same id gets #n; counting per id keeps a dump of thousands linear.
			for (let n = (seen.get(base) ?? 1) + 1; ids.has(id); n++) {
				id = `${rule.id}:${hit.key ?? ''}#${n}`;
				seen.set(base, n);
			}
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
				...(hit.line ? { line: hit.line } : {}),
				...(hit.column ? { column: hit.column } : {}),
			});
		}
	}
	findings.sort((a, b) => severities.indexOf(a.severity) - severities.indexOf(b.severity));
	const counts = Object.fromEntries(
		severities.map((s) => [s, findings.filter((f) => f.severity === s).length])
	) as Record<Severity, number>;
	// With Calico IPAM and no pool in the paste at all, what the pods run on cannot be told.
	const poolUnknown = context.cni === 'Calico' && context.allPools.length === 0;
	const backend = manifestBackend(paste);
	const amountsTo =
		!context.installation && paste.manifest?.variant === 'canal'
			? optionMatch('canal')
			: !context.installation && backend && context.allPools.length
				? matchOption({
						env: input.env,
						cni: 'Calico',
						ipam: 'Calico',
						provider: '',
						bgp: backend === 'bird' ? 'Enabled' : 'Disabled',
						encapsulation: context.allPools[0]!.encapsulation,
						meshOff: false,
					})
				: context.installation && !poolUnknown
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
	return { findings, counts, amountsTo, kinds: paste.kinds, readAs: readAsSentence(paste) };
}
