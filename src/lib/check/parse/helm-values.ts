import { facts } from '../../facts';
import { isRecord } from './types';

/** True when a mapping reads as values for the tigera-operator Helm chart. */
export function isHelmValues(value: Record<string, unknown>): boolean {
	// Keys only the tigera-operator chart's values have (charts/tigera-operator/values.yaml).
	return facts.helmValuesKeys.value.some((key) => key in value);
}

const without = (spec: Record<string, unknown>, key: string) =>
	Object.fromEntries(Object.entries(spec).filter(([k]) => k !== key));

/** A resource the chart renders from its values, and the values it came from. */
export interface FromValues {
	value: Record<string, unknown>;
	from: string;
}

/**
 * The resources the chart renders from values the checker reads (templates/crs/custom-resources.yaml and
 * configmap-felixconfiguration-templates.yaml @ release-v3.33): the Installation from `installation` unless
 * `enabled: false` (on by default), the default FelixConfiguration from `defaultFelixConfiguration` only with
 * `enabled: true` (off by default); `enabled` itself is the chart's, not the resource's.
 */
export function helmValueResources(values: Record<string, unknown>): FromValues[] {
	const out: FromValues[] = [];
	const installation = isRecord(values.installation) ? values.installation : {};
	if (installation.enabled !== false)
		out.push({
			from: 'the Helm values’ installation',
			value: {
				apiVersion: 'operator.tigera.io/v1',
				kind: 'Installation',
				metadata: { name: 'default' },
				spec: without(installation, 'enabled'),
			},
		});
	const felix = values.defaultFelixConfiguration;
	if (isRecord(felix) && felix.enabled === true)
		out.push({
			from: 'the Helm values’ defaultFelixConfiguration',
			value: {
				apiVersion: 'projectcalico.org/v3',
				kind: 'FelixConfiguration',
				metadata: { name: 'default' },
				spec: without(felix, 'enabled'),
			},
		});
	return out;
}
