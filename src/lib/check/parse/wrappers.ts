import { isRecord, type ParsedPaste, type Place, type Reader } from './types';

const nameOf = (value: Record<string, unknown>) =>
	isRecord(value.metadata) && typeof value.metadata.name === 'string' ? value.metadata.name : '';
const specOf = (value: Record<string, unknown>) => (isRecord(value.spec) ? value.spec : {});

/** Helm values inside RKE2's HelmChartConfig or HelmChart (helm.cattle.io/v1, `spec.valuesContent`, a YAML string). */
export function readHelmChart(
	value: Record<string, unknown>,
	kind: string,
	at: Place,
	out: ParsedPaste,
	read: Reader
): void {
	const content = specOf(value).valuesContent;
	const name = nameOf(value);
	if (typeof content !== 'string' || !content.trim()) {
		out.hits['unknown-kind'].push({
			key: `${at.line}`,
			line: at.line,
			message: `${at.where} is a ${kind} (${name || 'no name'}) with no spec.valuesContent, so it holds no Helm values to check.`,
			reason: 'RKE2 passes the chart its values as a YAML string in spec.valuesContent.',
		});
		return;
	}
	read(
		content,
		{
			nested: true,
			line: at.line,
			where: `${at.where} (valuesContent)`,
			from: `Helm values in RKE2’s ${kind} ${name}`.trim(),
		},
		out
	);
}

/**
 * Helm values inside a Cluster API HelmChartProxy (`spec.valuesTemplate`): Go template actions (`{{ … }}`) are
 * filled in per cluster, so control actions are dropped and value actions read as `<templated>` first.
 */
export function readHelmChartProxy(
	value: Record<string, unknown>,
	at: Place,
	out: ParsedPaste,
	read: Reader
): void {
	const template = specOf(value).valuesTemplate;
	const name = nameOf(value);
	if (typeof template !== 'string' || !template.trim()) {
		out.hits['unknown-kind'].push({
			key: `${at.line}`,
			line: at.line,
			message: `${at.where} is a HelmChartProxy (${name || 'no name'}) with no spec.valuesTemplate, so it holds no Helm values to check.`,
			reason:
				'Cluster API’s Helm addon passes the chart its values as a template in spec.valuesTemplate.',
		});
		return;
	}
	// Control actions (range, if, with, else, end) go; a value action becomes <templated>.
	const filled = template.replace(/\{\{-?\s*([^}]*?)\s*-?\}\}/g, (_, action: string) =>
		/^(range|if|with|else|end|define|block)\b/.test(action) ? '' : '<templated>'
	);
	read(
		filled,
		{
			nested: true,
			line: at.line,
			where: `${at.where} (valuesTemplate)`,
			from: `Helm values in the HelmChartProxy ${name} (template actions read as <templated>)`.trim(),
		},
		out
	);
}

/**
 * Resources inside a ConfigMap's data (a Cluster API ClusterResourceSet carries an Installation so); false when no
 * data value holds one, so that the ConfigMap counts as skipped.
 */
export function readConfigMapResources(
	value: Record<string, unknown>,
	at: Place,
	out: ParsedPaste,
	read: Reader
): boolean {
	const data = isRecord(value.data) ? value.data : {};
	const name = nameOf(value);
	let found = false;
	for (const [key, text] of Object.entries(data)) {
		if (typeof text !== 'string' || !/^["']?kind["']?\s*:/m.test(text)) continue;
		found = true;
		out.readAs.push(`resources in the ConfigMap ${name}, key ${key}`);
		read(text, { nested: true, line: at.line, where: `${at.where} (data ${key})` }, out);
	}
	return found;
}
