import { useState } from 'preact/hooks';

/** Where a copy stands: not tried (or settled back), done, or refused by the browser. */
export type CopyStatus = 'idle' | 'copied' | 'failed';

/** Copies text to the clipboard: true once copied, false when the browser refuses or has no clipboard. */
export async function copyToClipboard(text: string): Promise<boolean> {
	try {
		// Rejects when the browser refuses; navigator.clipboard is missing outside secure pages (plain HTTP).
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}

/** A copy action and its status, for a button's label and a status line; `copied` settles back to `idle` after `settleMs` (null: stays). */
export function useCopy({ settleMs = 2000 }: { settleMs?: number | null } = {}) {
	const [status, setStatus] = useState<CopyStatus>('idle');
	const copy = async (text: string): Promise<boolean> => {
		const copied = await copyToClipboard(text);
		setStatus(copied ? 'copied' : 'failed');
		if (copied && settleMs !== null)
			setTimeout(() => setStatus((now) => (now === 'copied' ? 'idle' : now)), settleMs);
		return copied;
	};
	return { status, copy, reset: () => setStatus('idle') };
}
