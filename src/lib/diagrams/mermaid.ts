import type { HopKind, PacketPath, Place } from './types';

/** Makes text safe inside a quoted Mermaid label. */
export function mermaidText(text: string): string {
	return text.replace(/"/g, '#quot;').replace(/\n/g, ' ');
}

const shapes: Record<HopKind, [string, string]> = {
	pod: ['([', '])'],
	veth: ['[', ']'],
	routing: ['{{', '}}'],
	tunnel: ['[[', ']]'],
	nic: ['[', ']'],
	network: ['[/', '\\]'],
	nat: ['[[', ']]'],
	service: ['[', ']'],
	client: ['([', '])'],
};

const placeTitles: Record<Place, (path: PacketPath) => string> = {
	'node-a': () => 'Node A',
	'node-b': () => 'Node B',
	network: (path) => (path.mode === 'outside' ? 'Network' : 'Network between the nodes'),
	outside: () => 'Outside the cluster',
};

/** A one-sentence description of a packet path, for `accDescr` and captions. */
export function describePath(path: PacketPath): string {
	if (!path.applies) return path.reason ?? '';
	const wrap = path.wrapper
		? ` It is wrapped in ${path.wrapper.name} (${path.wrapper.header}, ${path.wrapper.overheadBytes?.ipv4} bytes over IPv4) between the nodes.`
		: ' It is never wrapped.';
	return `The packet passes ${path.hops.length} hops from ${path.hops[0]?.label} to ${path.hops.at(-1)?.label}.${wrap} Routed by: ${path.routedBy}.`;
}

/** Mermaid flowchart source of a packet path: one box per node, a hop per device, thick arrows where the packet is wrapped. */
export function packetPathToMermaid(path: PacketPath): string {
	if (!path.applies)
		throw new Error(`The ${path.scenario} path of ${path.mode} does not apply: ${path.reason}`);
	const lines = [
		'flowchart TB',
		`accTitle: ${mermaidText(path.title)}`,
		`accDescr: ${mermaidText(describePath(path))}`,
	];
	const places = [...new Set(path.hops.map((hop) => hop.place))];
	for (const place of places) {
		lines.push(`subgraph ${place}["${mermaidText(placeTitles[place](path))}"]`, '  direction TB');
		for (const hop of path.hops.filter((h) => h.place === place)) {
			const [open, close] = shapes[hop.kind];
			lines.push(`  ${hop.id}${open}"${mermaidText(hop.label)}"${close}`);
		}
		lines.push('end');
	}
	let previous = '';
	for (const step of path.steps) {
		const arrow = step.wrapped ? '==>' : '-->';
		// Label a step only where the packet changes, so the headers stand out.
		lines.push(
			step.label === previous
				? `${step.from} ${arrow} ${step.to}`
				: `${step.from} ${arrow}|"${mermaidText(step.label)}"| ${step.to}`
		);
		previous = step.label;
	}
	const classes: Partial<Record<HopKind, string>> = { tunnel: 'wrap', nat: 'nat', pod: 'pod' };
	for (const [kind, cls] of Object.entries(classes)) {
		const ids = path.hops.filter((h) => h.kind === kind).map((h) => h.id);
		if (ids.length) lines.push(`class ${ids.join(',')} ${cls}`);
	}
	return lines.join('\n');
}

/** The hops of a path as sentences, the text alternative shown beside its diagram. */
export function hopList(path: PacketPath): string[] {
	if (!path.applies) return [path.reason ?? 'This path does not apply.'];
	return path.steps.map((step) => {
		const from = path.hops.find((h) => h.id === step.from)?.label;
		const to = path.hops.find((h) => h.id === step.to)?.label;
		return `${from} → ${to}: ${step.wrapped ? 'wrapped, ' : ''}${step.label}`;
	});
}
