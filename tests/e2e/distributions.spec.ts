import { expect, test } from './fixtures';

// The second axis as a reader meets it: a distribution's page, and the recommender opened from it.

test('the k3s page gives its pod range and opens the recommender with k3s chosen', async ({
	page,
}) => {
	await page.goto('/distributions/k3s/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Calico on k3s');
	await expect(page.locator('main')).toContainText('10.42.0.0/16');
	const link = page.locator('main a[href="/recommend/?env=on-prem&dist=k3s"]').first();
	await expect(link).toBeVisible();
	await link.click();
	await expect(page).toHaveURL(/dist=k3s/);
	await expect(page.getByLabel('How will you install Kubernetes?')).toHaveValue('k3s');
});

test('with kOps chosen the managed question is answered No, the EKS-only questions go, and the kOps install steps follow', async ({
	page,
}) => {
	await page.goto('/recommend/?env=aws&dist=kops');
	const managed = page
		.locator('fieldset.rec-question')
		.filter({ hasText: 'Answered No: you install kOps' });
	await expect(managed).toBeVisible();
	// Questions about EKS itself are moot on a cluster kOps installs; those about any cluster stay.
	await expect(page.getByRole('group', { name: /EKS Auto Mode/ })).toHaveCount(0);
	await expect(page.getByRole('group', { name: /AWS Fargate/ })).toHaveCount(0);
	await expect(page.getByRole('group', { name: /Will any nodes run Windows/ })).toHaveCount(1);
	await page.locator('.rec-config').scrollIntoViewIfNeeded();
	await expect(page.getByRole('heading', { name: 'Installing it on kOps' })).toBeVisible();
	await expect(page.locator('.rec-install li').first()).toBeVisible();
});

test('an unknown distribution is reported and the recommendation still stands', async ({
	page,
}) => {
	await page.goto('/recommend/?env=on-prem&dist=minikube-ish');
	await expect(page.locator('main')).toContainText('minikube-ish');
	await expect(page.getByLabel('How will you install Kubernetes?')).toHaveValue('');
});

test('the decision record names the distribution and lists its install steps', async ({ page }) => {
	await page.goto('/record/?env=on-prem&dist=k3s');
	const record = page.locator('.decision-record');
	await expect(record.locator('dt', { hasText: 'Installed with' }).locator('+ dd')).toHaveText(
		'k3s'
	);
	await expect(page.getByRole('heading', { level: 2, name: 'Installing it on k3s' })).toBeVisible();
	await expect(record.locator('.record-install li').first()).toContainText(
		'--flannel-backend=none'
	);
});
