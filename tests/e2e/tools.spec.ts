import { axeViolations, describeViolations } from './axe';
import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Opens a tools page and waits until its calculator has hydrated. */
async function openCalculator(page: Page, path: string) {
	await page.goto(path);
	await page.locator('.calc').scrollIntoViewIfNeeded();
	await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

test('the MTU calculator gives 1450 for VXLAN on a 1500-byte network and names the overhead', async ({
	page,
}) => {
	await openCalculator(page, '/tools/mtu/');
	await expect(page.locator('.calc-answer')).toHaveText('Pod MTU: 1450');
	await expect(page.locator('.calc table')).toContainText('UDP header 8');
});

test('the MTU calculator follows a preset, WireGuard and AKS', async ({ page }) => {
	await openCalculator(page, '/tools/mtu/');
	await page.getByLabel('Common networks').selectOption('aks');
	await page.getByLabel('WireGuard').check();
	await expect(page.locator('.calc-answer')).toHaveText('Pod MTU: 1340');
});

test('the MTU calculator explains an impossible MTU, and an empty box, instead of answering', async ({
	page,
}) => {
	await openCalculator(page, '/tools/mtu/');
	await page.getByLabel('Underlay MTU (bytes)').fill('70000');
	await expect(page.getByRole('alert')).toHaveText(
		'The underlay MTU must be a whole number from 576 to 9216 (got 70000).'
	);
	await expect(page.getByLabel('Underlay MTU (bytes)')).toHaveAttribute('aria-invalid', 'true');
	await page.getByLabel('Underlay MTU (bytes)').fill('');
	await expect(page.getByRole('alert')).toHaveText(
		'The underlay MTU is empty: enter a whole number from 576 to 9216.'
	);
});

test('the IP plan shows how much each IPAM strands and catches a CIDR with host bits', async ({
	page,
}) => {
	await openCalculator(page, '/tools/ip-plan/');
	// 100 nodes × 30 pods in /26 blocks; each node's tunnel device takes one more address.
	await expect(page.locator('[data-stranded="calico"]')).toHaveText('3,300');
	await expect(page.locator('[data-stranded="host-local"]')).toHaveText('22,600');
	await page.getByRole('checkbox', { name: /VXLAN, IP-in-IP or WireGuard/ }).uncheck();
	await expect(page.locator('[data-stranded="calico"]')).toHaveText('3,400');
	await page.getByLabel('Pod pool (CIDR)').fill('192.168.1.0/16');
	await expect(page.getByRole('alert')).toHaveText(
		'"192.168.1.0/16" has host bits set after the /16. Did you mean 192.168.0.0/16?'
	);
});

test('the IP plan warns when nodes outnumber blocks', async ({ page }) => {
	await openCalculator(page, '/tools/ip-plan/');
	await page.getByLabel('Pod pool (CIDR)').fill('10.0.0.0/22');
	await page.getByLabel('Nodes', { exact: true }).fill('20');
	await expect(page.locator('.calc-warning')).toContainText(
		'from node 17 on, nodes get no block of their own and borrow'
	);
});

test('the IP plan names both node counts and the fix when the pool is too small for the nodes', async ({
	page,
}) => {
	await openCalculator(page, '/tools/ip-plan/');
	// A /21 holds 32 blocks of /26; 30 pods and the tunnel address fit one block, so 32 nodes.
	await page.getByLabel('Pod pool (CIDR)').fill('10.0.0.0/21');
	await page.getByLabel('Nodes', { exact: true }).fill('50');
	const warning = page.locator('.calc-warning').first();
	await expect(warning).toContainText('The pool has room for 32 nodes, but the cluster has 50.');
	await expect(warning).toContainText('use /27 blocks (room for 64 nodes) or a /20 pool or larger');
	await expect(page).toHaveURL(/\/tools\/ip-plan\/\?pool=10\.0\.0\.0\/21&nodes=50$/);
	await page.getByLabel('Nodes', { exact: true }).fill('32');
	await expect(page.locator('.calc-warning')).toHaveCount(0);
});

test('the IP plan fills its boxes from the address, and says which settings it could not use', async ({
	page,
}) => {
	await openCalculator(page, '/tools/ip-plan/?nodes=50&pool=10.0.0.0/21');
	await expect(page.getByLabel('Nodes', { exact: true })).toHaveValue('50');
	await expect(page.getByLabel('Pod pool (CIDR)')).toHaveValue('10.0.0.0/21');
	await expect(page.locator('.calc-warning').first()).toContainText('room for 32 nodes');

	await openCalculator(page, '/tools/ip-plan/?nodes=lots&colour=blue&pods-per-node=40');
	await expect(page.getByLabel('Pods per node')).toHaveValue('40');
	await expect(page.getByLabel('Nodes', { exact: true })).toHaveValue('100');
	const notice = page.locator('.calc-notice');
	await expect(notice).toContainText('nodes: The number of nodes must be a whole number');
	await expect(notice).toContainText('"colour" is not a setting of the IP plan calculator');
	await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the AWS calculator reproduces the EKS figures, and prefix delegation lifts m5.large to 110', async ({
	page,
}) => {
	await openCalculator(page, '/tools/aws-pods/');
	const selfManaged = page.locator('[data-result]');
	await expect(selfManaged).toHaveText('Max pods per node: 29 on a self-managed node');
	await page.getByLabel('Instance type').selectOption('t3.medium');
	await expect(selfManaged).toHaveText('Max pods per node: 17 on a self-managed node');
	await page.getByLabel('Instance type').selectOption('m5.large');
	await page.getByLabel('Prefix delegation').check();
	await expect(selfManaged).toHaveText('Max pods per node: 110 on a self-managed node');
});

