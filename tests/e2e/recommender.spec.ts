import { axeViolations, describeViolations } from './axe';
import { expect, test } from './fixtures';
import { getOption, getQuestion, recommend } from '../../src/lib';

test('a link with answers reproduces the decision', async ({ page }) => {
	await page.goto('/recommend/?env=on-prem&bgp=no&l2=yes');
	await expect(page.locator('.rec-pick')).toHaveText(getOption('calico-bgp-mesh').name);
	await expect(page.getByRole('radio', { name: 'On-premises' })).toBeChecked();
});

test('changing an answer changes the recommendation and the address at once', async ({ page }) => {
	await page.goto('/recommend/?env=aws');
	await expect(page.locator('.rec-pick')).toHaveText(getOption(recommend('aws').pick).name);
	const podLimit = page.getByRole('group', { name: /pods-per-node limit/ });
	await podLimit.getByRole('radio', { name: 'Yes' }).check();
	await expect(page.locator('.rec-pick')).toHaveText(getOption('calico-vxlan-cross-subnet').name);
	await expect(page).toHaveURL(/\/recommend\/\?env=aws&pod-limit=yes$/);
	await expect(page.locator('.rec-reasons')).toContainText('more pods per node');
});

test('the questions work from the keyboard', async ({ page }) => {
	await page.goto('/recommend/?env=on-prem');
	const bgp = page.getByRole('group', { name: /peer BGP/ });
	await bgp.getByRole('radio', { name: 'Not sure' }).focus();
	// Arrow keys move the choice within a radio group, as screen-reader users expect.
	await page.keyboard.press('ArrowLeft');
	await page.keyboard.press('ArrowLeft');
	await expect(bgp.getByRole('radio', { name: 'Yes' })).toBeChecked();
	await expect(page.locator('.rec-pick')).toHaveText(getOption('calico-bgp-peering').name);
});

test('parameters it cannot use are listed with the reason, and the rest still counts', async ({
	page,
}) => {
	await page.goto('/recommend/?env=azure&pod-limit=yes&routable=maybe&colour=blue&managed=no');
	const notice = page.getByRole('status').filter({ hasText: 'were not used' });
	await expect(notice).toContainText('pod-limit is not asked for Azure');
	await expect(notice).toContainText('routable takes yes or no, not "maybe"');
	await expect(notice).toContainText('"colour" is not a recommender parameter');
	await expect(page.locator('.rec-pick')).toHaveText(getOption('calico-vxlan').name);
});

test('a pick that departs from Calico’s upstream page says so and links to the reason', async ({
	page,
}) => {
	await page.goto('/recommend/?env=azure&managed=no');
	const line = page.locator('.rec-differs');
	await expect(line).toContainText('departs from Calico’s upstream page');
	await expect(line.getByRole('link')).toHaveAttribute('href', '/differences/#azure-self-managed');
	await line.getByRole('link').click();
	await expect(page.locator('#azure-self-managed')).toBeVisible();
	await page.goto('/recommend/?env=on-prem&bgp=yes');
	await expect(page.locator('.rec-pick')).toHaveText(getOption('calico-bgp-peering').name);
	await expect(page.locator('.rec-differs')).toHaveCount(0);
});

test('an unknown environment is reported and the reader can still choose one', async ({ page }) => {
	await page.goto('/recommend/?env=mars');
	await expect(page.getByRole('status').filter({ hasText: 'were not used' })).toContainText(
		'"mars" is not an environment'
	);
	await page.getByRole('radio', { name: 'Google Cloud' }).check();
	await expect(page.locator('.rec-pick')).toHaveText(getOption('gke-alias-ip').name);
});

test('the recommendation comes with an operator configuration to copy', async ({ page }) => {
	await page.goto('/recommend/?env=aws&managed=no&cloud-neutral=yes');
	await page.locator('.rec-config').scrollIntoViewIfNeeded();
	const yaml = page.locator('.rec-yaml');
	await expect(yaml).toContainText('kind: Installation');
	await expect(yaml).toContainText('encapsulation: VXLANCrossSubnet');
	// Besides the Installation, the FelixConfiguration that turns the check off is a step of its own.
	await expect(page.locator('.rec-config')).toContainText('awsSrcDstCheck: Disable');
});

test('the inline recommender on an environment page answers for that environment', async ({
	page,
}) => {
	await page.goto('/environments/azure/');
	const widget = page.locator('.recommender');
	await widget.scrollIntoViewIfNeeded();
	// The server-rendered answer for “not sure”; the widget wakes when the reader reaches for it.
	await expect(widget.locator('.rec-pick')).toHaveText(getOption(recommend('azure').pick).name);
	await expect(page.locator('astro-island[ssr]')).toHaveCount(1);
	await widget
		.getByRole('group', { name: /managed Kubernetes/ })
		.getByRole('radio', { name: 'Yes' })
		.check();
	await widget
		.getByRole('group', { name: /short of addresses/ })
		.getByRole('radio', { name: 'Yes' })
		.check();
	await expect(widget.locator('.rec-pick')).toHaveText(getOption('azure-cni-overlay').name);
	// Astro drops the island's ssr attribute once it has hydrated.
	await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
	await expect(widget.locator('.rec-alternatives li').first()).toContainText(
		'Retiring 31 March 2028'
	);
	await expect(widget.getByRole('link', { name: 'Open in the full recommender' })).toHaveAttribute(
		'href',
		'/recommend/?env=azure&managed=yes&ip-scarce=yes'
	);
});

