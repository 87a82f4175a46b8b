import { axeViolations, describeViolations } from './axe';
import { expect, test } from './fixtures';

const ipipWithBgp = `apiVersion: operator.tigera.io/v1
kind: Installation
metadata:
  name: default
spec:
  cni:
    type: Calico
    ipam:
      type: Calico
  calicoNetwork:
    bgp: Enabled
    ipPools:
      - cidr: 10.244.0.0/16
        encapsulation: IPIP
`;

test('upgrading an IP-in-IP cluster from 3.32 to 3.33 says its routes move to Felix, and how to pin them', async ({
	page,
}) => {
	await page.goto('/tools/upgrade/');
	await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
	await expect(page.getByLabel('From Calico version')).toHaveValue('3.32');
	await expect(page.getByLabel('To Calico version')).toHaveValue('3.33');
	await page.getByLabel('Your configuration (YAML, optional)').fill(ipipWithBgp);
	const move = page.locator('[data-upgrade="ipip-routes-upgrade:ipip"]');
	await expect(move).toContainText(
		'Decide: Upgrading to Calico 3.33 moves these IP-in-IP routes from BIRD to Felix'
	);
	await expect(move).toContainText('clusterRoutingMode: BIRD');
	await expect(page.getByRole('status')).toHaveText(
		'Upgrading from Calico 3.32 to 3.33: 2 changes, 0 needing action.'
	);

	await page.getByLabel('From Calico version').selectOption('3.31');
	await expect(page.locator('[data-upgrade="helm-crd-chart"]')).toContainText('Act: From 3.32:');
	expect(describeViolations(await axeViolations(page, { include: '.check' }))).toEqual([]);
});

test('a downgrade is refused with a message, not an empty list', async ({ page }) => {
	await page.goto('/tools/upgrade/');
	await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
	await page.getByLabel('To Calico version').selectOption('3.31');
	await expect(page.getByRole('alert')).toHaveText(
		'Choose a release after 3.32 to upgrade to; 3.31 is not later.'
	);
});

test('the address names the releases: a link opens the same upgrade, and a bad value is named', async ({
	page,
}) => {
	await page.goto('/tools/upgrade/?from=3.31&to=3.32');
	await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
	await expect(page.getByLabel('From Calico version')).toHaveValue('3.31');
	await expect(page.getByLabel('To Calico version')).toHaveValue('3.32');
	await expect(page.getByRole('status')).toContainText('Upgrading from Calico 3.31 to 3.32');
	await page.getByLabel('To Calico version').selectOption('3.33');
	await expect(page).toHaveURL(/\/tools\/upgrade\/\?from=3\.31$/);

	await page.goto('/tools/upgrade/?from=3.29');
	await expect(page.getByRole('alert')).toContainText('choose 3.31, 3.32, 3.33');
	await expect(page.getByLabel('From Calico version')).toHaveValue('3.32');
});
