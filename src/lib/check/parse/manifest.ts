import { crdFields } from '../crd-fields.data';
import {
	isRecord,
	type FieldPosition,
	type ManifestSettings,
	type ParsedPaste,
	type Place,
} from './types';

/**
 * Calico's manifests (calico.yaml, calico-vxlan.yaml, canal.yaml) configure the cluster through the calico-node
 * DaemonSet's environment and the calico-config ConfigMap. calico-node creates the first IPv4 pool from
 * CALICO_IPV4POOL_* when no IPv4 pool exists, and never again (node/pkg/lifecycle/startup/startup.go @
 * release-v3.33, configureIPPools): an unset mode means Never, NAT defaults on, the block to /26, and the CIDR to
 * 192.168.0.0/16 when neither the variable nor kubeadm's configuration gives one.
 */
const poolDefaults = { cidr: '192.168.0.0/16', blockSize: 26, natOutgoing: true };

const settingsOf = (out: ParsedPaste, line: number): ManifestSettings =>
	(out.manifest ??= { env: {}, envAt: {}, config: {}, line });

/** A pool mode as calico-node reads it from its environment. */
function poolMode(value: string | undefined): string {
	const mode = (value ?? '').toLowerCase();
	if (mode === '' || mode === 'off' || mode === 'never') return 'Never';
	if (mode === 'crosssubnet' || mode === 'cross-subnet') return 'CrossSubnet';
	if (mode === 'always') return 'Always';
	return value ?? '';
}

const felixFields = new Map(
	Object.keys(crdFields.FelixConfiguration.fields ?? {}).map((field) => [
		field.toLowerCase(),
		field,
	])
);

