import { z } from 'zod';
import { expect, test } from './fixtures';
import { calicoVersion, factsChecked } from '../../src/lib';
import { exportNames, exportPath, exportSchemas } from '../../src/lib/export-schemas';

test('the options export lists every option with its upstream details string', async ({
	request,
}) => {
	const response = await request.get('/api/options.json');
	expect(response.ok()).toBe(true);
	const body = await response.json();
	const vxlan = body.options.find((o: { id: string }) => o.id === 'calico-vxlan-cross-subnet');
	expect(vxlan.details).toBe(
		'Policy:Calico,IPAM:Calico,CNI:Calico,Cross-subnet:VXLAN,Routing:Calico'
	);
	expect(vxlan.properties.encapsulation.overheadBytes).toEqual({ ipv4: 50, ipv6: 70 });
});

test('the decision-table export answers every combination of every environment', async ({
	request,
}) => {
	const body = await (await request.get('/api/decision-table.json')).json();
	const rows = Object.fromEntries(
		body.environments.map((env: { id: string; rows: unknown[] }) => [env.id, env.rows.length])
	);
	expect(rows).toEqual({
		'on-prem': 27,
		aws: 243,
		azure: 81,
		'google-cloud': 81,
		'ibm-cloud': 9,
		'oracle-cloud': 81,
		digitalocean: 3,
		hetzner: 3,
		openstack: 3,
		vsphere: 27,
		laptop: 3,
		other: 3,
	});
	const onPrem = body.environments.find((env: { id: string }) => env.id === 'on-prem');
	const peering = onPrem.rows.find(
		(row: { answers: Record<string, string> }) =>
			row.answers.bgp === 'yes' && row.answers.l2 === 'no' && row.answers.routable === 'yes'
	);
	expect(peering.pick).toBe('calico-bgp-peering');
});

test('both exports say which Calico release the guidance is for and when its facts were checked', async ({
	request,
}) => {
	for (const path of ['/api/options.json', '/api/decision-table.json']) {
		const body = await (await request.get(path)).json();
		expect(body.calicoVersion, path).toBe(calicoVersion);
		expect(body.factsChecked, path).toBe(factsChecked);
	}
});

test('the options export carries where each option can be installed and its sources', async ({
	request,
}) => {
	const body = await (await request.get('/api/options.json')).json();
	const overlay = body.options.find((o: { id: string }) => o.id === 'azure-cni-overlay');
	expect(overlay.properties.installable).toEqual({ managed: ['AKS'], selfManaged: false });
	expect(overlay.properties.encapsulation.scope).toBe('never');
	expect(overlay.sources.length).toBeGreaterThan(0);
	expect(
		body.options.find((o: { id: string }) => o.id === 'azure-host-local').properties.retiring.date
	).toBe('2028-03-31');
});

test('the options export says, release by release, whether IP-in-IP needs BGP', async ({
	request,
}) => {
	const body = await (await request.get('/api/options.json')).json();
	const ipip = body.options.find((o: { id: string }) => o.id === 'calico-ipip');
	expect(ipip.properties.needsBgpByRelease).toEqual({ '3.31': true, '3.32': true, '3.33': false });
	expect(body.calicoVersion).toBe('3.33');
});

test('the deprecations export lists the retirement radar with when, whom it affects and sources', async ({
	request,
}) => {
	const response = await request.get('/api/deprecations.json');
	expect(response.ok()).toBe(true);
	const body = await response.json();
	expect(body.calicoVersion).toBe(calicoVersion);
	const byId = Object.fromEntries(
		body.retirements.map((r: { id: string }) => [r.id, r] as const)
	) as Record<
		string,
		{ whenText: string; affectsYouIf: string; sources: unknown[]; options: string[] }
	>;
	expect(byId['aks-kubenet']).toMatchObject({
		whenText: '31 March 2028',
		options: ['azure-host-local'],
	});
	expect(byId['bird-ipip-routes']?.whenText).toBe('Calico 3.35 (deprecated in 3.33)');
	for (const entry of Object.values(byId)) {
		expect(entry.affectsYouIf.length).toBeGreaterThan(20);
		expect(entry.sources.length).toBeGreaterThan(0);
	}
});

test('the retirement radar page shows every entry of the export, with its sources', async ({
	page,
	request,
}) => {
	const body = await (await request.get('/api/deprecations.json')).json();
	await page.goto('/retirements/');
	for (const entry of body.retirements as { id: string; title: string; whenText: string }[]) {
		const section = page.locator(`[data-retirement="${entry.id}"]`);
		await expect(section.getByRole('heading', { level: 2 })).toHaveText(entry.title);
		await expect(section).toContainText(entry.whenText);
		await expect(section.getByRole('link').first()).toBeVisible();
	}
	await expect(page.locator('[data-retirement="bird-ipip-routes"]')).toContainText(
		'bird-ipip-routes'
	);
});

test('the changes page, its JSON export and its Atom feed list the same changes', async ({
	page,
	request,
}) => {
	const body = await (await request.get('/api/changes.json')).json();
	expect(body.changes.length).toBeGreaterThan(3);
	await page.goto('/changes/');
	await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
		'href',
		'/changes.xml'
	);
	for (const change of body.changes as { id: string; title: string }[])
		await expect(
			page.locator(`[data-change="${change.id}"]`).getByRole('heading', { level: 2 })
		).toHaveText(change.title);
	const feed = await request.get('/changes.xml');
	expect(feed.headers()['content-type']).toContain('xml');
	const text = await feed.text();
	const parsed = await page.evaluate((xml) => {
		const doc = new DOMParser().parseFromString(xml, 'application/xml');
		return {
			error: doc.querySelector('parsererror')?.textContent ?? '',
			entries: doc.getElementsByTagName('entry').length,
		};
	}, text);
	expect(parsed).toEqual({ error: '', entries: body.changes.length });
});

test('every export names its JSON Schema first, the schema is served, and the export follows it', async ({
	request,
}) => {
	for (const name of exportNames) {
		const path = exportPath(name);
		const response = await request.get(path);
		expect(response.ok(), path).toBe(true);
		const body = await response.json();
		expect(Object.keys(body)[0], path).toBe('$schema');
		const schema = await request.get(body.$schema);
		expect(schema.ok(), body.$schema).toBe(true);
		expect(await schema.json(), body.$schema).toMatchObject({
			$schema: 'https://json-schema.org/draft/2020-12/schema',
			title: exportSchemas[name].title,
		});
		const parsed = exportSchemas[name].schema.safeParse(body);
		expect(
			parsed.success,
			parsed.success ? path : `${path}\n${z.prettifyError(parsed.error)}`
		).toBe(true);
	}
});
