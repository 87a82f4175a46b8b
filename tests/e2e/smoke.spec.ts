import { expect, test } from './fixtures';

// Every page's status, single title and browser-tab title are checked in content.spec.ts, its console in
// site-gates.spec.ts; this file keeps what only it checks: the words of the main titles and the sidebar's groups.

const SIDEBAR_GROUPS = [
	'Environments',
	'Tools',
	'Distributions',
	'Concepts',
	'Calico networking',
	'Compatible plugins',
	'Packet paths',
	'Migrations',
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

test('on a 1280×800 screen the sidebar shows the recommender, every environment and every tool without scrolling', async ({
	page,
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/');
	const sidebar = page.getByRole('navigation', { name: 'Main' });
	const groups = sidebar.locator('details');
	const links = [
		sidebar.getByRole('link', { name: 'Recommender' }),
		...(await groups.filter({ hasText: 'Environments' }).getByRole('link').all()),
		...(await groups.filter({ hasText: 'Tools' }).getByRole('link').all()),
	];
	expect(links.length).toBeGreaterThan(10);
	for (const link of links) {
		await expect(link).toBeVisible();
		const box = await link.boundingBox();
		expect(box && box.y + box.height, await link.innerText()).toBeLessThanOrEqual(800);
	}
	// The distributions and the reading sections wait, closed, below them.
	for (const label of ['Distributions', 'Concepts']) {
		await expect(groups.filter({ hasText: label })).not.toHaveAttribute('open');
	}
});
