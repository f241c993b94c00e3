import { defineConfig, devices } from '@playwright/test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from './scripts/browser';
import { REGISTRATION_OPEN_CLOCK } from './scripts/bench/server';

// Browser tests run against the production build (`node build`) in Chromium: CHROMIUM_PATH, a system
// Chromium, or Playwright's own download (scripts/browser.ts; `npm test` checks for one before anything runs).
const executablePath = findChromium() ?? undefined;

// Each server gets its own fresh SQLite file; the server migrates and seeds it at start-up.
process.env.E2E_RUN_ID ??= `${process.pid}-${Date.now()}`;
const databaseUrl = (name: string) => `file:${join(tmpdir(), `summit-e2e-${process.env.E2E_RUN_ID}-${name}.db`)}`;
/** Without SMTP the servers write mails as .eml files here, where tests read them. */
export const mailOutbox = (name: string) => join(tmpdir(), `summit-e2e-${process.env.E2E_RUN_ID}-${name}-outbox`);

// E2E_PORT_BASE moves every test server, so two checkouts can run their suites side by side.
const PORT_BASE = Number(process.env.E2E_PORT_BASE) || 4173;
export const SITE_PORT = PORT_BASE;
export const LIVE_SITE_PORT = PORT_BASE + 1;
/** The organizer tests' server: moving sessions there changes nothing the other tests read. */
export const ADMIN_SITE_PORT = PORT_BASE + 2;
/** The event settings tests' server: they move the venue, the window and the capacity. */
export const EVENT_SITE_PORT = PORT_BASE + 3;
export const EVENT_SITE_URL = `http://127.0.0.1:${EVENT_SITE_PORT}`;
export const eventDatabaseUrl = databaseUrl('event');
/** Servers whose tests register see the site as it was on 1 June 2024 (scripts/bench/server.ts says why). */
export { REGISTRATION_OPEN_CLOCK };
/** The editions test's server: it publishes a new edition, which every other test would notice. */
export const EDITIONS_SITE_PORT = PORT_BASE + 4;
/** The announcements test's server: its own registrations, so an audience's count is exact. */
export const ANNOUNCEMENTS_SITE_PORT = PORT_BASE + 6;
export const announcementsDatabaseUrl = databaseUrl('announcements');
export const SITE_URL = `http://127.0.0.1:${SITE_PORT}`;
export const LIVE_SITE_URL = `http://127.0.0.1:${LIVE_SITE_PORT}`;
/** Its database, where the organizer tests create their accounts with `npm run admin:create`. */
export const adminDatabaseUrl = databaseUrl('admin');
export const editionsDatabaseUrl = databaseUrl('editions');
/** The main site's database, where a test can play another instance (tests/calendar.test.ts). */
export const siteDatabaseUrl = databaseUrl('site');

function server(port: number, name: string, extraEnv: Record<string, string> = {}) {
	return {
		command: 'node build',
		port,
		reuseExistingServer: false,
		timeout: 60_000,
		stdout: 'ignore' as const,
		stderr: 'pipe' as const,
		env: {
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: `http://127.0.0.1:${port}`,
			DATABASE_URL: databaseUrl(name),
			MAIL_OUTBOX_DIR: mailOutbox(name),
			// Every test posts from 127.0.0.1: the limit is tested on the live server only.
			REGISTRATION_RATE_LIMIT: '0',
			// Tests register in bursts and wait seconds for their mail: no sending rate, except on the
			// announcements server (the rate itself is tested in src/lib/server/mail/outbox-rate.test.ts).
			MAIL_RATE_PER_MINUTE: '0',
			...extraEnv
		}
	};
}

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.test.ts',
	fullyParallel: true,
	workers: 2,
	forbidOnly: !!process.env.CI,
	retries: 0,
	// Twice Playwright's default: CI machines are shared, and a loaded one runs a browser at half speed.
	timeout: 60_000,
	reporter: process.env.CI ? 'list' : [['list']],
	webServer: [
		server(SITE_PORT, 'site', { SUMMIT_CLOCK: REGISTRATION_OPEN_CLOCK }),
		// The same build with its clock pinned to the morning of the summit, for the now/next marker.
		server(LIVE_SITE_PORT, 'live', { SUMMIT_CLOCK: '2024-06-24T10:15:00+08:00', REGISTRATION_RATE_LIMIT: '3' }),
		// Speaker photos up to PHOTO_MAX_MB (5) must pass adapter-node's body limit (512 KB by default).
		server(ADMIN_SITE_PORT, 'admin', { BODY_SIZE_LIMIT: '8M', SUMMIT_CLOCK: REGISTRATION_OPEN_CLOCK }),
		server(EVENT_SITE_PORT, 'event', { SUMMIT_CLOCK: REGISTRATION_OPEN_CLOCK }),
		server(EDITIONS_SITE_PORT, 'editions'),
		server(ANNOUNCEMENTS_SITE_PORT, 'announcements', {
			SUMMIT_CLOCK: REGISTRATION_OPEN_CLOCK,
			MAIL_RATE_PER_MINUTE: '120'
		})
	],
	use: {
		baseURL: SITE_URL,
		trace: 'retain-on-failure'
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: {
					executablePath,
					// Without these, Chromium on a closed network keeps trying Google's hosts.
					args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
				}
			}
		}
	]
});
