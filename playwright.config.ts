import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchArgs, findChromium } from './src/diagrams/chromium.mjs';

// A missing browser is a setup problem, not a crash: say how to fix it and stop.
function chromiumOrExit(): string {
	try {
		return findChromium();
	} catch (error) {
		console.error(error instanceof Error ? error.message : String(error));
		process.exit(1);
	}
}

// Not Astro's default 4321, so a preview server left running for manual checks does not block the tests.
const PORT = Number(process.env.E2E_PORT ?? 4329);
const HOST = '127.0.0.1';

// The tests run against the built site: `npm run test:browser` builds it first.
export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: Boolean(process.env.CI),
	retries: 0,
	workers: 2,
	reporter: 'list',
	use: {
		baseURL: `http://${HOST}:${PORT}`,
		trace: 'retain-on-failure',
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: { executablePath: chromiumOrExit(), args: chromiumLaunchArgs },
			},
		},
	],
	webServer: {
		command: `npx astro preview --port ${PORT} --host ${HOST}`,
		url: `http://${HOST}:${PORT}`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000,
	},
});
