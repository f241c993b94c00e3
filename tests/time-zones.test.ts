import { expect, test, type Page } from '@playwright/test';
import { fillRegistration, uniqueEmail } from './registration-helpers';

for (const { timezoneId, local, zoneName } of [
	{ timezoneId: 'America/Los_Angeles', local: 'Sun 23 Jun, 19:00–19:30', zoneName: 'GMT-7' },
	{ timezoneId: 'Europe/London', local: '03:00–03:30', zoneName: 'BST' }
]) {
	test.describe(`a visitor in ${timezoneId}`, () => {
		test.use({ timezoneId });

		test('sees Hong Kong times first, with their own time beside them', async ({ page }) => {
			const intlMade = await countIntl(page);
			await page.goto('/agenda');
			const signing = page.locator('#session-hkic-biomap-signing-ceremony');
			await expect(signing.locator('time')).toHaveText('10:00–10:30');
			await expect(signing.locator('time')).toHaveAttribute('datetime', '2024-06-24T10:00:00+08:00');
			await expect(signing).toContainText('HKT');
			await expect(signing.locator('.local-time')).toHaveText(`${local} ${zoneName} (your time)`);
			// The formatters are made in a worker: the page's main thread loads no locale data.
			expect(await intlMade()).toBe(0);
		});

		test('sees their own time added without the page moving, even when the script comes after the first paint', async ({
			page
		}) => {
			// On a slow phone the deferred script often runs after the first paint; here it always does. One line is
			// reserved: where the text needs two (Los Angeles' in the session page's narrow column on a desktop),
			// content still moves by a line.
			await page.setViewportSize({ width: 412, height: 823 });
			await page.route('**/_app/immutable/assets/local-time.*.js', async (route) => {
				await new Promise((resolve) => setTimeout(resolve, 1_000));
				await route.continue();
			});
			const consoleErrors: string[] = [];
			page.on('console', (message) => void (message.type() === 'error' && consoleErrors.push(message.text())));
			await page.addInitScript(() => {
				const observed = globalThis as unknown as { shifts: number[]; painted: boolean };
				observed.shifts = [];
				observed.painted = false;
				new PerformanceObserver(
					(list) =>
						void list
							.getEntries()
							.forEach((entry) => observed.shifts.push((entry as unknown as { value: number }).value))
				).observe({ type: 'layout-shift', buffered: true });
				new PerformanceObserver(() => (observed.painted = true)).observe({ type: 'paint', buffered: true });
			});
			await page.goto('/agenda/hkic-biomap-signing-ceremony');
			await expect(page.locator('html')).toHaveClass(/other-zone/);
			await expect(page.locator('.local-time')).toHaveText(`${local} ${zoneName} (your time)`);
			const { shifts, painted } = await page.evaluate(() => {
				const { shifts, painted } = globalThis as unknown as { shifts: number[]; painted: boolean };
				return { shifts, painted };
			});
			expect(painted).toBe(true);
			expect(shifts).toEqual([]);
			// The inline script that reserves the lines runs under the CSP (allowed by its hash).
			expect(consoleErrors).toEqual([]);
		});

		test('sees their own time on their /my page, which ships no framework script', async ({ page }) => {
			await page.goto('/register');
			await fillRegistration(page, {
				name: 'Zone Traveller',
				email: uniqueEmail('zone'),
				sessions: ['HKIC x BioMap Strategic Partnership Agreement Signing Ceremony']
			});
			await page.getByRole('button', { name: 'Register' }).click();
			await page.waitForURL(/\/my\//);
			const chosen = page.getByRole('listitem').filter({ hasText: 'HKIC x BioMap Strategic Partnership' });
			await expect(chosen.locator('.local-time')).toHaveText(`${local} ${zoneName} (your time)`);
			// Nothing hydrates the page, so nothing can draw it again under the reader's finger.
			const scripts = await page.evaluate(() => [...document.scripts].map((script) => script.src).filter(Boolean));
			expect(scripts.every((src) => /\/(local-time|offline)\.[\w-]+\.js$/.test(src))).toBe(true);
			expect(await page.evaluate(() => Object.keys(window).some((key) => key.startsWith('__sveltekit_')))).toBe(false);
		});

		test('sees their own time in a browser without workers too', async ({ page }) => {
			await page.addInitScript(() => Reflect.deleteProperty(globalThis, 'Worker'));
			const intlMade = await countIntl(page);
			await page.goto('/agenda');
			const signing = page.locator('#session-hkic-biomap-signing-ceremony');
			await expect(signing.locator('.local-time')).toHaveText(`${local} ${zoneName} (your time)`);
			// One formatter each for the clock, the day and the zone's name, however many times the page shows.
			expect(await intlMade()).toBeLessThanOrEqual(3);
		});
	});
}

/** Counts Intl objects the page makes: a page's first costs a phone tens of milliseconds of main thread. */
async function countIntl(page: Page) {
	await page.addInitScript(() => {
		const counted = globalThis as unknown as { intlMade: number };
		counted.intlMade = 0;
		for (const name of Object.getOwnPropertyNames(Intl)) {
			const value = (Intl as unknown as Record<string, unknown>)[name];
			if (typeof value !== 'function') continue;
			const constructor = value as (...args: unknown[]) => unknown;
			Object.defineProperty(Intl, name, {
				value: new Proxy(constructor, {
					construct: (target, args, newTarget) => (counted.intlMade++, Reflect.construct(target, args, newTarget)),
					apply: (target, self, args) => (counted.intlMade++, Reflect.apply(target, self, args))
				})
			});
		}
	});
	return () => page.evaluate(() => (globalThis as unknown as { intlMade: number }).intlMade);
}

for (const timezoneId of ['Asia/Hong_Kong', 'Asia/Shanghai']) {
	test.describe(`a visitor in ${timezoneId}`, () => {
		test.use({ timezoneId });

		test('sees Hong Kong times only, at no cost to the page', async ({ page }) => {
			const intlMade = await countIntl(page);
			await page.goto('/agenda');
			const signing = page.locator('#session-hkic-biomap-signing-ceremony');
			await expect(signing.locator('time')).toHaveText('10:00–10:30');
			await expect(page.locator('.local-time')).toHaveCount(0);
			// No line reserved for a local time either.
			await expect(page.locator('html')).not.toHaveClass(/other-zone/);
			expect(await intlMade()).toBe(0);
		});
	});
}
