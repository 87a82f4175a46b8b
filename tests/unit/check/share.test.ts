import { describe, expect, test } from 'vitest';
import { decodeShare, encodeShare, maxFragmentLength } from '../../../src/lib/check/share';

describe('sharing a check by link', () => {
	test('a configuration and its context come back from the fragment unchanged', async () => {
		const shared = {
			text: 'kind: Installation\n# ünïcode ✓\n',
			env: 'azure' as const,
			nodes: '40',
			windows: 'yes' as const,
		};
		const encoded = await encodeShare(shared);
		expect(encoded.ok).toBe(true);
		if (!encoded.ok) return;
		expect(encoded.fragment).toMatch(/^env=azure&nodes=40&windows=yes&config=[A-Za-z0-9_-]+$/);
		expect(await decodeShare(`#${encoded.fragment}`)).toEqual({ ok: true, shared });
	});

	test('a configuration too long for a link says so', async () => {
		const random = Array.from({ length: 8000 }, (_, i) => ((i * 7919) % 65521).toString(36)).join(
			' '
		);
		const encoded = await encodeShare({ text: random });
		expect(encoded).toEqual({
			ok: false,
			message: expect.stringMatching(/too long to share by link/),
		});
		expect(maxFragmentLength).toBe(6000);
	});

	test('a corrupt fragment gives a clear message', async () => {
		const encoded = await encodeShare({ text: 'kind: Installation\n'.repeat(20) });
		if (!encoded.ok) throw new Error('expected a fragment');
		const cut = encoded.fragment.slice(0, -6);
		expect(await decodeShare(cut)).toEqual({
			ok: false,
			message: expect.stringMatching(/damaged/),
		});
		expect(await decodeShare('config=***')).toEqual({
			ok: false,
			message: expect.stringMatching(/damaged/),
		});
		expect(await decodeShare('')).toEqual({
			ok: false,
			message: 'The link carries no configuration.',
		});
	});

	test('an unknown environment in the link is named', async () => {
		const encoded = await encodeShare({ text: 'a: 1' });
		if (!encoded.ok) throw new Error('expected a fragment');
		expect(await decodeShare(`env=mars&${encoded.fragment}`)).toEqual({
			ok: false,
			message: expect.stringMatching(/"mars"/),
		});
	});

	test('the Calico version the check was for comes back from the link', async () => {
		const shared = { text: 'a: 1', env: 'on-prem' as const, calico: '3.31' as const };
		const encoded = await encodeShare(shared);
		if (!encoded.ok) throw new Error('expected a fragment');
		expect(encoded.fragment).toMatch(/^env=on-prem&calico=3\.31&config=/);
		expect(await decodeShare(encoded.fragment)).toEqual({ ok: true, shared });
	});

	test('a Calico version the guide does not answer for is named, with the ones it does', async () => {
		const encoded = await encodeShare({ text: 'a: 1' });
		if (!encoded.ok) throw new Error('expected a fragment');
		expect(await decodeShare(`calico=2.6&${encoded.fragment}`)).toEqual({
			ok: false,
			message: expect.stringMatching(/“2\.6” is not a Calico version .*choose 3\.31, 3\.32, 3\.33/),
		});
	});
});
