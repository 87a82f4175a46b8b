import { expect, test } from './fixtures';
import { decideIntro, environmentGlance, environments, getOption } from '../../src/lib';

test.describe('environment pages at a glance', () => {
	for (const env of environments) {
		test(`${env.name}: the question count comes from the library, and the table at a glance is the library's`, async ({
			page,
		}) => {
			await page.goto(env.page);
			await expect(page.locator('main')).toContainText(decideIntro(env.id));
			const glance = environmentGlance(env.id);
			const rows = page.locator('.glance-table tbody tr');
			await expect(rows).toHaveCount(glance.situations.length);
			const shown = await rows.evaluateAll((trs) =>
				trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim()))
			);
			expect(shown).toEqual(glance.situations.map((s) => [getOption(s.pick).name, ...s.cells]));
			// On screen the details are folded, and open on request: from the keyboard, which no layout shift
			// (the inline recommender hydrating above) can send elsewhere, as it once did a mouse click.
			const more = page.locator('.option-more').first();
			await expect(more.locator('.option-body')).toBeHidden();
			await more.locator(':scope > summary').press('Enter');
			await expect(more.locator('.option-body .option-facts')).toBeVisible();
		});
	}
});
