import { allFactGroups, allFactList } from '../../src/lib/facts/groups';
import { expect, test } from './fixtures';
import {
	calicoVersion,
	differences,
	environmentIds,
	factsChecked,
	factsCheckedSince,
	formatDetails,
	getOption,
	listings,
	longDate,
	options,
} from '../../src/lib';
import { builtPagePaths } from './site-pages';

// Every page's title, axe in both themes, the console, failed requests, links and narrow screens are checked
// on every page in site-gates.spec.ts, in one visit; this file checks what the pages say.

const pages = builtPagePaths();

test.describe('environment pages', () => {
	for (const env of environmentIds) {
		test(`the ${env} page shows each of its options with the tuple from the library, in the upstream order`, async ({
			page,
		}) => {
			await page.goto(`/environments/${env}/`);
			const sections = page.locator('section.environment-option');
			const expected = listings[env].map((l) => l.option);
			await expect(sections).toHaveCount(expected.length);
			expect(
				await sections.evaluateAll((els) => els.map((el) => el.getAttribute('data-option')))
			).toEqual(expected);
			for (const [i, listing] of listings[env].entries()) {
				const section = sections.nth(i);
				await expect(section.locator('h3')).toContainText(getOption(listing.option).name);
				await expect(section.locator('figcaption code')).toHaveText(
					formatDetails(getOption(listing.option).tuple)
				);
				if (listing.mark === 'recommended')
					await expect(section.locator('h3')).toContainText('Recommended');
				if (listing.mark === 'alternative')
					await expect(section.locator('h3')).toContainText('Alternative');
			}
		});
	}
});

test('searching for VXLAN finds pages', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('button', { name: 'Search' }).first().click();
	const input = page.getByRole('dialog').getByPlaceholder('Search');
	await input.fill('VXLAN');
	await expect(page.locator('.pagefind-ui__result').first()).toBeVisible({ timeout: 15_000 });
	expect(await page.locator('.pagefind-ui__result').count()).toBeGreaterThan(1);
});

test('every link to the glossary lands on a term that exists', async ({ page, request }) => {
	const glossary = await (await request.get('/glossary/')).text();
	const anchors = new Set([...glossary.matchAll(/id="([^"]+)"/g)].map((m) => m[1]));
	const broken: string[] = [];
	let links = 0;
	for (const path of pages) {
		const html = await (await request.get(path)).text();
		for (const match of html.matchAll(/href="\/glossary\/#([^"]+)"/g)) {
			links++;
			if (!anchors.has(match[1])) broken.push(`${path} → #${match[1]}`);
		}
	}
	expect(broken).toEqual([]);
	expect(links).toBeGreaterThan(0);
	void page;
});

test('the comparison table has one row per option, each with its tuple from the library', async ({
	page,
}) => {
	await page.goto('/tools/compare/');
	const rows = page.locator('table.option-matrix tbody tr');
	expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-option')))).toEqual(
		options.map((o) => o.id)
	);
	for (const [i, option] of options.entries())
		await expect(rows.nth(i).locator('th code')).toHaveText(formatDetails(option.tuple));
	await expect(rows.filter({ hasText: 'Not recommended' })).toHaveCount(
		options.filter((o) => !o.recommendable).length
	);
});

test('the Sources page lists every fact of the library with a link to its source and the date it was checked', async ({
	page,
}) => {
	await page.goto('/sources/');
	const rows = page.locator('tr[data-fact]');
	await expect(rows).toHaveCount(allFactList.length);
	const iam = page.locator('tr[data-fact="srcDstCheckIam"]');
	await expect(iam).toContainText('ec2:DescribeInstances and ec2:ModifyNetworkInterfaceAttribute');
	await expect(iam.getByRole('link').first()).toHaveAttribute('href', /^https:\/\//);
	await expect(iam.locator('.checked')).toHaveText(/^\d{4}-\d{2}-\d{2}$/);
	// Each group says when its facts were checked and which releases or pages they were read at.
	const calico = page.locator('.fact-group-read').first();
	await expect(calico).toContainText(/^Checked \d{1,2} \w+/);
	await expect(calico).toContainText('projectcalico/calico v3.32.1');
	await expect(page.locator('.fact-group-read')).toHaveCount(allFactGroups.length);
});

test('the differences page explains every departure from the upstream page, with sources', async ({
	page,
}) => {
	await page.goto('/differences/');
	for (const d of differences) {
		const section = page.locator(`[data-difference="${d.id}"]`);
		await expect(section.getByRole('heading', { level: 2 })).toHaveText(d.title);
		await expect(section.getByRole('link')).toHaveCount(d.sources.length);
	}
});

test('every page’s footer names the Calico releases it answers for and when the facts were checked', async ({
	page,
}) => {
	await page.goto('/environments/aws/');
	await expect(page.locator('.guide-version')).toContainText(
		`Written for Calico ${calicoVersion} (its widgets also answer for 3.31 and 3.32). Facts checked from ${longDate(factsCheckedSince)} to ${longDate(factsChecked)}`
	);
});

test('an environment page’s comparison table shows that environment’s options, drawn from the library', async ({
	page,
}) => {
	await page.goto('/environments/azure/');
	const rows = page.locator('table.option-matrix[data-env="azure"] tbody tr');
	expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-option')))).toEqual(
		options.filter((o) => o.environments.includes('azure')).map((o) => o.id)
	);
	await expect(rows.filter({ hasText: 'Azure CNI overlay' }).locator('td').nth(1)).toHaveText(
		'None'
	);
	await expect(rows.filter({ hasText: 'host-local' })).toContainText('Retiring 31 March 2028');
});

test('the AWS page’s instance table shows self-managed nodes and managed node groups apart', async ({
	page,
}) => {
	await page.goto('/environments/aws/');
	const row = page.locator('table.instance-types tr[data-row="m5.4xlarge"] td');
	await expect(row.nth(3)).toHaveText('234');
	await expect(row.nth(4)).toHaveText('110');
});
