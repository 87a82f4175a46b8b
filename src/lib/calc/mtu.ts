import {
	aksWireguardExtraBytes,
	overheadBytes,
	overheadParts,
	wrapperNames,
	type IpVersion,
} from '../catalog/encapsulation';
import { facts } from '../facts';
import { InputError, readNumber, wholeNumber, type NumberInput } from '../input/errors';

/** The wrapper Calico puts on pod traffic between nodes, or none. */
export type MtuEncapsulation = 'none' | 'ipip' | 'vxlan';

/** The pod traffic's IP family: IPv4, IPv6, or both (dual-stack, one pool of each). */
export type MtuIpFamily = IpVersion | 'dual';

/** The IP families the calculator accepts, with the words a reader chooses between. */
export const mtuIpFamilies: readonly { value: MtuIpFamily; label: string }[] = [
	{ value: 4, label: 'IPv4' },
	{ value: 6, label: 'IPv6' },
	{ value: 'dual', label: 'Dual-stack' },
];

/** What the MTU calculator needs. */
export interface MtuInput {
	/** MTU of the nodes' network interfaces (the underlay). */
	underlayMtu: NumberInput;
	encapsulation: MtuEncapsulation;
	/** 4, 6 or 'dual' (an IPv4 and an IPv6 pool, both with this encapsulation where Calico has it). Default 4. */
	ipVersion?: MtuIpFamily;
	/** WireGuard encryption between nodes. Default false. */
	wireguard?: boolean;
	/** The cluster runs on AKS, where Calico reserves more room for WireGuard. Default false. */
	aks?: boolean;
}

/** One overhead the pod MTU must leave room for. */
export interface Overhead {
	name: string;
	bytes: number;
	parts: readonly { part: string; bytes: number }[];
}

/** What the MTU calculator answers. */
export interface MtuResult {
	underlayMtu: number;
	podMtu: number;
	/** Every overhead that applies; the pod MTU leaves room for the largest, since Felix takes the smallest MTU of the enabled wrappers. */
	overheads: Overhead[];
	/** Name of the overhead that sets the pod MTU, or null when nothing is wrapped. */
	limitedBy: string | null;
	/** Bytes the pod MTU leaves room for: those of the overhead named by `limitedBy`, 0 when nothing is wrapped. */
	reservedBytes: number;
	warnings: string[];
}

/** Lowest and highest underlay MTU the calculator accepts. */
export const underlayMtuRange = { min: 576, max: 9216 } as const;

/** Works out the pod MTU Calico uses for an underlay MTU and the wrappers in use. */
export function podMtu(input: MtuInput): MtuResult {
	const underlayMtu = wholeNumber(
		'underlayMtu',
		'The underlay MTU',
		input.underlayMtu,
		underlayMtuRange.min,
		underlayMtuRange.max
	);
	const family = input.ipVersion ?? 4;
	if (family !== 4 && family !== 6 && family !== 'dual')
		throw new InputError(
			'ipVersion',
			`The IP version must be 4, 6 or dual (got ${String(family)}). Choose IPv4, IPv6 or dual-stack.`
		);
	if (!['none', 'ipip', 'vxlan'].includes(input.encapsulation)) {
		throw new InputError(
			'encapsulation',
			`The encapsulation must be "none", "ipip" or "vxlan" (got ${JSON.stringify(input.encapsulation)}).`
		);
	}
	const dual = family === 'dual';
	const versions: IpVersion[] = dual ? [4, 6] : [family];
	// In a dual-stack cluster each family's wrapper has its own MTU (vxlanMTU, vxlanMTUV6, …); the names say which.
	const named = (name: string, v: IpVersion) => (dual ? `${name} (IPv${v})` : name);

	const overheads: Overhead[] = [];
	const warnings: string[] = [];
	if (input.encapsulation !== 'none') {
		const encapsulation = input.encapsulation;
		for (const v of versions) {
			const bytes = overheadBytes[encapsulation][v];
			if (bytes === null) {
				if (!dual)
					throw new InputError(
						'encapsulation',
						'IP-in-IP carries IPv4 only: Calico has no IP-in-IP for IPv6 pools. Choose VXLAN or no encapsulation for IPv6.'
					);
				warnings.push(
					`Calico has no IP-in-IP for IPv6, so in a dual-stack cluster only the IPv4 pool is wrapped; IPv6 pod traffic crosses the network unwrapped, as in Calico's unencapsulated mode, and adds nothing to the MTU. To wrap both families, choose VXLAN.`
				);
				continue;
			}
			overheads.push({
				name: named(wrapperNames[encapsulation], v),
				bytes,
				parts: overheadParts[encapsulation][v],
			});
		}
	}
	if (input.wireguard) {
		for (const v of versions) {
			const parts = [...overheadParts.wireguard[v]];
			if (input.aks)
				parts.push({
					part: 'extra room Calico reserves for WireGuard on AKS',
					bytes: aksWireguardExtraBytes,
				});
			overheads.push({
				name: named(wrapperNames.wireguard, v),
				bytes: (overheadBytes.wireguard[v] as number) + (input.aks ? aksWireguardExtraBytes : 0),
				parts,
			});
		}
	}

	const largest = overheads.reduce<Overhead | null>(
		(max, o) => (max && max.bytes >= o.bytes ? max : o),
		null
	);
	const reservedBytes = largest?.bytes ?? 0;
	const mtu = underlayMtu - reservedBytes;
	if (input.wireguard && input.aks) {
		const wireguardOwn = Math.max(...versions.map((v) => overheadBytes.wireguard[v] as number));
		const detected =
			underlayMtu -
			Math.max(
				...overheads.filter((o) => !o.name.startsWith(wrapperNames.wireguard)).map((o) => o.bytes),
				wireguardOwn
			);
		warnings.push(
			`Felix takes the extra ${aksWireguardExtraBytes} bytes on AKS by itself only when host encryption is on (wireguardHostEncryptionEnabled). With WireGuard for pods only it detects ${detected}, larger than Azure carries, and large packets are dropped: set spec.calicoNetwork.mtu to ${mtu} by hand.`
		);
	}
	if (versions.includes(6) && mtu < 1280)
		warnings.push(
			`IPv6 needs an MTU of at least 1280; ${mtu} is too small. Raise the underlay MTU.`
		);
	return {
		underlayMtu,
		podMtu: mtu,
		overheads,
		limitedBy: largest?.name ?? null,
		reservedBytes,
		warnings,
	};
}

