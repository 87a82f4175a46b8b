import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** One printed page: its running header and footer, and the lines of body text between them. */
export interface PrintedPage {
	header: string;
	footer: string;
	body: string[];
	/** The size of the largest text on each body line, in PDF points: headings print larger than the prose. */
	bodySizes: number[];
	width: number;
	height: number;
}

/** Reads a PDF (a path or its bytes) into pages of text lines, top to bottom; items on one baseline make one line. */
export async function readPdf(source: string | Uint8Array): Promise<PrintedPage[]> {
	const data = typeof source === 'string' ? new Uint8Array(readFileSync(source)) : source;
	const doc = await getDocument({ data, verbosity: 0 }).promise;
	const pages: PrintedPage[] = [];
	for (let n = 1; n <= doc.numPages; n++) {
		const page = await doc.getPage(n);
		const { width, height } = page.getViewport({ scale: 1 });
		const lines = new Map<number, { text: string; size: number }>();
		for (const item of (await page.getTextContent()).items) {
			if (!('str' in item) || !item.str.trim()) continue;
			const y = Math.round(item.transform[5] as number);
			const size = Math.abs(item.transform[3] as number);
			const line = lines.get(y);
			lines.set(y, {
				text: line ? `${line.text} ${item.str}` : item.str,
				size: Math.max(line?.size ?? 0, size),
			});
		}
		const sorted = [...lines.entries()].sort((a, b) => b[0] - a[0]).map(([, line]) => line);
		const text = sorted.map((line) => line.text.replace(/\s+/g, ' ').trim());
		pages.push({
			header: text[0] ?? '',
			footer: text.at(-1) ?? '',
			body: text.slice(1, -1),
			bodySizes: sorted.slice(1, -1).map((line) => line.size),
			width,
			height,
		});
	}
	return pages;
}

/** Text with every space removed, for finding strings that a printed line may have wrapped. */
export const squeeze = (text: string) => text.replace(/\s+/g, '');

/** The middle value of some numbers (0 for none): the size of a page's prose, which most lines share. */
export function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
