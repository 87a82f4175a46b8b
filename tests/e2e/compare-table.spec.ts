import { axeViolations, describeViolations } from './axe';
import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { comparisonRows, matchesFilters, options, type ComparisonFilters } from '../../src/lib';

const caption = 'Every networking option the guide knows';

/** The ids of the options the library says match these filters, in table order. */
const expectedIds = (filters: ComparisonFilters) =>
	comparisonRows()
		.filter((row) => matchesFilters(row.traits, filters))
		.map((row) => row.option.id);

/** The ids of the rows a reader can see. */
const shownIds = (page: Page) =>
	page
		.locator('table.option-matrix tbody tr')
		.evaluateAll((rows) =>
			rows
				.filter((row) => !(row as HTMLElement).hidden)
				.map((row) => row.getAttribute('data-option'))
		);

/** Opens the compare page and waits until its filters have come to life. */
async function openCompare(page: Page, query = '') {
	await page.goto(`/tools/compare/${query}`);
	await expect(page.getByRole('form', { name: 'Filter the options' })).toBeVisible();
}

test.describe('filtering the comparison table', () => {
	test('choosing an environment and a property hides the other options and writes both into the address', async ({
		page,
	}) => {
		await openCompare(page);
		await expect(page.locator('.matrix-status')).toHaveText(`All ${options.length} options shown.`);
		await page.getByLabel('Environment').selectOption('aws');
		await expect(page).toHaveURL(/\/tools\/compare\/\?env=aws$/);
		expect(await shownIds(page)).toEqual(expectedIds({ env: 'aws' }));
		await page.getByLabel('Works with Windows nodes').selectOption('yes');
		await expect(page).toHaveURL(/\?env=aws&windows=yes$/);
		const ids = expectedIds({ env: 'aws', windows: 'yes' });
		expect(await shownIds(page)).toEqual(ids);
		await expect(page.locator('.matrix-status')).toHaveText(
			`${ids.length} of ${options.length} options match: AWS, works with Windows nodes.`
		);
		await expect(page.locator('.matrix-status')).toHaveAttribute('aria-live', 'polite');
	});

	test('a filtered link opens with the same rows and the same filters chosen', async ({ page }) => {
		await openCompare(page, '?env=on-prem&needs-bgp=yes');
		await expect(page.getByLabel('Environment')).toHaveValue('on-prem');
		await expect(page.getByLabel('Needs BGP')).toHaveValue('yes');
		expect(await shownIds(page)).toEqual(expectedIds({ env: 'on-prem', 'needs-bgp': 'yes' }));
	});

	test('Back to a filtered table shows it filtered again', async ({ page }) => {
		await openCompare(page);
		await page.getByLabel('Works with IPv6 pods').selectOption('no');
		await page
			.locator('.sl-markdown-content')
			.getByRole('link', { name: 'Packet paths', exact: true })
			.click();
		await expect(page).toHaveURL(/\/modes\/overview\/$/);
		await page.goBack();
		await expect(page).toHaveURL(/\?ipv6=no$/);
		await expect(page.getByLabel('Works with IPv6 pods')).toHaveValue('no');
		expect(await shownIds(page)).toEqual(expectedIds({ ipv6: 'no' }));
	});

	test('works from the keyboard', async ({ page }) => {
		await openCompare(page);
		await page.getByLabel('Pod IPs routable').focus();
		await page.keyboard.press('ArrowDown');
		await expect(page).toHaveURL(/\?routable=yes$/);
		expect(await shownIds(page)).toEqual(expectedIds({ routable: 'yes' }));
	});

	test('an unusable parameter is reported with the reason, and the usable ones still apply', async ({
		page,
	}) => {
		await openCompare(page, '?env=mars&ipv6=yes');
		const notice = page.locator('.matrix-notice');
		await expect(notice).toBeVisible();
		await expect(notice).toContainText(
			'env=mars: "mars" is not an environment. Use one of: on-prem, aws, azure, google-cloud, ibm-cloud, oracle-cloud, digitalocean, hetzner, openstack, vsphere, laptop, other.'
		);
		expect(await shownIds(page)).toEqual(expectedIds({ ipv6: 'yes' }));
		await page.getByLabel('Wraps packets').selectOption('no');
		await expect(notice).toBeHidden();
		await expect(page).toHaveURL(/\?wrapped=no&ipv6=yes$/);
	});

	test('when no option matches, it says so and offers to show every option', async ({ page }) => {
		await openCompare(page, '?routable=yes&wrapped=yes');
		await expect(page.locator('.matrix-status')).toHaveText(
			'No option matches: pod IPs routable, wraps packets.'
		);
		await page.getByRole('button', { name: 'Show all options' }).click();
		await expect(page).toHaveURL(/\/tools\/compare\/$/);
		expect(await shownIds(page)).toHaveLength(options.length);
		await expect(page.getByLabel('Pod IPs routable')).toHaveValue('');
	});

	test('axe finds no violations in the filters, the notice and the table', async ({ page }) => {
		test.setTimeout(120_000);
		await openCompare(page, '?env=mars&windows=yes');
		expect(describeViolations(await axeViolations(page, { include: '.matrix-scroll' }))).toEqual(
			[]
		);
	});

	test('an environment page’s table has no filters, but has the Windows and IPv6 columns', async ({
		page,
	}) => {
		await page.goto('/environments/aws/');
		await expect(page.locator('.matrix-filters')).toHaveCount(0);
		const headings = page.locator('table.option-matrix thead th');
		await expect(headings.filter({ hasText: 'Windows nodes' })).toHaveCount(1);
		await expect(headings.filter({ hasText: 'IPv6 pods' })).toHaveCount(1);
	});
});

