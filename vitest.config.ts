import { defineConfig } from 'vitest/config';

// Unit tests only: tests/e2e holds Playwright specs, which Vitest must not load.
export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts'],
		// The library is pure (no globals, no mocks, no module state a test changes), so the test files share
		// each worker's modules instead of loading src/lib again for every file: 57 s becomes 12 s on 2 CPUs.
		// Threads start faster than forked processes. A test that stubs a global or mocks a module must undo it
		// (vi.unstubAllGlobals, vi.restoreAllMocks) in its own afterEach, or the next file sees the stub.
		pool: 'threads',
		isolate: false,
	},
});
