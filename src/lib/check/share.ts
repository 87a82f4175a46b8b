import { environmentIds, isEnvironmentId, type EnvironmentId } from '../catalog/environments';
import type { Answer } from '../catalog/questions';
import { readRelease, type CalicoMinor } from '../facts';

/** The longest fragment a shared link may carry, in characters; longer configurations cannot be shared by link. */
export const maxFragmentLength = 6000;

/** What a shared link carries: the paste, and the context fields the reader filled in. */
export interface SharedCheck {
	text: string;
	env?: EnvironmentId;
	/** The Calico version the check was for. */
	calico?: CalicoMinor;
	nodes?: string;
	podsPerNode?: string;
	serviceCidr?: string;
	nodeCidr?: string;
	windows?: Answer;
	ipv6?: Answer;
}

/** The answer of encoding: the fragment (without `#`), or why there is none. */
export type EncodeResult = { ok: true; fragment: string } | { ok: false; message: string };

/** The answer of decoding: what the link carried, or a message to show. */
export type DecodeResult = { ok: true; shared: SharedCheck } | { ok: false; message: string };

const contextKeys = [
	'env',
	'calico',
	'nodes',
	'podsPerNode',
	'serviceCidr',
	'nodeCidr',
	'windows',
	'ipv6',
] as const;

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream) {
	const body = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
	return new Uint8Array(await new Response(body).arrayBuffer());
}

/** Bytes as base64url (RFC 4648 §5, without padding). */
export function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000)
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** base64url text as bytes; null when it is not base64url. */
export function fromBase64Url(text: string): Uint8Array | null {
	if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
	const padded = text.replace(/-/g, '+').replace(/_/g, '/');
	try {
		const binary = atob(padded + '='.repeat((4 - (padded.length % 4)) % 4));
		return Uint8Array.from(binary, (c) => c.charCodeAt(0));
	} catch {
		return null;
	}
}

/** Writes a check as a URL fragment: the context as plain parameters, the paste deflated and base64url in `config`. */
export async function encodeShare(shared: SharedCheck): Promise<EncodeResult> {
	const params = new URLSearchParams();
	for (const key of contextKeys) {
		const value = shared[key];
		if (value && value !== 'unsure') params.set(key, value);
	}
	const packed = await pipe(
		new TextEncoder().encode(shared.text),
		new CompressionStream('deflate-raw')
	);
	params.set('config', toBase64Url(packed));
	const fragment = params.toString();
	if (fragment.length > maxFragmentLength)
		return {
			ok: false,
			message: `This configuration is too long to share by link: compressed, it takes ${fragment.length.toLocaleString('en-US')} characters, and links are kept under ${maxFragmentLength.toLocaleString('en-US')}. Share the YAML itself instead.`,
		};
	return { ok: true, fragment };
}

const yesNo = (value: string | null): Answer | undefined =>
	value === 'yes' || value === 'no' ? value : undefined;

/** Reads a fragment written by `encodeShare` (with or without `#`); never throws, and says what is wrong with a corrupt one. */
export async function decodeShare(fragment: string): Promise<DecodeResult> {
	const params = new URLSearchParams(fragment.replace(/^#/, ''));
	const config = params.get('config');
	if (config === null) return { ok: false, message: 'The link carries no configuration.' };
	const corrupt = {
		ok: false as const,
		message:
			'The configuration in this link is damaged (it may have been cut short when it was copied), so it cannot be read. Ask for the link again, or paste the YAML.',
	};
	if (fragment.length > maxFragmentLength * 2) return corrupt;
	const bytes = fromBase64Url(config);
	if (!bytes) return corrupt;
	let text: string;
	try {
		const raw = await pipe(bytes, new DecompressionStream('deflate-raw'));
		text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
	} catch {
		return corrupt;
	}
	const env = params.get('env');
	const shared: SharedCheck = { text };
	if (env !== null) {
		if (!isEnvironmentId(env))
			return {
				ok: false,
				message: `The link names the environment "${env}", which is not one of ${environmentIds.join(', ')}.`,
			};
		shared.env = env;
	}
	const calico = params.get('calico');
	if (calico !== null) {
		const read = readRelease(calico);
		if (!read.ok)
			return { ok: false, message: `The link asks for a Calico version: ${read.message}` };
		shared.calico = read.release.minor as CalicoMinor;
	}
	for (const key of ['nodes', 'podsPerNode', 'serviceCidr', 'nodeCidr'] as const) {
		const value = params.get(key);
		if (value !== null) shared[key] = value.slice(0, 100);
	}
	const windows = yesNo(params.get('windows'));
	const ipv6 = yesNo(params.get('ipv6'));
	if (windows) shared.windows = windows;
	if (ipv6) shared.ipv6 = ipv6;
	return { ok: true, shared };
}
