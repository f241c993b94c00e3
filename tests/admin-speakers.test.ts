import { expect, test } from '@playwright/test';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { ADMIN_URL, organizer, signIn } from './admin-helpers';

test('organizer adds a speaker with a photo and sees them on /speakers', async ({ page }) => {
	const folder = await mkdtemp(join(tmpdir(), 'speaker-photo-'));
	const photo = join(folder, 'portrait.jpg');
	await writeFile(
		photo,
		await sharp({ create: { width: 1200, height: 900, channels: 3, background: '#3a7d5c' } })
			.jpeg()
			.toBuffer()
	);
	const name = `Dr Mei Ling Ho ${Date.now()}`;

	await signIn(page, organizer('editor'));
	await page.getByRole('navigation', { name: 'Organizer area' }).getByRole('link', { name: 'Speakers' }).click();
	await page.getByRole('link', { name: 'Add a speaker' }).click();

	// A bad link first: the form comes back with the message and everything typed.
	await page.getByLabel('Name', { exact: true }).fill(name);
	await page.getByLabel('Title (optional)', { exact: true }).fill('Chief Scientist');
	await page
		.getByLabel('Biography')
		.fill(
			'Leads **protein design** at a [Hong Kong lab](https://example.org).\n\n<script>alert(1)</script>Second paragraph.'
		);
	await page.getByLabel('Link 1: Link text (optional)').fill('Lab');
	// The browser accepts javascript: as a URL; the server does not.
	await page.getByLabel('Link 1: Address (optional)').fill('javascript:alert(1)');
	await page.locator('#field-photo').setInputFiles(photo);
	await page.getByRole('button', { name: 'Add a speaker' }).click();
	await expect(page.getByRole('alert')).toContainText('Enter the address of link 1, starting with https:// or http://');
	await expect(page.getByLabel('Name', { exact: true })).toHaveValue(name);

	await page.getByLabel('Link 1: Address (optional)').fill('https://lab.example.org');
	await page.locator('#field-photo').setInputFiles(photo);
	await page.getByRole('button', { name: 'Add a speaker' }).click();
	await expect(page.getByRole('status')).toHaveText(`${name} is added.`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Edit ${name}`);

	await page.goto(`${ADMIN_URL}/speakers`);
	const card = page.getByRole('article').filter({ hasText: name });
	await expect(card).toBeVisible();
	const src = await page.locator(`img[src*="/media/speakers/dr-mei-ling-ho-"]`).first().getAttribute('src');
	expect(src).toMatch(/^\/media\/speakers\/dr-mei-ling-ho-\d+-[0-9a-f]{16}\.webp$/);
	const image = await page.request.get(`${ADMIN_URL}${src}`);
	expect(image.headers()['content-type']).toBe('image/webp');
	expect(image.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
	expect((await sharp(await image.body()).metadata()).width).toBe(320);

	await page.goto(`${ADMIN_URL}${src!.replace('/media/speakers/', '/speakers/').replace(/-[0-9a-f]{16}\.webp$/, '')}`);
	const bio = page.locator('.bio');
	await expect(bio.locator('strong')).toHaveText('protein design');
	await expect(bio.getByRole('link', { name: 'Hong Kong lab' })).toHaveAttribute('rel', 'noopener noreferrer nofollow');
	await expect(bio.locator('script')).toHaveCount(0);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('deleting a speaker needs the box ticked, as on /my', async ({ page }) => {
		const name = `Delete Me ${Date.now()}`;
		await signIn(page, organizer('editor'));
		await page.goto(`${ADMIN_URL}/admin/speakers/new`);
		await page.getByLabel('Name', { exact: true }).fill(name);
		await page.getByRole('button', { name: 'Add a speaker' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Edit ${name}`);

		const [refused] = await Promise.all([
			page.waitForResponse((response) => response.request().method() === 'POST'),
			page.getByRole('button', { name: `Yes, delete ${name}` }).click()
		]);
		expect(refused.status()).toBe(400);
		await expect(page.getByRole('alert')).toHaveText('Tick the box to confirm the deletion');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Edit ${name}`);

		await page.getByRole('checkbox', { name: `I want to delete ${name} for good.` }).check();
		await page.getByRole('button', { name: `Yes, delete ${name}` }).click();
		await expect(page).toHaveURL(/\/admin\/speakers\?deleted=/);
		await expect(page.getByRole('status')).toHaveText(`${name} is deleted.`);
	});
});