test.describe('the comparison table without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('shows every option, whatever the address asks, and no controls that cannot work', async ({
		page,
	}) => {
		await page.goto('/tools/compare/?env=aws&windows=yes');
		await expect(page.locator('table.option-matrix tbody tr')).toHaveCount(options.length);
		expect(await shownIds(page)).toHaveLength(options.length);
		await expect(page.locator('.matrix-filters')).toBeHidden();
		await expect(page.getByRole('button', { name: /Clear filters|Show all options/ })).toHaveCount(
			0
		);
		await expect(page.locator('.matrix-notice')).toBeHidden();
	});
});

test.describe('the comparison table’s layout', () => {
	test('at 1280 px every column fits without scrolling sideways', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto('/tools/compare/');
		const viewport = page.getByRole('region', { name: caption });
		const [scrollWidth, clientWidth] = await viewport.evaluate((el) => [
			el.scrollWidth,
			el.clientWidth,
		]);
		expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
		const box = (await viewport.boundingBox())!;
		const lastHeading = (await page.locator('table.option-matrix thead th').last().boundingBox())!;
		expect(lastHeading.x + lastHeading.width).toBeLessThanOrEqual(box.x + box.width + 1);
	});

	test('at 1280 px the header row stays in view below the site’s top bar while the page scrolls', async ({
		page,
	}) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto('/tools/compare/');
		const heading = page.locator('table.option-matrix thead th').first();
		const topBar = (await page.locator('header.header').boundingBox())!;
		await page.locator('table.option-matrix tbody tr').nth(8).scrollIntoViewIfNeeded();
		await page.mouse.wheel(0, 400);
		await expect
			.poll(async () => (await heading.boundingBox())!.y)
			.toBeCloseTo(topBar.y + topBar.height, 0);
		expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
	});

	test('at 375 px the table scrolls in its own focusable box, with its header on top, and the page never sideways', async ({
		page,
	}) => {
		await page.setViewportSize({ width: 375, height: 800 });
		await page.goto('/tools/compare/');
		expect(
			await page.evaluate(
				() => document.documentElement.scrollWidth <= document.documentElement.clientWidth
			)
		).toBe(true);
		const viewport = page.getByRole('region', { name: caption });
		await expect(viewport).toHaveAttribute('tabindex', '0');
		await viewport.scrollIntoViewIfNeeded();
		await viewport.evaluate((el) => el.scrollTo(200, 900));
		const box = (await viewport.boundingBox())!;
		const heading = (await page.locator('table.option-matrix thead th').first().boundingBox())!;
		expect(heading.y).toBeCloseTo(box.y, 0);
		expect(
			await page.evaluate(
				() => document.documentElement.scrollWidth <= document.documentElement.clientWidth
			)
		).toBe(true);
	});

	for (const width of [375, 1280])
		test(`at ${width} px no tuple breaks inside a Key:Value part`, async ({ page }) => {
			await page.setViewportSize({ width, height: 800 });
			await page.goto('/tools/compare/');
			const lines = await page
				.locator('table.option-matrix tbody th code span')
				.evaluateAll((parts) => parts.map((part) => part.getClientRects().length));
			expect(lines.length).toBe(options.length * 5);
			expect(lines.every((count) => count === 1)).toBe(true);
		});

	for (const theme of ['light', 'dark'])
		test(`links in the table take the site’s accent colour in the ${theme} theme`, async ({
			page,
		}) => {
			await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
			await page.goto('/tools/compare/');
			const [link, accent] = await page
				.locator('table.option-matrix a')
				.first()
				.evaluate((a) => {
					const probe = document.createElement('span');
					probe.style.color = 'var(--sl-color-text-accent)';
					a.after(probe);
					return [getComputedStyle(a).color, getComputedStyle(probe).color];
				});
			expect(link).toBe(accent);
		});
});
