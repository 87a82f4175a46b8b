import { expect, test } from './fixtures';

// Every page's status, single title and browser-tab title are checked in content.spec.ts, its console in
// site-gates.spec.ts; this file keeps what only it checks: the words of the main titles and the sidebar's groups.

const SIDEBAR_GROUPS = [
	'Concepts',
	'Calico networking',
	'Compatible plugins',
	'Environments',
	'Packet paths',
	'Migrations',
	'Tools',
];

for (const [path, title] of [
	['/', 'Calico Networking Guide'],
	['/recommend/', 'Recommender'],
] as const) {
	test(`${path} is titled “${title}”`, async ({ page }) => {
		await page.goto(path);
		const heading = page.getByRole('heading', { level: 1 });
		await expect(heading).toHaveText(title);
		await expect(heading).toBeVisible();
	});
}

test('the home page sidebar lists every group of the guide in order', async ({ page }) => {
	await page.goto('/');
	const sidebar = page.getByRole('navigation', { name: 'Main' });
	const groupLabels = sidebar.locator('details > summary .group-label');
	await expect(groupLabels).toHaveText(SIDEBAR_GROUPS);
	await expect(sidebar.getByRole('link', { name: 'Recommender' })).toBeVisible();
});
