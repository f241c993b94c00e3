import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test('attendee filters the agenda without JavaScript and shares the link', async ({ page }) => {
	await page.goto('/agenda');
	await expect(page.getByRole('status')).toHaveText('11 sessions');
	await expect(page.getByLabel('Track')).toBeHidden();

	await page.getByText('Filter and search').click();
	await page.getByLabel('Track').selectOption({ label: 'Green technology and sustainability' });
	await page.getByRole('button', { name: 'Apply filters' }).click();
	await expect(page).toHaveURL(/track=green-technology/);
	await expect(page.getByRole('status')).toHaveText('2 of 11 sessions match');
	await expect(page.locator('article.session h3')).toHaveText([
		'Keynote: Advancing green technology innovation for global sustainable development',
		'Fireside chat: Bio-computing for green technology'
	]);

	await page.getByLabel('Type').selectOption({ label: 'Fireside chat' });
	await page.getByRole('button', { name: 'Apply filters' }).click();
	await expect(page.locator('article.session h3')).toHaveText(['Fireside chat: Bio-computing for green technology']);

	// The shared link shows the same selection to someone else.
	const shared = page.url();
	const other = await page.context().newPage();
	await other.goto(shared);
	await expect(other.getByLabel('Track')).toHaveValue('green-technology');
	await expect(other.getByLabel('Type')).toHaveValue('fireside-chat');
	await expect(other.locator('article.session')).toHaveCount(1);

	await page.getByRole('link', { name: 'Clear filters' }).first().click();
	await expect(page.getByRole('status')).toHaveText('11 sessions');
});

test('speaker filter and text search work together', async ({ page }) => {
	await page.goto('/agenda?speaker=paul-chan-mo-po');
	// With a filter active the panel opens by itself.
	await expect(page.getByLabel('Speaker', { exact: true })).toHaveValue('paul-chan-mo-po');
	await expect(page.locator('article.session h3')).toHaveText([
		'Address by the Financial Secretary',
		'HKIC x BioMap Strategic Partnership Agreement Signing Ceremony'
	]);
	await page.getByRole('searchbox', { name: 'Search' }).fill('SIGNING');
	await page.getByRole('button', { name: 'Apply filters' }).click();
	await expect(page.locator('article.session')).toHaveCount(1);
	await page.goto('/agenda?q=' + encodeURIComponent('no session is called this'));
	await expect(page.getByText('No session matches these filters.')).toBeVisible();
});

test('unknown filter values are ignored, not errors', async ({ page }) => {
	const response = await page.goto('/agenda?track=astrology&kind=party&speaker=nobody&page=-1');
	expect(response?.status()).toBe(200);
	await expect(page.getByRole('status')).toHaveText('11 sessions');
	await expect(page.getByLabel('Track')).toHaveValue('');
});
