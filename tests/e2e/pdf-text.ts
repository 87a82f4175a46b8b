import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** One printed page: its running header and footer, and the lines of body text between them. */
export interface PrintedPage {
	header: string;
	footer: string;
	body: string[];
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
		const lines = new Map<number, string>();
		for (const item of (await page.getTextContent()).items) {
			if (!('str' in item) || !item.str.trim()) continue;
			const y = Math.round(item.transform[5] as number);
			lines.set(y, `${lines.get(y) ?? ''}${lines.has(y) ? ' ' : ''}${item.str}`);
		}
		const text = [...lines.entries()]
			.sort((a, b) => b[0] - a[0])
			.map(([, line]) => line.replace(/\s+/g, ' ').trim());
		pages.push({
			header: text[0] ?? '',
			footer: text.at(-1) ?? '',
			body: text.slice(1, -1),
			width,
			height,
		});
	}
	return pages;
}

/** Text with every space removed, for finding strings that a printed line may have wrapped. */
export const squeeze = (text: string) => text.replace(/\s+/g, '');
