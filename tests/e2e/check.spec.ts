import { readFileSync } from 'node:fs';
import { axeViolations, describeViolations } from './axe';
import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { getOption, type OptionId } from '../../src/lib';
import { checkConfiguration } from '../../src/lib/check';
import { helmValues, rke2 } from '../fixtures/check-inputs';

const ipipOnAzure = `apiVersion: operator.tigera.io/v1
kind: Installation
metadata:
  name: default
spec:
  cni:
    type: Calico
    ipam:
      type: Calico
  calicoNetwork:
    ipPools:
      - cidr: 10.244.0.0/16
        encapsulation: IPIP
        natOutgoing: Enabled
`;

/** Opens the checker and waits until it has hydrated. */
async function openChecker(page: Page, path = '/tools/check/') {
	await page.goto(path);
	await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

/** Picks the environment and presses Check. */
async function pickAndCheck(page: Page, env: string) {
	await page.getByLabel('Where the cluster runs').selectOption(env);
	await page.getByRole('button', { name: 'Check', exact: true }).click();
}

/** Pastes YAML, picks the environment and presses Check. */
async function check(page: Page, yaml: string, env: string) {
	await page.getByLabel('Your configuration (YAML)').fill(yaml);
	await pickAndCheck(page, env);
}

/**
 * As `check`, for a paste of many lines: the text lands in the textarea at once, with the one `input` event a
 * paste fires. fill() enters text through Chromium's editor, which takes seconds per thousand lines (7 s for a
 * 16 KB dump, while the checker reads it in milliseconds).
 */
async function checkLarge(page: Page, yaml: string, env: string) {
	await page.getByLabel('Your configuration (YAML)').evaluate((el: HTMLTextAreaElement, text) => {
		el.value = text;
		el.dispatchEvent(new Event('input', { bubbles: true }));
	}, yaml);
	await pickAndCheck(page, env);
}

test('IP-in-IP on Azure is an error with the VXLAN fix and the move to VXLAN', async ({ page }) => {
	await openChecker(page);
	await check(page, ipipOnAzure, 'azure');
	const finding = page.locator('.check-finding[data-rule="azure-ipip"]');
	await expect(finding).toContainText('Azure’s network drops IP-in-IP');
	await expect(finding.locator('pre')).toContainText('encapsulation: VXLAN');
	await expect(finding.locator('a[data-move="ipip-to-vxlan"]')).toHaveAttribute(
		'href',
		'/migrate/ipip-to-vxlan/'
	);
	await expect(page.getByRole('status')).toContainText(/\d+ findings?: 1 error/);
	await expect(page.locator('.check-amounts')).toContainText('IP-in-IP');
	await expect(page.locator('.check-amounts a')).toHaveAttribute('href', '/modes/ipip/');
});

test('YAML that does not read is reported with its line and column', async ({ page }) => {
	await openChecker(page);
	await check(page, 'kind: Installation\nspec: {cni: [\n', 'on-prem');
	await expect(page.locator('.check-finding[data-rule="yaml-syntax"]').first()).toContainText(
		/line \d+, column \d+/
	);
});

test('a shared link reproduces the same findings after a reload', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openChecker(page);
	await check(page, ipipOnAzure, 'azure');
	const before = await page
		.locator('.check-finding')
		.evaluateAll((els) => els.map((el) => el.getAttribute('data-rule')));
	await page.getByRole('button', { name: 'Share by link' }).click();
	await expect(page).toHaveURL(/#env=azure&calico=3\.33&config=[A-Za-z0-9_-]+$/);
	await page.reload();
	await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
	await expect(page.getByLabel('Where the cluster runs')).toHaveValue('azure');
	await expect(page.locator('.check-finding[data-rule="azure-ipip"]')).toBeVisible();
	const after = await page
		.locator('.check-finding')
		.evaluateAll((els) => els.map((el) => el.getAttribute('data-rule')));
	expect(after).toEqual(before);
});

/** An operator Installation with one IP-in-IP pool and BGP off: valid from Calico 3.33, refused before. */
const ipipWithoutBgp = ipipOnAzure.replace(
	'  calicoNetwork:\n',
	'  calicoNetwork:\n    bgp: Disabled\n'
);

test('IP-in-IP with BGP off passes on Calico 3.33 and is the operator’s error on 3.32, one control away', async ({
	page,
}) => {
	await openChecker(page);
	const version = page.getByLabel('Calico version');
	await expect(version).toHaveValue('3.33');
	await check(page, ipipWithoutBgp, 'on-prem');
	await expect(page.getByRole('status')).toBeVisible();
	await expect(page.locator('.check-finding[data-rule="operator-validation"]')).toHaveCount(0);
	await expect(page.locator('.calico-version-holds')).toHaveText(
		/Calico 3\.33\.x with operator 1\.44\.x/
	);

	await version.selectOption('3.32');
	const refusal = page.locator('.check-finding[data-rule="operator-validation"]');
	await expect(refusal).toContainText('IPIP needs BGP Enabled in Calico 3.32');
	await expect(page).toHaveURL(/\?calico=3\.32$/);

	await version.selectOption('3.33');
	await expect(refusal).toHaveCount(0);
	await expect(page).toHaveURL(/\/tools\/check\/$/);
});

test('the version travels in the address and in a shared link', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openChecker(page, '/tools/check/?calico=3.31');
	await expect(page.getByLabel('Calico version')).toHaveValue('3.31');
	await check(page, ipipWithoutBgp, 'on-prem');
	await expect(page.locator('.check-finding[data-rule="operator-validation"]')).toContainText(
		'in Calico 3.31'
	);
	await page.getByRole('button', { name: 'Share by link' }).click();
	await expect(page).toHaveURL(/#env=on-prem&calico=3\.31&config=/);
	const link = page.url().replace('?calico=3.31', '');
	await page.goto(link);
	await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
	await expect(page.getByLabel('Calico version')).toHaveValue('3.31');
	await expect(page.locator('.check-finding[data-rule="operator-validation"]')).toContainText(
		'in Calico 3.31'
	);
});

test('an unknown version in the address is named, with the ones the guide answers for', async ({
	page,
}) => {
	await openChecker(page, '/tools/check/?calico=3.29');
	await expect(page.getByRole('alert')).toContainText(
		'“3.29” is not a Calico version this guide answers for: choose 3.31, 3.32, 3.33'
	);
	await expect(page.getByLabel('Calico version')).toHaveValue('3.33');
});

test('a damaged link says so instead of failing quietly', async ({ page }) => {
	await openChecker(page, '/tools/check/#config=AAAA');
	await expect(page.getByRole('alert')).toContainText('damaged');
});

test('axe finds no violations in the checker while it shows findings', async ({ page }) => {
	await openChecker(page);
	await check(page, ipipOnAzure, 'azure');
	await expect(page.locator('.check-finding').first()).toBeVisible();
	expect(describeViolations(await axeViolations(page, { include: '.check' }))).toEqual([]);
});

/** Calico's calico.yaml of 3.33 (the calico-config ConfigMap and the calico-node DaemonSet), about 15 KB. */
const calicoYaml = readFileSync(
	new URL('../fixtures/check/calico-v3.33-excerpt.yaml', import.meta.url),
	'utf8'
);

/** Calico's canal.yaml of 3.33 (the canal-config ConfigMap and the canal DaemonSet). */
const canalYaml = readFileSync(
	new URL('../fixtures/check/canal-v3.33-excerpt.yaml', import.meta.url),
	'utf8'
);

const inputs: { input: string; text: string; amountsTo: OptionId }[] = [
	{
		input: 'Helm values for the tigera-operator chart',
		text: helmValues,
		amountsTo: 'calico-vxlan',
	},
	{ input: 'RKE2’s HelmChartConfig', text: rke2, amountsTo: 'calico-vxlan' },
	{ input: 'calico.yaml of Calico 3.33', text: calicoYaml, amountsTo: 'calico-ipip' },
	{ input: 'canal.yaml of Calico 3.33', text: canalYaml, amountsTo: 'canal' },
];

for (const { input, text, amountsTo } of inputs) {
	test(`${input} is read as the library reads it and amounts to ${amountsTo}`, async ({ page }) => {
		const { readAs } = checkConfiguration({ text, env: 'on-prem' });
		await openChecker(page);
		await checkLarge(page, text, 'on-prem');
		await expect(page.locator('.check-read-as')).toHaveText(readAs!);
		const amounts = page.locator('.check-amounts');
		await expect(amounts).toHaveAttribute('data-option', amountsTo);
		await expect(amounts.locator('strong')).toContainText(getOption(amountsTo).name);
	});
}

/** `kubectl get … -o yaml` of a cluster: 150 Deployments, 40 BGPPeers and one IPPool in one List. */
const dump = `apiVersion: v1
kind: List
items:
${Array.from(
	{ length: 150 },
	(_, i) => `- apiVersion: apps/v1\n  kind: Deployment\n  metadata:\n    name: app-${i}\n`
).join('')}${Array.from(
	{ length: 40 },
	(_, i) =>
		`- apiVersion: projectcalico.org/v3\n  kind: BGPPeer\n  metadata:\n    name: peer-${i}\n  spec:\n    peerIP: 10.0.1.${i}\n    asNumber: 64512\n`
).join('')}- apiVersion: projectcalico.org/v3
  kind: IPPool
  metadata:
    name: default-ipv4-ippool
  spec:
    cidr: 192.168.0.0/16
    vxlanMode: Always
`;

test('a kubectl dump is one finding for the 150 resources it skips and checks the 40 BGPPeers, in good time', async ({
	page,
}) => {
	await openChecker(page);
	await checkLarge(page, dump, 'on-prem');
	const skipped = page.locator('.check-finding[data-rule="unknown-kind"]');
	await expect(skipped).toHaveCount(1);
	await expect(skipped).toContainText('Skipped 150 resources');
	await expect(page.locator('.check-read-as')).toContainText('BGPPeer (40)');
});

test('axe finds no violations in the checker while it shows what it read from Helm values', async ({
	page,
}) => {
	await openChecker(page);
	await check(page, helmValues, 'on-prem');
	await expect(page.locator('.check-read-as')).toBeVisible();
	await expect(page.locator('.check-amounts')).toBeVisible();
	expect(describeViolations(await axeViolations(page, { include: '.check' }))).toEqual([]);
});

/** Calico's own BGP and IPAM examples as its documentation publishes them (see the file's header). */
const docsExamples = readFileSync(
	new URL('../fixtures/check/tigera-docs-bgp-examples.yaml', import.meta.url),
	'utf8'
);

test('Calico’s documented BGP examples pass, and its IPReservation example is refused from 3.32 at its line, per version', async ({
	page,
}) => {
	await openChecker(page);
	await checkLarge(page, docsExamples, 'on-prem');
	await expect(page.locator('.check-read-as')).toHaveText(
		'Read as: Calico resources. Checked: BGPPeer (3), BGPFilter (1), IPReservation (1).'
	);
	const reservation = page.locator('.check-finding[data-rule="ip-reservation"]');
	await expect(reservation).toContainText('"192.168.2.3" is an address without a prefix length');
	const line = docsExamples.split('\n').indexOf('    - 192.168.2.3') + 1;
	await expect(reservation.locator('.check-where')).toHaveText(`Line ${line}, column 7`);
	await expect(page.locator('.check-finding[data-rule^="bgp-"]')).toHaveCount(0);
	await page.getByLabel('Calico version').selectOption('3.31');
	await expect(reservation).toHaveCount(0);
});