test('without JavaScript, an environment page still shows the recommendation for “not sure”', async ({
	browser,
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/environments/google-cloud/');
	await expect(page.locator('.rec-pick')).toHaveText(
		getOption(recommend('google-cloud').pick).name
	);
	await context.close();
});

test('axe finds no violations in the recommender with a result shown', async ({ page }) => {
	test.setTimeout(120_000);
	await page.goto('/recommend/?env=aws&routable=yes');
	// The configuration loads as the reader nears it.
	await page.locator('.rec-config').scrollIntoViewIfNeeded();
	await expect(page.locator('.rec-yaml')).toBeVisible();
	expect(describeViolations(await axeViolations(page, { include: '.recommender' }))).toEqual([]);
});

test('the home page recommender asks where the cluster runs first', async ({ page }) => {
	await page.goto('/');
	const widget = page.locator('.recommender');
	await widget.scrollIntoViewIfNeeded();
	await widget.getByRole('radio', { name: 'AWS' }).check();
	await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
	await expect(widget.locator('.rec-pick')).toHaveText(getOption(recommend('aws').pick).name);
	await expect(widget.getByRole('link', { name: 'Open in the full recommender' })).toHaveAttribute(
		'href',
		'/recommend/?env=aws'
	);
});

test('an answer clicked before the inline recommender has loaded still counts', async ({
	page,
}) => {
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	// Hold back the island's code until the reader has clicked.
	await page.route(/Recommender\.[\w-]+\.js$/, async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('/environments/aws/');
	const widget = page.locator('.recommender');
	await widget.scrollIntoViewIfNeeded();
	await widget
		.getByRole('group', { name: /pods-per-node limit/ })
		.getByRole('radio', { name: 'Yes' })
		.check();
	release();
	await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
	await expect(widget.locator('.rec-pick')).toHaveText(getOption('calico-vxlan-cross-subnet').name);
});

test('the Calico version control answers for an older release, and the address and record keep it', async ({
	page,
}) => {
	const ipip = getOption('calico-ipip-cross-subnet').name;
	await page.goto('/recommend/?env=on-prem&bgp=no&l2=no&bgp-port=no');
	const version = page.getByLabel('Calico version');
	await expect(version).toHaveValue('3.33');
	await expect(page.locator('.rec-alternatives')).toContainText(ipip);
	// The configuration loads once its place nears the screen.
	await page.locator('.rec-config').scrollIntoViewIfNeeded();
	await expect(page.locator('.rec-yaml')).toContainText('# Written for Calico 3.33;');

	await version.selectOption('3.32');
	await expect(page).toHaveURL(/[?&]calico=3\.32(&|$)/);
	await expect(page.locator('.rec-blocked')).toContainText(ipip);
	await expect(page.locator('.rec-blocked')).toContainText('TCP port 179');
	await expect(page.locator('.rec-alternatives')).not.toContainText(ipip);
	await expect(page.locator('.rec-yaml')).toContainText('# Written for Calico 3.32;');

	await page.getByRole('link', { name: 'Decision record to print' }).click();
	await expect(page).toHaveURL(/\/record\/\?.*calico=3\.32/);
	await expect(page.getByLabel('Calico version')).toHaveValue('3.32');
	await expect(page.locator('.record-meta')).toContainText('3.32');
	await page.getByLabel('Calico version').selectOption('3.33');
	await expect(page).not.toHaveURL(/calico=/);
	await expect(page.locator('.decision-record .rec-yaml')).toContainText(
		'# Written for Calico 3.33;'
	);
});

test('an unknown Calico version in the address is named, with the versions the guide answers for', async ({
	page,
}) => {
	await page.goto('/recommend/?env=on-prem&calico=3.29');
	await expect(page.locator('.rec-notice').first()).toContainText('choose 3.31, 3.32, 3.33');
	await expect(page.getByLabel('Calico version')).toHaveValue('3.33');
});

test('setup questions leave the pick alone and shape the configuration, per Calico version', async ({
	page,
}) => {
	await page.goto('/recommend/?env=on-prem&l2=yes&bgp=no');
	const pick = await page.locator('.rec-pick').textContent();
	const setup = page.getByRole('group', { name: 'What the configuration should set up' });
	const lb = setup.getByRole('group', { name: getQuestion('lb-ips').text });
	await lb.getByRole('radio', { name: 'Yes', exact: true }).check();
	await expect(page).toHaveURL(/lb-ips=yes/);
	await expect(page.locator('.rec-pick')).toHaveText(pick!);
	await page.locator('.rec-config').scrollIntoViewIfNeeded();
	const config = page.locator('.rec-config');
	await expect(config).toContainText('localSubnetL2Reachability: PodsAndLoadBalancers');
	await expect(config).toContainText('- LoadBalancer');
	// Calico 3.32 has no L2 responder: the configuration says what would announce the addresses instead.
	await page.getByLabel('Calico version').first().selectOption('3.32');
	await expect(config).toContainText('Left out: LoadBalancer addresses.');
	await expect(config).not.toContainText('localSubnetL2Reachability');
});