test('the AWS calculator shows EKS managed node groups apart: an m5.4xlarge holds 234 self-managed but 110 managed', async ({
	page,
}) => {
	await openCalculator(page, '/tools/aws-pods/');
	await page.getByLabel('Instance type').selectOption('m5.4xlarge');
	await expect(page.locator('[data-result]')).toHaveText(
		'Max pods per node: 234 on a self-managed node'
	);
	await expect(page.locator('[data-result-managed]')).toHaveText(
		'Max pods per node: 110 in an EKS managed node group'
	);
	await expect(page.locator('.calc')).toContainText('--max-pods-per-node');
});

test('the AWS calculator links to the recommender with the pod-limit answer its result gives', async ({
	page,
}) => {
	await openCalculator(page, '/tools/aws-pods/');
	const next = page.locator('.calc-next');
	// No need stated: both answers are offered, and the reader picks.
	await expect(next.getByRole('link')).toHaveCount(2);
	await page.getByLabel('Pods per node you need').fill('40');
	await expect(next).toContainText(
		'You need 40 pods per node, but a node in an EKS managed node group runs at most 29'
	);
	const link = next.getByRole('link');
	await expect(link).toHaveCount(1);
	await expect(link).toHaveAttribute('href', '/recommend/?env=aws&pod-limit=yes');
	await page.getByLabel('Pods per node you need').fill('20');
	await expect(link).toHaveAttribute('href', '/recommend/?env=aws&pod-limit=no');
	await page.getByLabel('Pods per node you need').fill('40');
	await link.click();
	await expect(page).toHaveURL(/\/recommend\/\?env=aws&pod-limit=yes$/);
	const podLimit = page.getByRole('group', { name: /pods-per-node limit/ });
	await expect(podLimit.getByRole('radio', { name: 'Yes' })).toBeChecked();
});

test('the AWS calculator weighs the need against the nodes chosen: an m5.4xlarge runs 150 pods self-managed, not in a managed group', async ({
	page,
}) => {
	await openCalculator(page, '/tools/aws-pods/');
	await page.getByLabel('Instance type').selectOption('m5.4xlarge');
	await page.getByLabel('Pods per node you need').fill('150');
	const link = page.locator('.calc-next').getByRole('link');
	await expect(link).toHaveAttribute('href', '/recommend/?env=aws&pod-limit=yes');
	await page.getByRole('radio', { name: 'Self-managed' }).check();
	await expect(link).toHaveAttribute('href', '/recommend/?env=aws&pod-limit=no');
	await page.getByLabel('Pods per node you need').fill('-4');
	await expect(page.getByRole('alert')).toHaveText(
		'Pods per node you need must be a whole number from 1 to 100000 (got -4).'
	);
	await expect(page.getByLabel('Pods per node you need')).toHaveAttribute('aria-invalid', 'true');
});

