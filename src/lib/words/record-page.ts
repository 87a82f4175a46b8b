import { configSheet, type AzureManagedWay } from '../config/sheet';
import type { ExtraStep } from '../config/steps';
import { decisionRecord, type DecisionRecord } from '../recommender/record';
import { parseRecommenderQuery, type IgnoredParameter } from '../url/state';
import { newestRelease, releaseOf } from '../facts';

/** What the decision record page shows for a recommender link: the record, the settings not used, the configuration. */
export interface RecordPage {
	/** Null when the link names no environment, so there is no decision to record. */
	record: DecisionRecord | null;
	ignored: IgnoredParameter[];
	/** The operator configuration, or null when the pick has none the guide generates. */
	yaml: string | null;
	steps: ExtraStep[];
	/** The configuration's notes, led by the reason there is no YAML when there is none. */
	notes: string[];
	/** On AKS: the Azure-managed way beside (or instead of) the YAML, and the heading of the self-managed way. */
	azureManaged?: AzureManagedWay;
	selfManaged?: { title: string; summary: string };
}

/** The decision record page for a recommender link's query, dated `isoDate` (YYYY-MM-DD), linking back to `origin`. */
export function recordPage(search: string, origin: string, isoDate: string): RecordPage {
	const parsed = parseRecommenderQuery(search);
	if (!parsed.env)
		return { record: null, ignored: parsed.ignored, yaml: null, steps: [], notes: [] };
	const release = parsed.calico ? releaseOf(parsed.calico) : newestRelease;
	const record = decisionRecord(parsed.env, parsed.answers, isoDate, origin, release, parsed.dist);
	const config = configSheet({
		option: record.pick.id,
		env: parsed.env,
		answers: parsed.answers,
		date: isoDate,
		link: record.link,
		release,
		...(parsed.dist ? { distribution: parsed.dist } : {}),
	});
	return {
		record,
		ignored: parsed.ignored,
		yaml: config.supported ? config.yaml : null,
		steps: config.steps,
		notes: config.supported ? config.notes : [config.reason, ...config.notes],
		...(config.azureManaged ? { azureManaged: config.azureManaged } : {}),
		...(config.selfManaged ? { selfManaged: config.selfManaged } : {}),
	};
}
