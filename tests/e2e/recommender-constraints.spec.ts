import { AXE_TAGS, axeViolations, describeViolations } from './axe';
import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
	announcement,
	calicoVersion,
	decide,
	getOption,
	getQuestion,
	type OptionId,
	type QuestionId,
} from '../../src/lib';

/** Answers one question as a reader does: the radio button inside the question's group. */
async function answer(page: Page, question: QuestionId, choice: 'Yes' | 'No' | 'Not sure') {
	const group = page.getByRole('group', { name: getQuestion(question).text });
	await group.getByRole('radio', { name: choice, exact: true }).check();
}

const pickName = (page: Page) => page.locator('.rec-pick');

test.describe('a firm constraint answer rules options out, and the pick is never one of them', () => {
	const cases: {
		question: QuestionId;
		start: string;
		choice: 'Yes' | 'No';
		blocked: OptionId;
		because: string;
		pick: OptionId;
	}[] = [
		{
			question: 'ipip',
			start: '/recommend/?env=on-prem',
			choice: 'No',
			blocked: 'calico-ipip-cross-subnet',
			because: 'IP-in-IP',
			pick: 'calico-vxlan-cross-subnet',
		},
		{
			question: 'src-dst-check',
			start: '/recommend/?env=aws&managed=no',
			choice: 'No',
			blocked: 'calico-vxlan-cross-subnet',
			because: 'source/destination check',
			pick: 'calico-vxlan',
		},
		{
			question: 'control-plane',
			start: '/recommend/?env=aws&managed=yes&ip-scarce=yes',
			choice: 'Yes',
			blocked: 'calico-vxlan',
			because: 'control plane cannot reach pod IPs',
			pick: 'aws-vpc-cni',
		},
		{
			question: 'windows',
			start: '/recommend/?env=other',
			choice: 'Yes',
			blocked: 'calico-vxlan-cross-subnet',
			because: 'Windows',
			pick: 'calico-vxlan',
		},
		{
			question: 'ipv6',
			start: '/recommend/?env=google-cloud&managed=no',
			choice: 'Yes',
			blocked: 'calico-ipip',
			because: 'IPv4 only',
			pick: 'calico-vxlan',
		},
		{
			question: 'kubevirt',
			start: '/recommend/?env=on-prem',
			choice: 'Yes',
			blocked: 'calico-vxlan-cross-subnet',
			because: 'no wrapper',
			pick: 'calico-bgp-mesh',
		},
	];

	for (const c of cases) {
		test(`${getQuestion(c.question).short} ${c.choice}: ${getOption(c.blocked).name} will not work`, async ({
			page,
		}) => {
			await page.goto(c.start);
			await answer(page, c.question, c.choice);
			await expect(pickName(page)).toHaveText(getOption(c.pick).name);
			const blocked = page
				.locator('.rec-blocked li')
				.filter({ hasText: getOption(c.blocked).name });
			await expect(blocked).toContainText('will not work here');
			await expect(blocked).toContainText(c.because);
			// Each blocker rests on a sourced fact, and the reader can follow the source.
			await expect(blocked).toContainText('Source:');
			await expect(blocked.locator('a[href^="https://"]')).toHaveCount(1);
			await expect(
				page.locator('.rec-alternatives > li').filter({ hasText: getOption(c.blocked).name })
			).toHaveCount(0);
			await expect(page).toHaveURL(new RegExp(`${c.question}=${c.choice.toLowerCase()}`));
		});
	}

	for (const wish of ['wireguard', 'ebpf'] as const) {
		test(`${getQuestion(wish).short} Yes on GKE: the pick stands and the conflict is stated`, async ({
			page,
		}) => {
			await page.goto('/recommend/?env=google-cloud&managed=yes');
			await answer(page, wish, 'Yes');
			await expect(pickName(page)).toHaveText(getOption('gke-alias-ip').name);
			await expect(page.locator('.rec-conflicts')).toContainText(
				'not supported on GKE|does not run on GKE'.split('|')[wish === 'wireguard' ? 0 : 1]!
			);
		});
	}

	test('each alternative says what it costs, or that nothing counts against it', async ({
		page,
	}) => {
		await page.goto('/recommend/?env=aws&managed=no');
		const items = page.locator('.rec-alternatives > li');
		await expect(items.first()).toBeVisible();
		for (const item of await items.all())
			await expect(item.locator('.rec-cost-label')).toHaveText(/^Works(, at this cost:|: nothing)/);
	});

	test('a screen reader hears the new pick politely', async ({ page }) => {
		await page.goto('/recommend/?env=other');
		await answer(page, 'windows', 'Yes');
		await expect(page.locator('.recommender p[role="status"]').first()).toHaveText(
			announcement(decide('other', { windows: 'yes' }))
		);
		await expect(page.locator('.recommender p[role="status"]').first()).toContainText(
			`${getOption('calico-vxlan').name}.`
		);
	});
});

