import { defineConfig } from 'vitest/config';

// Unit tests only: tests/e2e holds Playwright specs, which Vitest must not load.
export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts'],
	},
});
