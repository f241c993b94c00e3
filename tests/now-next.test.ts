import { expect, test } from '@playwright/test';
import { LIVE_SITE_PORT } from '../playwright.config';

// This server's clock is pinned to 10:15 HKT on the summit day (playwright.config.ts).
test.use({ baseURL: `http://127.0.0.1:${LIVE_SITE_PORT}` });

test('during the summit the agenda marks the session on now and the next one', async ({ page }) => {
	await page.goto('/agenda');
	const signing = page.locator('#session-hkic-biomap-signing-ceremony');
	await expect(signing.getByText('On now')).toBeVisible();
	await expect(page.locator('#session-biomap-innohub-and-biox-launch').getByText('Up next')).toBeVisible();
	await expect(page.getByText('On now')).toHaveCount(1);
	await expect(page.getByText('Up next')).toHaveCount(1);
});

test('outside the summit nothing is marked', async ({ page }) => {
	await page.goto('http://127.0.0.1:4173/agenda');
	await expect(page.getByText('On now')).toHaveCount(0);
	await expect(page.getByText('Up next')).toHaveCount(0);
});