/** A FELIX_* value as the field's type: a boolean, a whole number, or the text. */
function felixValue(value: string): unknown {
	if (/^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
	if (/^-?\d+$/.test(value)) return Number(value);
	return value;
}

/** The calico-node container's environment: literal values, and where the others come from. */
function environment(
	container: Record<string, unknown>,
	path: string,
	at: Place,
	positions: Record<string, FieldPosition>
): Record<string, string> {
	const env: Record<string, string> = {};
	const items = Array.isArray(container.env) ? container.env : [];
	for (const [i, item] of items.entries()) {
		if (!isRecord(item) || typeof item.name !== 'string') continue;
		const position = at.positions?.get(`${path}.env[${i}].name`);
		if (position) positions[item.name] = position;
		const ref = isRecord(item.valueFrom) ? item.valueFrom.configMapKeyRef : undefined;
		if (typeof item.value === 'string' || typeof item.value === 'number')
			env[item.name] = String(item.value);
		else if (isRecord(ref))
			env[item.name] = `<from ConfigMap ${String(ref.name)}, key ${String(ref.key)}>`;
	}
	return env;
}

/**
 * Reads the calico-node DaemonSet: its environment, the pool it would create, and the Felix settings it passes.
 * canal.yaml's `canal` DaemonSet runs the same container beside flannel, with host-local IPAM from each node's
 * podCIDR (USE_POD_CIDR) and no Calico networking (CALICO_NETWORKING_BACKEND none): no pool of Calico's serves
 * its pods, so none is derived.
 */
export function readCalicoNode(
	value: Record<string, unknown>,
	at: Place,
	out: ParsedPaste,
	variant?: 'canal'
): void {
	const pod = isRecord(value.spec) && isRecord(value.spec.template) ? value.spec.template : {};
	const podSpec = isRecord(pod.spec) ? pod.spec : {};
	const containers = Array.isArray(podSpec.containers) ? podSpec.containers.filter(isRecord) : [];
	const all = Array.isArray(podSpec.containers) ? podSpec.containers : [];
	const container = containers.find((c) => c.name === 'calico-node') ?? containers[0] ?? {};
	const path = `spec.template.spec.containers[${all.indexOf(container)}]`;
	const settings = settingsOf(out, at.line);
	const env = environment(container, path, at, settings.envAt);
	settings.env = env;
	settings.line = at.line;
	if (variant) settings.variant = variant;
	out.readAs.push(
		variant
			? 'the canal DaemonSet of Calico’s canal.yaml (flannel networking, Calico policy)'
			: 'the calico-node DaemonSet of Calico’s manifest (calico.yaml or a variant)'
	);
	const literal = (name: string) => (env[name]?.startsWith('<from ') ? undefined : env[name]);
	const cidr = literal('CALICO_IPV4POOL_CIDR');
	if (!variant && cidr !== 'none' && literal('NO_DEFAULT_POOLS')?.toLowerCase() !== 'true') {
		const block = Number(literal('CALICO_IPV4POOL_BLOCK_SIZE') ?? poolDefaults.blockSize);
		out.resources.push({
			kind: 'IPPool',
			apiVersion: 'projectcalico.org/v3',
			line: at.line,
			from: cidr
				? 'the first pool calico-node creates from CALICO_IPV4POOL_*'
				: `the first pool calico-node creates from CALICO_IPV4POOL_* (CIDR not set: ${poolDefaults.cidr} assumed, unless kubeadm’s configuration gives the pod subnet)`,
			synthetic: true,
			value: {
				apiVersion: 'projectcalico.org/v3',
				kind: 'IPPool',
				metadata: { name: 'default-ipv4-ippool' },
				spec: {
					cidr: cidr ?? poolDefaults.cidr,
					ipipMode: poolMode(literal('CALICO_IPV4POOL_IPIP')),
					vxlanMode: poolMode(literal('CALICO_IPV4POOL_VXLAN')),
					natOutgoing:
						(literal('CALICO_IPV4POOL_NAT_OUTGOING') ?? 'true').toLowerCase() !== 'false',
					blockSize: Number.isFinite(block) ? block : poolDefaults.blockSize,
				},
			},
		});
	}
	const felix: Record<string, unknown> = {};
	for (const [name, raw] of Object.entries(env)) {
		const field = name.startsWith('FELIX_')
			? felixFields.get(name.slice(6).toLowerCase())
			: undefined;
		if (field && !raw.startsWith('<from ')) felix[field] = felixValue(raw);
	}
	if (Object.keys(felix).length)
		out.resources.push({
			kind: 'FelixConfiguration',
			apiVersion: 'projectcalico.org/v3',
			line: at.line,
			from: 'the FELIX_* variables of calico-node',
			synthetic: true,
			value: {
				apiVersion: 'projectcalico.org/v3',
				kind: 'FelixConfiguration',
				metadata: { name: 'default' },
				spec: felix,
			},
		});
}

/** The calico-config ConfigMap's keys that bear on networking: the backend, the MTU and the CNI configuration. */
export function readCalicoConfig(
	value: Record<string, unknown>,
	at: Place,
	out: ParsedPaste
): void {
	const data = isRecord(value.data) ? value.data : {};
	const settings = settingsOf(out, at.line);
	for (const key of ['calico_backend', 'veth_mtu', 'typha_service_name'])
		if (typeof data[key] === 'string') settings.config[key] = data[key];
	out.readAs.push('the calico-config ConfigMap of Calico’s manifest');
}

/** canal.yaml's canal-config ConfigMap: flannel's network and backend (net-conf.json), the MTU, masquerading. */
export function readCanalConfig(value: Record<string, unknown>, at: Place, out: ParsedPaste): void {
	const data = isRecord(value.data) ? value.data : {};
	const settings = settingsOf(out, at.line);
	settings.variant = 'canal';
	for (const key of ['veth_mtu', 'masquerade', 'canal_iface'])
		if (typeof data[key] === 'string') settings.config[key] = data[key];
	try {
		const conf: unknown = JSON.parse(String(data['net-conf.json'] ?? ''));
		if (isRecord(conf) && typeof conf.Network === 'string')
			settings.config.flannelNetwork = conf.Network;
		if (isRecord(conf) && isRecord(conf.Backend) && typeof conf.Backend.Type === 'string')
			settings.config.flannelBackend = conf.Backend.Type;
	} catch {
		// net-conf.json left out or not JSON: flannel's own defaults apply, which the checker does not guess.
	}
	out.readAs.push('the canal-config ConfigMap of Calico’s canal.yaml');
}
