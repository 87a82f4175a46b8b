import { expect, test } from '@playwright/test';

const SIDEBAR_GROUPS = [
	'Concepts',
	'Calico networking',
	'Compatible plugins',
	'Environments',
	'Packet paths',
	'Tools',
];

test('the home page shows the guide title in the hero and in the browser tab', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Calico Networking Guide');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page).toHaveTitle(/^Calico Networking Guide/);
});

test('the home page sidebar lists every group of the guide in order', async ({ page }) => {
	await page.goto('/');
	const sidebar = page.getByRole('navigation', { name: 'Main' });
	const groupLabels = sidebar.locator('details > summary .group-label');
	await expect(groupLabels).toHaveText(SIDEBAR_GROUPS);
	await expect(sidebar.getByRole('link', { name: 'Recommender' })).toBeVisible();
});

test('the home page logs no console errors', async ({ page }) => {
	const errors: string[] = [];
	page.on('console', (message) => {
		// The location names the failing resource, which the text alone does not.
		if (message.type() === 'error')
			errors.push(`${message.text()} ${message.location().url}`.trim());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto('/');
	await page.waitForLoadState('networkidle');
	expect(errors).toEqual([]);
});

test('the recommender page answers with status 200', async ({ page }) => {
	const response = await page.goto('/recommend/');
	expect(response?.status()).toBe(200);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Recommender');
});
