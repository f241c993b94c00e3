import { expect, test, type Page } from '@playwright/test';

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
			expect(await intlMade()).toBe(0);
		});
	});
}
