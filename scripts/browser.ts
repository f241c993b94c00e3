// The Chromium the browser tests drive: CHROMIUM_PATH, else a system Chromium or Chrome, else Playwright's own
// download (fetched now when the machine can reach it). When none can be had, one line says what to install.
// `npm test` asks first, so a machine without a browser stops at once instead of failing every browser test.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_BROWSERS = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable'
];

const HOW_TO_GET_ONE =
	'No Chromium for the browser tests: install one (Debian: apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.';

function executable(path: string): boolean {
	try {
		accessSync(path, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

/** The path of a usable Chromium, or null. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
	const configured = env.CHROMIUM_PATH?.trim();
	if (configured) return executable(configured) ? configured : null;
	const system = SYSTEM_BROWSERS.find(executable);
	if (system) return system;
	const downloaded = chromium.executablePath();
	return existsSync(downloaded) ? downloaded : null;
}

/** Finds a Chromium, downloading Playwright's where that is reachable; exits with one line when there is none. */
export function requireChromium(): string {
	const configured = process.env.CHROMIUM_PATH?.trim();
	if (configured && !executable(configured))
		fail(`CHROMIUM_PATH=${configured} is not an executable file. ${HOW_TO_GET_ONE}`);
	const found = findChromium();
	if (found) return found;
	console.log('No Chromium found: trying `npx playwright install chromium`…');
	const download = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'ignore', timeout: 5 * 60_000 });
	const downloaded = download.status === 0 ? findChromium() : null;
	return downloaded ?? fail(HOW_TO_GET_ONE);
}

function fail(line: string): never {
	console.error(line);
	process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(`Browser tests use ${requireChromium()}`);
