// Times the configuration checker in Node on a 1 MB `kubectl get -o yaml` dump (Deployments, Services and
// BGPPeers, as a whole cluster's dump mixes them) and on a List of 2,000 IPPools, using the same bundle
// calico-check ships, so the figure is what CI sees.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const deployment = (i) =>
	`- apiVersion: apps/v1\n  kind: Deployment\n  metadata:\n    name: app-${i}\n    namespace: default\n    labels:\n      app: app-${i}\n  spec:\n    replicas: 2\n    selector:\n      matchLabels:\n        app: app-${i}\n    template:\n      metadata:\n        labels:\n          app: app-${i}\n      spec:\n        containers:\n        - name: app\n          image: nginx:1.27\n          ports:\n          - containerPort: 80\n`;
const service = (i) =>
	`- apiVersion: v1\n  kind: Service\n  metadata:\n    name: svc-${i}\n  spec:\n    selector:\n      app: app-${i}\n    ports:\n    - port: 80\n      targetPort: 80\n`;
const peer = (i) =>
	`- apiVersion: projectcalico.org/v3\n  kind: BGPPeer\n  metadata:\n    name: peer-${i}\n  spec:\n    peerIP: 10.0.${Math.floor(i / 250) % 250}.${i % 250}\n    asNumber: 64512\n`;
const pool = (i) =>
	`- apiVersion: projectcalico.org/v3\n  kind: IPPool\n  metadata:\n    name: pool-${i}\n  spec:\n    cidr: 10.${Math.floor(i / 256)}.${i % 256}.0/24\n    ipipMode: Never\n    vxlanMode: Always\n    natOutgoing: true\n`;

/** A List as kubectl prints it, of items made by `make` until the text reaches `bytes` (or `count` items). */
function list(make, { bytes = Infinity, count = Infinity }) {
	const items = [];
	let size = 0;
	for (let i = 0; size < bytes && i < count; i++) {
		const item = make(i);
		items.push(item);
		size += item.length;
	}
	return `apiVersion: v1\nitems:\n${items.join('')}kind: List\nmetadata:\n  resourceVersion: ""\n`;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Times checkConfiguration on each input `runs` times (after one warm-up run); milliseconds, median and max. */
export async function timeChecker(root, runs = 7) {
	const dir = mkdtempSync(join(tmpdir(), 'calico-bench-check-'));
	try {
		const outfile = join(dir, 'check.mjs');
		await build({
			entryPoints: [join(root, 'src/lib/check/check.ts')],
			outfile,
			bundle: true,
			format: 'esm',
			platform: 'neutral',
			mainFields: ['module', 'main'],
			logLevel: 'warning',
		});
		const { checkConfiguration } = await import(pathToFileURL(outfile).href);
		const mixed = (i) => [deployment, service, peer][i % 3](i);
		const inputs = [
			{
				what: '1 MB dump: Deployments, Services and BGPPeers',
				text: list(mixed, { bytes: 1024 * 1024 }),
				targetMs: 300,
			},
			{ what: 'List of 2,000 IPPools', text: list(pool, { count: 2000 }), targetMs: null },
		];
		return inputs.map(({ what, text, targetMs }) => {
			checkConfiguration({ text, env: 'on-prem' });
			const times = [];
			for (let n = 0; n < runs; n++) {
				const start = performance.now();
				checkConfiguration({ text, env: 'on-prem' });
				times.push(performance.now() - start);
			}
			return {
				what,
				kb: text.length / 1024,
				median: median(times),
				max: Math.max(...times),
				runs,
				targetMs,
			};
		});
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
