import { existsSync } from 'node:fs';
import { expect, test } from './fixtures';
import { environmentGlance, environments, formatDetails, getOption, listings } from '../../src/lib';
import { median, readPdf, squeeze } from './pdf-text';

const pdfOf = (id: string) => new URL(`../../dist/pdf/${id}.pdf`, import.meta.url).pathname;
const A4 = { width: 595, height: 842 };

test.describe('environment pages on paper', () => {
	for (const env of environments) {
		test(`${env.name}: no site chrome or widget controls, every option open, the whole decision, and the record instead of the recommender`, async ({
			page,
		}) => {
			await page.emulateMedia({ media: 'print' });
			await page.goto(env.page);
			for (const chrome of [
				'.page > header',
				'.sidebar-pane',
				'site-search',
				'.right-sidebar-container',
				'starlight-theme-select',
				'.pagination-links',
				'.print-bar',
				'.rec-form',
			]) {
				await expect(page.locator(chrome).first(), chrome).toBeHidden();
			}
			await expect(page.locator('.environment-option')).toHaveCount(listings[env.id].length);
			for (const listing of listings[env.id])
				await expect(page.locator(`#option-${listing.option}`)).toBeVisible();
			// Folded parts print open: each option's facts and path, the decision diagram, the list at a glance.
			for (const body of await page
				.locator('.option-body, .decision-diagram, .glance-option')
				.all())
				await expect(body).toBeVisible();
			await expect(page.locator('.option-body')).toHaveCount(listings[env.id].length);
			// The whole decision rather than one default answer: every situation, every option's conditions.
			const glance = environmentGlance(env.id);
			await expect(page.locator('.glance-table tbody tr')).toHaveCount(glance.situations.length);
			for (const option of glance.options) {
				const entry = page.locator(`.glance-option[data-option="${option.option}"]`);
				await expect(entry).toContainText(option.lead);
				for (const line of [...option.when, ...option.blockedBy, ...option.needs])
					await expect(entry).toContainText(line);
			}
			await expect(page.locator('.recommender')).toBeHidden();
			await expect(page.locator('.decide-paper')).toBeVisible();
			await expect(page.locator('.decide-paper a')).toHaveAttribute(
				'href',
				`/record/?env=${env.id}`
			);
		});
	}
});

