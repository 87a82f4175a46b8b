import { expect, test } from './fixtures';

// Pagefind fetches its index and fragments before it answers; on a loaded machine that takes seconds.
test.describe.configure({ timeout: 90_000 });

/** Opens the search dialog and searches for `term`. */
async function search(page: import('@playwright/test').Page, term: string) {
	await page.goto('/');
	await page.getByRole('button', { name: 'Search' }).first().click();
	const box = page.getByRole('dialog').getByPlaceholder('Search');
	await box.fill(term);
	return page.getByRole('dialog');
}

for (const { term, says } of [
	{ term: 'k3s', says: 'The guide does not cover k3s yet.' },
	{ term: 'vSphere', says: 'The guide does not cover VMware vSphere yet.' },
]) {
	test(`a search for “${term}” says plainly that the guide does not cover it, and where to go`, async ({
		page,
	}) => {
		const dialog = await search(page, term);
		const hint = dialog.locator('[data-search-hint]');
		// Pagefind loads its index first, which takes a while on a busy machine.
		await expect(hint).toContainText(says, { timeout: 20_000 });
		await expect(hint.getByRole('link', { name: 'Anywhere else' }).first()).toHaveAttribute(
			'href',
			'/environments/other/'
		);
		await expect(hint.getByRole('link', { name: 'Recommender' })).toBeVisible();
	});
}

test('a search for “migrate operator manifest” points to the operator migration upstream and lists the guide', async ({
	page,
}) => {
	const dialog = await search(page, 'migrate operator manifest');
	const hint = dialog.locator('[data-search-hint]');
	await expect(hint).toContainText(
		'moving a Calico install from manifests to the Tigera operator',
		{
			timeout: 20_000,
		}
	);
	await expect(
		hint.getByRole('link', { name: 'Migrations between networking modes' })
	).toBeVisible();
});

test('a search for “migrate” finds the migration pages, with no hint', async ({ page }) => {
	const dialog = await search(page, 'migrate');
	await expect(dialog.locator('.pagefind-ui__result-link[href^="/migrate/"]').first()).toBeVisible({
		timeout: 20_000,
	});
	await expect(dialog.locator('[data-search-hint]')).toHaveCount(0);
});