/** What an overhead is made of, part by part: "outer IPv4 header 20 + UDP header 8 + …". */
export function overheadMadeOf(overhead: Overhead): string {
	return overhead.parts.map((p) => `${p.part} ${p.bytes}`).join(' + ');
}

/** How the pod MTU follows from the underlay MTU and the overhead it leaves room for, in a sentence or two. */
export function podMtuWorking(result: MtuResult): string {
	if (result.limitedBy === null)
		return `Nothing is wrapped, so pods can use the full ${result.underlayMtu} bytes.`;
	const sum = `${result.underlayMtu} − ${result.reservedBytes} (${result.limitedBy}) = ${result.podMtu}.`;
	return result.overheads.length > 1
		? `${sum} With more than one wrapper on, Calico leaves room for the largest.`
		: sum;
}

/** Underlays readers commonly have, with their MTU. */
export const commonUnderlays = [
	{ id: 'ethernet', label: 'Ethernet', mtu: 1500, aks: false },
	{ id: 'jumbo', label: 'Jumbo frames', mtu: 9000, aks: false },
	{ id: 'aks', label: 'AKS', mtu: facts.azureMtu.value, aks: true },
	{ id: 'google-cloud', label: 'Google Cloud', mtu: facts.gcpDefaultMtu.value, aks: false },
	{ id: 'aws-vpc', label: 'AWS, inside a VPC', mtu: facts.awsVpcMtu.value, aks: false },
	{
		id: 'aws-inter-region',
		label: 'AWS, inter-Region peering',
		mtu: facts.awsInterRegionPeeringMtu.value,
		aks: false,
	},
	{ id: 'openstack-vxlan', label: 'OpenStack VXLAN', mtu: 1450, aks: false },
] as const;

/** The id of the common underlay with this MTU and AKS setting, or '' when it is none of them (a custom MTU). */
export function underlayPresetFor(underlayMtu: NumberInput, aks: boolean): string {
	const mtu = readNumber(underlayMtu);
	return commonUnderlays.find((u) => u.mtu === mtu && u.aks === aks)?.id ?? '';
}

/** One row of the common-MTU table: the pod MTU for each wrapper on one underlay. */
export interface MtuTableRow {
	underlay: (typeof commonUnderlays)[number];
	none: number;
	ipip: number;
	vxlan4: number;
	vxlan6: number;
	wireguard4: number;
	wireguard6: number;
}

/** The pod MTU of each wrapper on each common underlay. */
export function mtuTable(): MtuTableRow[] {
	return commonUnderlays.map((underlay) => {
		const at = (encapsulation: MtuEncapsulation, ipVersion: IpVersion, wireguard = false) =>
			podMtu({ underlayMtu: underlay.mtu, encapsulation, ipVersion, wireguard, aks: underlay.aks })
				.podMtu;
		return {
			underlay,
			none: at('none', 4),
			ipip: at('ipip', 4),
			vxlan4: at('vxlan', 4),
			vxlan6: at('vxlan', 6),
			wireguard4: at('none', 4, true),
			wireguard6: at('none', 6, true),
		};
	});
}
