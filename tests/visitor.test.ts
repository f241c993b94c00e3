import { expect, test } from '@playwright/test';

test('visitor goes from the home page to the agenda, a session and a speaker', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('International Bio-Computing Innovation Summit');
	await expect(page.getByText('Monday 24 June 2024').first()).toBeVisible();
	await expect(page.getByRole('link', { name: 'Register to attend' }).first()).toHaveAttribute('href', '/register');
	await expect(page.getByText('50+')).toBeVisible();
	await expect(page.getByText('Hong Kong has solid foundation in both areas', { exact: false })).toBeVisible();

	await page.getByRole('link', { name: 'See the agenda' }).click();
	await expect(page).toHaveURL(/\/agenda$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Agenda' })).toBeVisible();
	const signing = page.locator('#session-hkic-biomap-signing-ceremony');
	await expect(signing).toContainText('10:00–10:30');
	await expect(signing).toContainText('HKT');
	await expect(signing).toContainText('Main Hall');

	await signing.getByRole('link', { name: /Signing Ceremony/ }).click();
	await expect(page).toHaveURL(/\/agenda\/hkic-biomap-signing-ceremony$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'HKIC x BioMap Strategic Partnership Agreement Signing Ceremony'
	);
	await expect(page.getByRole('main').getByText('Monday 24 June 2024')).toBeVisible();
	const speakers = page.getByRole('region', { name: 'Speakers' });
	await expect(speakers.getByRole('listitem')).toHaveCount(3);
	await expect(speakers).toContainText('Signatory');
	await expect(speakers).toContainText('Witness');
	await expect(page.getByRole('link', { name: /Next session/ })).toHaveAttribute(
		'href',
		'/agenda/biomap-innohub-and-biox-launch'
	);

	await speakers.getByRole('link', { name: 'Ms Clara Chan' }).click();
	await expect(page).toHaveURL(/\/speakers\/clara-chan$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Clara Chan');
	await expect(page.getByText('CEO, The Hong Kong Investment Corporation Limited')).toBeVisible();
	await expect(
		page.getByRole('link', { name: 'HKIC x BioMap Strategic Partnership Agreement Signing Ceremony' })
	).toBeVisible();

	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Speakers' }).click();
	await expect(page.getByRole('heading', { level: 2 })).toHaveCount(8);
	await expect(page.getByText('Name to be announced').first()).toBeVisible();
});

test('an unknown page is a helpful 404', async ({ page }) => {
	const response = await page.goto('/agenda/no-such-session');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await page.getByLabel('Search').fill('keynote');
	await page.getByRole('button', { name: 'Search' }).click();
	await expect(page).toHaveURL(/\/agenda\?q=keynote$/);
	await expect(page.getByRole('status')).toHaveText('2 of 11 sessions match');
});