test.describe('PDFs built with the site', () => {
	for (const env of environments) {
		test(`${env.name}: at most 6 A4 pages and one per option, none nearly empty (the last holds 3 lines or more), none ending on a heading, each with its title and “page N of M”`, async ({
			request,
		}) => {
			expect(
				existsSync(pdfOf(env.id)),
				'the build prints every environment page to dist/pdf/'
			).toBe(true);
			const pages = await readPdf(pdfOf(env.id));
			// An option prints whole on a page of its own: its packet path needs most of a page for 7pt text.
			expect(pages.length).toBeLessThanOrEqual(6 + listings[env.id].length);
			const html = await (await request.get(env.page)).text();
			const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
			const headings = [...main.matchAll(/<h[2-4][^>]*>([\s\S]*?)<\/h[2-4]>/g)]
				.map((m) =>
					squeeze((m[1] as string).replace(/<[^>]+>/g, '').replace(/&[a-z]+;|&#\d+;/g, ''))
				)
				.filter(Boolean);
			for (const [i, printed] of pages.entries()) {
				const where = `${env.id} page ${i + 1}`;
				expect(printed.width, where).toBeCloseTo(A4.width, 0);
				expect(printed.height, where).toBeCloseTo(A4.height, 0);
				expect(printed.header, where).toContain(env.name);
				expect(printed.header, where).toContain('Calico Networking Guide');
				expect(printed.footer, where).toContain(`page ${i + 1} of ${pages.length}`);
				expect(printed.footer, where).toContain(env.page);
				// The last page may hold just the closing links; no page may be blank or hold a stray line.
				const least = i === pages.length - 1 ? 3 : 5;
				expect(printed.body.length, `${where} has too little text`).toBeGreaterThanOrEqual(least);
				// A heading prints at least as large as the page's prose; a diagram label that carries a heading's words
				// (an option's name in the decision diagram) prints smaller.
				const last = squeeze(printed.body.at(-1) ?? '');
				const prose = median(printed.bodySizes);
				const heading = (printed.bodySizes.at(-1) ?? 0) >= prose;
				expect(
					headings.filter((h) => heading && last.length > 3 && h.startsWith(last)),
					`${where} ends on a heading: ${printed.body.at(-1)}`
				).toEqual([]);
			}
		});

		test(`${env.name}: the PDF carries every option’s tuple and its diagrams`, async () => {
			const pages = await readPdf(pdfOf(env.id));
			const text = squeeze(pages.flatMap((p) => p.body).join(' '));
			for (const { option } of listings[env.id])
				expect(text, option).toContain(squeeze(formatDetails(getOption(option).tuple)));
			expect(text).toContain(squeeze(`How the recommender decides for ${env.name}`));
			// The whole decision, not the inline recommender's default answer.
			for (const option of environmentGlance(env.id).options)
				expect(text, option.option).toContain(squeeze(`${option.name} ${option.lead}`));
			expect(text).toContain(`/record/?env=${env.id}`);
			expect(text).not.toContain('Where will the cluster run?');
			// Every packet path draws the sending and the receiving node.
			expect(text.split('NodeB').length - 1).toBeGreaterThanOrEqual(listings[env.id].length);
		});
	}
});

test.describe('diagram text on paper', () => {
	for (const env of environments) {
		test(`${env.name}: every diagram's text prints at 7pt or more at A4 width`, async ({
			page,
		}) => {
			// A4 less the page's side margins (13mm each): 184mm, in CSS pixels.
			await page.setViewportSize({ width: Math.floor((184 / 25.4) * 96), height: 1100 });
			await page.emulateMedia({ media: 'print' });
			await page.goto(env.page);
			const sizes = await page.evaluate(() =>
				[...document.querySelectorAll<SVGSVGElement>('main .diagram-svg svg')].map((svg) => {
					const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
					const texts = [...svg.querySelectorAll('text')].map(
						(t) => parseFloat(getComputedStyle(t).fontSize) * scale * 0.75
					);
					return {
						diagram: svg.closest('figure')?.querySelector('figcaption')?.textContent ?? '',
						pt: Math.min(...texts),
						texts: texts.length,
					};
				})
			);
			expect(sizes.length).toBeGreaterThanOrEqual(listings[env.id].length + 1);
			for (const { diagram, pt, texts } of sizes) {
				expect(texts, diagram).toBeGreaterThan(0);
				expect(pt, diagram).toBeGreaterThanOrEqual(7);
			}
		});
	}
});

test('an environment page offers printing and its PDF; the PDF link downloads a PDF', async ({
	page,
	request,
}) => {
	await page.goto('/environments/aws/');
	await page.evaluate(() => {
		(window as unknown as { printed: number }).printed = 0;
		window.print = () => void (window as unknown as { printed: number }).printed++;
	});
	await page.getByRole('button', { name: 'Print or save as PDF' }).click();
	expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
	const link = page.getByRole('link', { name: 'Download PDF' });
	await expect(link).toHaveAttribute('href', '/pdf/aws.pdf');
	const response = await request.get('/pdf/aws.pdf');
	expect(response.ok()).toBe(true);
	expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
});

test('the recommender offers printing too, and prints the answers with the environment', async ({
	page,
}) => {
	await page.goto('/recommend/?env=azure&managed=no');
	await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible();
	await expect(page.locator('.recommender[data-hydrated="true"]')).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	const answers = page.locator('.rec-print-answers');
	await expect(answers).toContainText('Where will the cluster run? Azure');
	await expect(answers).toContainText(
		'Will you use the provider’s managed Kubernetes (EKS, AKS, GKE, IKS or OKE)? No'
	);
	await expect(answers).toContainText('Not sure');
	await expect(page.locator('.rec-form')).toBeHidden();
	await expect(page.locator('.rec-yaml')).toBeVisible();
});

test('a decision record, one click from the recommender, holds the whole decision, its configuration and extra steps, and prints on at most four A4 pages', async ({
	page,
}) => {
	await page.goto('/recommend/?env=aws&managed=yes&pod-limit=yes');
	await page.getByRole('link', { name: 'Decision record to print' }).click();
	await expect(page).toHaveURL(/\/record\/\?env=aws&managed=yes&pod-limit=yes$/);
	const record = page.locator('.decision-record');
	await expect(record).toContainText(/Date\s*\d{1,2} \w+ \d{4}/);
	await expect(record).toContainText('AWS');
	await expect(record).toContainText(
		'Must pod IPs be reachable from outside the cluster without NAT? Not sure'
	);
	await expect(record).toContainText(getOption('calico-vxlan').name);
	await expect(record).toContainText(formatDetails(getOption('calico-vxlan').tuple));
	await expect(record).toContainText('--max-pods-per-node');
	const yaml = record.locator('.rec-yaml').first();
	await expect(yaml).toContainText('kind: Installation');
	await expect(yaml).toContainText('# Generated by the Calico Networking Guide');
	// The steps besides the YAML come with it, each its own block.
	await expect(record.locator('.record-step')).not.toHaveCount(0);
	await expect(
		record.getByRole('link', { name: /\/recommend\/\?env=aws&managed=yes&pod-limit=yes$/ })
	).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	const pages = await readPdf(new Uint8Array(await page.pdf({ preferCSSPageSize: true })));
	// Answers, decision, alternatives with costs, what will not work, the headed YAML (its header names all
	// twelve AWS answers) and four EKS steps.
	expect(pages.length).toBeLessThanOrEqual(4);
	expect(pages.every((p, i) => p.footer.includes(`page ${i + 1} of ${pages.length}`))).toBe(true);
});

test('a decision record without an environment says what to do instead of printing nothing', async ({
	page,
}) => {
	await page.goto('/record/');
	await expect(page.getByRole('status')).toContainText('names no environment');
	await expect(page.getByRole('link', { name: 'the recommender' })).toHaveAttribute(
		'href',
		'/recommend/'
	);
});
