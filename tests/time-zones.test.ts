import { expect, test } from '@playwright/test';

for (const { timezoneId, local } of [
	{ timezoneId: 'America/Los_Angeles', local: 'Sun 23 Jun, 19:00–19:30' },
	{ timezoneId: 'Europe/London', local: '03:00–03:30' }
]) {
	test.describe(`a visitor in ${timezoneId}`, () => {
		test.use({ timezoneId });

		test('sees Hong Kong times first, with their own time beside them', async ({ page }) => {
			await page.goto('/agenda');
			const signing = page.locator('#session-hkic-biomap-signing-ceremony');
			await expect(signing.locator('time')).toHaveText('10:00–10:30');
			await expect(signing.locator('time')).toHaveAttribute('datetime', '2024-06-24T10:00:00+08:00');
			await expect(signing).toContainText('HKT');
			await expect(signing.locator('.local-time')).toContainText(local);
			await expect(signing.locator('.local-time')).toContainText('your time');
		});
	});
}

test.describe('a visitor in Hong Kong', () => {
	test.use({ timezoneId: 'Asia/Hong_Kong' });

	test('sees Hong Kong times only', async ({ page }) => {
		await page.goto('/agenda');
		const signing = page.locator('#session-hkic-biomap-signing-ceremony');
		await expect(signing.locator('time')).toHaveText('10:00–10:30');
		await expect(page.locator('.local-time')).toHaveCount(0);
	});
});
