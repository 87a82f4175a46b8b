import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

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
	await expect(page.locator('.calc-warning')).toContainText('from node 17 on, nodes borrow');
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

for (const path of ['/tools/mtu/', '/tools/ip-plan/', '/tools/aws-pods/']) {
	test(`axe finds no violations in the calculator on ${path}, also while it shows an error`, async ({
		page,
	}) => {
		test.setTimeout(120_000);
		await openCalculator(page, path);
		const check = async () =>
			(await new AxeBuilder({ page }).include('.calc').analyze()).violations.map(
				(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
			);
		expect(await check()).toEqual([]);
		await page.locator('.calc input[type="number"], .calc input[type="text"]').first().fill('-1');
		await expect(page.getByRole('alert')).toBeVisible();
		expect(await check()).toEqual([]);
	});
}
