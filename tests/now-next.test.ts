import { expect, test } from '@playwright/test';
import { LIVE_SITE_URL, SITE_URL } from '../playwright.config';

// This server's clock is pinned to 10:15 HKT on the summit day (playwright.config.ts).
test.use({ baseURL: LIVE_SITE_URL });

test('during the summit the agenda marks the session on now and the next one', async ({ page }) => {
	await page.goto('/agenda');
	const signing = page.locator('#session-hkic-biomap-signing-ceremony');
	await expect(signing.getByText('On now')).toBeVisible();
	await expect(page.locator('#session-biomap-innohub-and-biox-launch').getByText('Up next')).toBeVisible();
	await expect(page.getByText('On now')).toHaveCount(1);
	await expect(page.getByText('Up next')).toHaveCount(1);
});

test('outside the summit nothing is marked', async ({ page }) => {
	await page.goto(`${SITE_URL}/agenda`);
	await expect(page.getByText('On now')).toHaveCount(0);
	await expect(page.getByText('Up next')).toHaveCount(0);
});
