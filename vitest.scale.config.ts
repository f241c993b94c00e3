import { defineConfig } from 'vitest/config';

// npm run test:scale: several production builds on one PostgreSQL behind nginx (tests/scale/).
// No SvelteKit plugin: the test only starts processes and talks HTTP, SMTP and SQL to them.
export default defineConfig({
	test: {
		name: 'scale',
		environment: 'node',
		include: ['tests/scale/**/*.spec.ts'],
		expect: { requireAssertions: true },
		testTimeout: 180_000,
		hookTimeout: 120_000
	}
});
