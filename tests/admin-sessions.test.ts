import { expect, test } from '@playwright/test';
import { ADMIN_URL, organizer, signIn } from './admin-helpers';

test('organizer moves a session and the agenda and its calendar file change', async ({ page, request }) => {
	const slug = 'keynote-green-technology-innovation';
	const ics = async () =>
		(await (await request.get(`${ADMIN_URL}/calendar/sessions/${slug}.ics`)).text()).replace(/\r\n /g, '');
	const before = await ics();
	expect(before).toContain('SEQUENCE:0');
	expect(before).toContain('DTSTART:20240624T035000Z');

	await signIn(page, organizer('editor'));
	await page.goto(`${ADMIN_URL}/admin/sessions`);
	await page
		.getByRole('link', { name: 'Keynote: Advancing green technology innovation for global sustainable development' })
		.click();
	await expect(page.getByTestId('revision')).toHaveText('0');

	// End before start: refused, with what was typed kept.
	await page.getByLabel('Starts (HKT)').fill('2024-06-24T16:30');
	await page.getByLabel('Ends (HKT)').fill('2024-06-24T16:00');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('alert')).toContainText('The end must be after the start.');
	await expect(page.getByLabel('Starts (HKT)')).toHaveValue('2024-06-24T16:30');

	await page.getByLabel('Ends (HKT)').fill('2024-06-24T17:00');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('status')).toContainText('is saved');
	await expect(page.getByTestId('revision')).toHaveText('1');

	await page.goto(`${ADMIN_URL}/agenda`);
	await expect(page.locator(`#session-${slug}`)).toContainText('16:30–17:00');

	const after = await ics();
	expect(after).toContain('SEQUENCE:1');
	expect(after).toContain('DTSTART:20240624T083000Z');
	expect(after).toContain('DTEND:20240624T090000Z');
});

test('what an organizer types before the page has hydrated is still there afterwards', async ({ page }) => {
	await signIn(page, organizer('editor'));
	// A slow connection: the form is on screen, its script still on the way, and the organizer already typing.
	let releaseScripts = () => {};
	const scriptsReleased = new Promise<void>((resolve) => (releaseScripts = resolve));
	await page.route(/\/_app\/immutable\/.*\.js$/, async (route) => {
		await scriptsReleased;
		await route.continue();
	});
	await page.goto(`${ADMIN_URL}/admin/sessions/new`, { waitUntil: 'commit' });
	await page.getByLabel('Title', { exact: true }).fill('Typed before the script');
	await page.getByRole('textbox', { name: 'Abstract (optional)', exact: true }).fill('A textarea filled early.');
	await page.getByLabel('Type', { exact: true }).selectOption({ index: 2 });
	const kind = await page.getByLabel('Type', { exact: true }).inputValue();
	await page.getByLabel('Capacity').fill('42');

	releaseScripts();
	await expect(page.locator('html[data-hydrated]')).toBeAttached();
	await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Typed before the script');
	await expect(page.getByRole('textbox', { name: 'Abstract (optional)', exact: true })).toHaveValue(
		'A textarea filled early.'
	);
	await expect(page.getByLabel('Type', { exact: true })).toHaveValue(kind);
	await expect(page.getByLabel('Capacity')).toHaveValue('42');
});
