import { facts } from '../facts';

/** Headers Calico can wrap pod traffic in, plus WireGuard, which wraps it for encryption. */
export type Wrapper = 'ipip' | 'vxlan' | 'wireguard';

/** IP version of the pod traffic (and so of the outer header). */
export type IpVersion = 4 | 6;

/** Bytes each wrapper adds to a packet, by IP version; `null` where the wrapper does not exist for that version. */
export const overheadBytes: Readonly<Record<Wrapper, Readonly<Record<IpVersion, number | null>>>> =
	{
		// Outer IPv4 header only (IP protocol facts.ipipProtocol); there is no IP-in-IP for IPv6 pools in Calico.
		ipip: { 4: facts.ipipOverheadV4.value, 6: null },
		vxlan: { 4: facts.vxlanOverheadV4.value, 6: facts.vxlanOverheadV6.value },
		wireguard: { 4: facts.wireguardOverheadV4.value, 6: facts.wireguardOverheadV6.value },
	};

/** Extra bytes Calico subtracts for WireGuard on AKS, on top of WireGuard's own overhead (automatically only with host encryption). */
export const aksWireguardExtraBytes = facts.aksWireguardExtraBytes.value;

/** How each part of the wrapper is made up, for readers who want to count the bytes. */
export const overheadParts: Readonly<
	Record<Wrapper, Readonly<Record<IpVersion, readonly { part: string; bytes: number }[]>>>
> = {
	ipip: { 4: [{ part: 'outer IPv4 header', bytes: 20 }], 6: [] },
	vxlan: {
		4: [
			{ part: 'outer IPv4 header', bytes: 20 },
			{ part: 'UDP header', bytes: 8 },
			{ part: 'VXLAN header', bytes: 8 },
			{ part: 'inner Ethernet header', bytes: 14 },
		],
		6: [
			{ part: 'outer IPv6 header', bytes: 40 },
			{ part: 'UDP header', bytes: 8 },
			{ part: 'VXLAN header', bytes: 8 },
			{ part: 'inner Ethernet header', bytes: 14 },
		],
	},
	// Felix reserves 60/80 bytes for WireGuard; the split is not broken down in our sources.
	wireguard: {
		4: [
			{
				part: 'WireGuard (outer IP, UDP and WireGuard headers)',
				bytes: facts.wireguardOverheadV4.value,
			},
		],
		6: [
			{
				part: 'WireGuard (outer IP, UDP and WireGuard headers)',
				bytes: facts.wireguardOverheadV6.value,
			},
		],
	},
};

/** Names readers know the wrappers by. */
export const wrapperNames: Readonly<Record<Wrapper, string>> = {
	ipip: 'IP-in-IP',
	vxlan: 'VXLAN',
	wireguard: 'WireGuard',
};

/** What the underlay must let through for each wrapper between nodes. */
export const wrapperTraffic: Readonly<Record<Wrapper, string>> = {
	ipip: `IP protocol ${facts.ipipProtocol.value}`,
	vxlan: `UDP port ${facts.vxlanPort.value}`,
	wireguard: `UDP port ${facts.wireguardPortV4.value} (IPv4) and ${facts.wireguardPortV6.value} (IPv6)`,
};