test('Back and Forward move between environments, each with its result', async ({ page }) => {
	await page.goto('/recommend/');
	await page.getByRole('radio', { name: 'AWS' }).check();
	await expect(page.locator('.rec-eyebrow')).toHaveText('Recommended for AWS');
	await answer(page, 'managed', 'No');
	await page.getByRole('radio', { name: 'Azure' }).check();
	await expect(page.locator('.rec-eyebrow')).toHaveText('Recommended for Azure');
	await page.goBack();
	await expect(page.locator('.rec-eyebrow')).toHaveText('Recommended for AWS');
	await expect(page).toHaveURL(/env=aws&managed=no$/);
	await expect(
		page
			.getByRole('group', { name: getQuestion('managed').text })
			.getByRole('radio', { name: 'No', exact: true })
	).toBeChecked();
	await page.goForward();
	await expect(page.locator('.rec-eyebrow')).toHaveText('Recommended for Azure');
});

test('at 1280 px the result sits beside the questions and stays in view', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/recommend/?env=aws');
	const form = await page.locator('.rec-form').boundingBox();
	const output = page.locator('.rec-output');
	await answer(page, 'routable', 'No');
	const box = await output.boundingBox();
	expect(box!.x).toBeGreaterThan(form!.x + form!.width - 1);
	expect(box!.y).toBeLessThan(800);
	// Further down the questions the page has scrolled, and the result is still on screen.
	await answer(page, 'src-dst-check', 'Yes');
	const after = await output.boundingBox();
	expect(after!.y).toBeGreaterThanOrEqual(0);
	expect(after!.y).toBeLessThan(800);
	await expect(pickName(page)).toBeInViewport();
});

test('at 375 px a summary of the pick stays on screen and leads to the result', async ({
	page,
}) => {
	await page.setViewportSize({ width: 375, height: 740 });
	await page.goto('/recommend/?env=aws');
	await answer(page, 'routable', 'Yes');
	const summary = page.locator('.rec-summary');
	await expect(summary).toBeInViewport();
	await expect(summary).toContainText(getOption('aws-vpc-cni').name);
	await summary.getByRole('link').click();
	await expect(pickName(page)).toBeInViewport();
	const sideways = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(sideways).toBeLessThanOrEqual(0);
});

test('the pick’s packet path is drawn in the result, as inline SVG from the build', async ({
	page,
}) => {
	await page.goto('/recommend/?env=aws&managed=no');
	const drawing = page.locator('.rec-result > .rec-path svg');
	await expect(drawing).toBeVisible();
	await expect(page.locator('.rec-result > .rec-path figcaption')).toContainText('VXLAN');
	await expect(page.locator('script[src*="mermaid"]')).toHaveCount(0);
});

test('compare puts the pick beside an alternative: properties, standing and both packet paths', async ({
	page,
}) => {
	await page.goto('/recommend/?env=aws&managed=no&src-dst-check=no');
	await page
		.getByLabel(/^Compare .* with/)
		.selectOption({ label: getOption('calico-vxlan-cross-subnet').name });
	const table = page.locator('.rec-compare-table');
	await expect(table.locator('thead th').nth(1)).toHaveText(getOption('calico-vxlan').name);
	await expect(table.locator('thead th').nth(2)).toHaveText(
		getOption('calico-vxlan-cross-subnet').name
	);
	const standing = table.locator('tbody tr').first();
	await expect(standing.locator('td').nth(0)).toContainText('Recommended');
	await expect(standing.locator('td').nth(1)).toContainText('Will not work here');
	await expect(table).toContainText('Windows nodes');
	await expect(page.locator('.rec-compare-paths svg')).toHaveCount(2);
});

for (const theme of ['light', 'dark'] as const) {
	test(`axe finds no violations in the recommender with blockers, a comparison and a drawing (${theme})`, async ({
		page,
	}) => {
		await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
		await page.goto('/recommend/?env=aws&managed=no&src-dst-check=no');
		await page.getByLabel(/^Compare .* with/).selectOption({ index: 1 });
		await expect(page.locator('.rec-compare-paths svg, .rec-compare svg').first()).toBeVisible();
		await expect(page.locator('.rec-result > .rec-path svg')).toBeVisible();
		expect(
			describeViolations(await axeViolations(page, { include: '.recommender', tags: AXE_TAGS }))
		).toEqual([]);
	});
}

test('the configuration starts with a header: the date, the Calico version, the answers and a link that reproduces it', async ({
	page,
}) => {
	await page.goto('/recommend/?env=aws&managed=no&wireguard=yes');
	await page.locator('.rec-config').scrollIntoViewIfNeeded();
	const yaml = page.locator('.rec-config .rec-yaml');
	await expect(yaml).toContainText('# Generated by the Calico Networking Guide on ');
	const text = (await yaml.textContent()) ?? '';
	// The panel dates the file in the reader's own time zone, as the browser sees it.
	const today = await page.evaluate(() => {
		const d = new Date();
		const pad = (n: number) => String(n).padStart(2, '0');
		return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
	});
	expect(text).toContain(`Generated by the Calico Networking Guide on ${today}`);
	expect(text).toContain(`Written for Calico ${calicoVersion}`);
	expect(text).toContain(`${getQuestion('wireguard').text} Yes`);
	// The extra steps are named in the header and shown as their own blocks to copy.
	await expect(page.locator('.cfg-step')).not.toHaveCount(0);
	const link = text.match(/# Reproduce or revisit it: (\S+)/)?.[1];
	expect(link).toMatch(/\/recommend\/\?env=aws&managed=no&wireguard=yes$/);
	await page.goto(link!);
	await expect(pickName(page)).toHaveText(
		getOption(decide('aws', { managed: 'no', wireguard: 'yes' }).pick).name
	);
});