test('links in the calculators take the site’s link colour, not the browser’s blue', async ({
	page,
}) => {
	await openCalculator(page, '/tools/aws-pods/');
	const link = page.locator('.calc-next a').first();
	const accent = await page.evaluate(() => {
		const probe = document.createElement('span');
		probe.style.color = 'var(--sl-color-text-accent)';
		document.querySelector('.calc')!.append(probe);
		const colour = getComputedStyle(probe).color;
		probe.remove();
		return colour;
	});
	await expect(link).toHaveCSS('color', accent);
});

for (const path of ['/tools/mtu/', '/tools/ip-plan/', '/tools/aws-pods/']) {
	test(`axe finds no violations in the calculator on ${path}, also while it shows an error`, async ({
		page,
	}) => {
		test.setTimeout(120_000);
		await openCalculator(page, path);
		const check = async () => describeViolations(await axeViolations(page, { include: '.calc' }));
		expect(await check()).toEqual([]);
		await page.locator('.calc input[type="number"], .calc input[type="text"]').first().fill('-1');
		await expect(page.getByRole('alert')).toBeVisible();
		expect(await check()).toEqual([]);
	});
}

test('the MTU calculator fits a dual-stack cluster’s pod MTU to the larger IPv6 VXLAN overhead', async ({
	page,
}) => {
	await openCalculator(page, '/tools/mtu/');
	await page.getByLabel('Dual-stack').check();
	await expect(page.locator('.calc-answer')).toHaveText('Pod MTU: 1430');
	await expect(page.locator('.calc table')).toContainText('VXLAN (IPv6)');
});

test('the IP plan shows what Windows nodes hold and asks for strict affinity', async ({ page }) => {
	await openCalculator(page, '/tools/ip-plan/');
	await page.getByLabel('Of them, Windows nodes').fill('10');
	await expect(page.locator('[data-row="perWindowsNode"]')).toContainText('59 pods at most');
	await expect(page.locator('.calc-warning').first()).toContainText('strictAffinity: true');
	await expect(page).toHaveURL(/windows-nodes=10/);
});

/**
 * Holds back the script of the island whose file name starts with `component` until the returned function is
 * called, so a test can type into the server-rendered fields before the widget wakes (a phone scrolling it into
 * view while the reader taps).
 */
async function holdIsland(page: Page, component: string): Promise<() => void> {
	let release = () => {};
	const gate = new Promise<void>((resolve) => (release = resolve));
	await page.route(new RegExp(`/_astro/${component}\\.[^/]*\\.js$`), async (route) => {
		await gate;
		await route.continue();
	});
	return release;
}

for (const { path, component, type, expectResult } of [
	{
		path: '/tools/aws-pods/',
		component: 'AwsPods',
		// 4 ENIs × (15 − 1) + 2 = 58, typed before the widget wakes; the listed m5.large would give 29.
		type: async (page: Page) => {
			await page.getByLabel('ENIs').fill('4');
			await page.getByLabel('IPv4 addresses per ENI').fill('15');
			await page.getByLabel('Self-managed').check();
		},
		expectResult: async (page: Page) => {
			await expect(page.locator('.calc-answer[data-result]')).toHaveAttribute('data-result', '58');
			await expect(page.getByLabel('Instance type')).toHaveValue('');
		},
	},
	{
		path: '/tools/mtu/',
		component: 'MtuCalculator',
		type: async (page: Page) => {
			await page.getByLabel('Underlay MTU (bytes)').fill('9000');
			await page.getByLabel('Dual-stack').check();
			await page.getByLabel('WireGuard').check();
		},
		expectResult: async (page: Page) => {
			await expect(page.locator('.calc-answer')).toHaveText('Pod MTU: 8920');
		},
	},
	{
		path: '/tools/ip-plan/',
		component: 'IpPlanner',
		type: async (page: Page) => {
			await page.getByLabel('Pod pool (CIDR)').fill('10.0.0.0/22');
			await page.getByLabel('Nodes', { exact: true }).fill('20');
		},
		expectResult: async (page: Page) => {
			await expect(page.locator('.calc-warning')).toContainText('from node 17 on');
			await expect(page).toHaveURL(/pool=10\.0\.0\.0\/22&nodes=20/);
		},
	},
]) {
	test(`${path}: what is typed before the calculator wakes is what it answers for`, async ({
		page,
	}) => {
		const release = await holdIsland(page, component);
		await page.goto(path);
		await page.locator('.calc').scrollIntoViewIfNeeded();
		await type(page);
		await expect(page.locator('astro-island[ssr]')).toHaveCount(1);
		release();
		await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
		await expectResult(page);
	});
}
