import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';
import { paraglideOptions } from './paraglide.config.js';

// Unit and integration tests share one fresh SQLite file per run, migrated and seeded by the global
// setup; tests that need an empty database make their own.
process.env.TEST_DATABASE_URL ??= `file:${join(tmpdir(), `summit-test-${process.pid}-${Date.now()}.db`)}`;

export default defineConfig(({ command, mode }) => {
	// `npm run dev`: the site's address is Vite's (see ORIGIN in the README's Configuration table).
	if (command === 'serve' && mode === 'development') process.env.ORIGIN ??= 'http://localhost:5173';
	return {
		plugins: [sveltekit(), paraglideVitePlugin(paraglideOptions)],
		test: {
			name: 'server',
			environment: 'node',
			include: ['src/**/*.{test,spec}.{js,ts}'],
			expect: { requireAssertions: true },
			env: { DATABASE_URL: process.env.TEST_DATABASE_URL, ORIGIN: 'http://summit.test' },
			globalSetup: ['./src/lib/server/testing/global-setup.ts'],
			// The files share that database; one at a time keeps each file's expectations simple.
			fileParallelism: false,
			testTimeout: 30_000,
			// Set-up that migrates or seeds a database of its own takes seconds on a busy machine.
			hookTimeout: 60_000
		}
	};
});
