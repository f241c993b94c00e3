import { expect, test } from '@playwright/test';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { ADMIN_URL, organizer, signIn } from './admin-helpers';

test('an organizer adds a partner with a logo, a track and a room; the home page and the agenda show them', async ({
	page
}) => {
	// Three forms, two public pages and an image: more than one page's budget on a loaded machine.
	test.setTimeout(180_000);
	const stamp = Date.now();
	const folder = await mkdtemp(join(tmpdir(), 'partner-logo-'));
	const logo = join(folder, 'logo.png');
	await writeFile(
		logo,
		await sharp({ create: { width: 600, height: 200, channels: 4, background: '#0a6b66' } })
			.png()
			.toBuffer()
	);
	const partner = `Harbour Biolabs ${stamp}`;

	await signIn(page, organizer('admin'));
	await page.getByRole('navigation', { name: 'Organizer area' }).getByRole('link', { name: 'Organisations' }).click();
	await page.getByRole('link', { name: 'Add an organisation' }).click();
	await page.getByLabel('Name', { exact: true }).fill(partner);
	await page.getByLabel('Website (optional)').fill('https://harbour-biolabs.example.org');
	await page.getByRole('checkbox', { name: 'Strategic partner' }).check();
	await page.locator('#field-logo').setInputFiles(logo);
	await page.getByRole('button', { name: 'Add an organisation' }).click();
	await expect(page.getByRole('status')).toHaveText(`${partner} is added.`);
	await expect(page.getByRole('link', { name: partner })).toBeVisible();

	// A track: a light colour first, refused with the contrast it has; the form keeps what was typed.
	const track = `Synthetic biology ${stamp}`;
	await page.goto(`${ADMIN_URL}/admin/tracks/new`);
	await page.getByLabel('Name', { exact: true }).fill(track);
	await page.getByLabel('Colour').fill('#f4c145');
	await page.getByRole('button', { name: 'Add a track' }).click();
	await expect(page.getByRole('alert')).toContainText('contrast of only 1.6:1 with white');
	await expect(page.getByLabel('Name', { exact: true })).toHaveValue(track);
	await page.getByLabel('Colour').fill('#1d4ed8');
	await page.getByRole('button', { name: 'Add a track' }).click();
	await expect(page.getByRole('status')).toHaveText(`${track} is added.`);

	const room = `Harbour Room ${stamp}`;
	await page.goto(`${ADMIN_URL}/admin/rooms/new`);
	await page.getByLabel('Name', { exact: true }).fill(room);
	await page.getByLabel('Capacity (optional)').fill('120');
	await page.getByRole('button', { name: 'Add a room' }).click();
	await expect(page.getByRole('status')).toHaveText(`${room} is added.`);
	await expect(page.getByRole('listitem').filter({ hasText: room })).toContainText('Holds 120');

	// The public pages, as a visitor without JavaScript gets them.
	const visitor = await page.context().browser()!.newContext({ javaScriptEnabled: false });
	const home = await visitor.newPage();
	await home.goto(`${ADMIN_URL}/`);
	const image = home.getByRole('img', { name: partner });
	await expect(image).toHaveAttribute('width', '160');
	await expect(image).toHaveAttribute('height', '80');
	await expect(home.getByRole('link', { name: partner })).toHaveAttribute(
		'href',
		'https://harbour-biolabs.example.org'
	);
	const src = await image.getAttribute('src');
	expect(src).toMatch(/^\/media\/organisations\/harbour-biolabs-\d+-[0-9a-f]{16}\.webp$/);
	const file = await home.request.get(`${ADMIN_URL}${src}`);
	expect(file.headers()['content-type']).toBe('image/webp');
	expect(file.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
	expect(await sharp(await file.body()).metadata()).toMatchObject({ format: 'webp', width: 320, height: 160 });

	await home.goto(`${ADMIN_URL}/agenda`);
	await expect(home.getByLabel('Track').locator('option', { hasText: track })).toHaveCount(1);
	await visitor.close();
});

test('a text file named .png is refused with the form and a message, and nothing is added', async ({ page }) => {
	await signIn(page, organizer('editor'));
	const name = `Not A Logo Ltd ${Date.now()}`;
	const response = await page.request.post(`${ADMIN_URL}/admin/organisations/new?/create`, {
		multipart: {
			name,
			roles: 'ecosystem-partner',
			logo: { name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('just some text') }
		},
		maxRedirects: 0,
		headers: { origin: ADMIN_URL, accept: 'text/html' }
	});
	expect(response.status()).toBe(400);
	const html = await response.text();
	expect(html).toContain('The logo is not an image we can read');
	expect(html).toContain(`value="${name}"`);
	await page.goto(`${ADMIN_URL}/admin/organisations`);
	await expect(page.getByRole('link', { name })).toHaveCount(0);
});

test('a track that sessions use cannot be deleted; the refusal names the sessions', async ({ page }) => {
	await signIn(page, organizer('editor'));
	await page.goto(`${ADMIN_URL}/admin/tracks`);
	await page.getByRole('link', { name: 'Partnership and ecosystem' }).click();
	await page.getByRole('button', { name: 'Delete' }).click();
	await expect(page.getByRole('alert')).toHaveText('Tick the box to confirm the deletion');
	await page.getByRole('checkbox', { name: 'Yes, delete Partnership and ecosystem' }).check();
	await page.getByRole('button', { name: 'Delete' }).click();
	await expect(page.getByRole('alert')).toContainText('Partnership and ecosystem is used by');
	await expect(page.getByRole('alert')).toContainText('HKIC x BioMap Strategic Partnership Agreement Signing Ceremony');
	await page.goto(`${ADMIN_URL}/admin/tracks`);
	await expect(page.getByRole('link', { name: 'Partnership and ecosystem' })).toBeVisible();
});

test('door staff cannot open or change content; editors can', async ({ page }) => {
	await signIn(page, organizer('checkin'));
	await expect(
		page.getByRole('navigation', { name: 'Organizer area' }).getByRole('link', { name: 'Tracks' })
	).toHaveCount(0);
	for (const path of [
		'/admin/tracks',
		'/admin/rooms/new',
		'/admin/organisations/1',
		'/admin/highlights',
		'/admin/quotes/new'
	]) {
		const response = await page.goto(`${ADMIN_URL}${path}`);
		expect(response?.status(), path).toBe(403);
	}
	const post = await page.request.post(`${ADMIN_URL}/admin/tracks/new?/create`, {
		form: { name: 'Sneaky', color: '#1d4ed8' },
		maxRedirects: 0,
		headers: { origin: ADMIN_URL, accept: 'text/html' }
	});
	expect(post.status()).toBe(403);

	await page.context().clearCookies();
	await signIn(page, organizer('editor'));
	for (const path of ['/admin/tracks', '/admin/rooms', '/admin/organisations', '/admin/highlights', '/admin/quotes']) {
		const response = await page.goto(`${ADMIN_URL}${path}`);
		expect(response?.status(), path).toBe(200);
	}
});

test('an editor reorders rooms with the arrows, renames and deletes one; a move of something gone is refused in its own words', async ({
	page
}) => {
	await signIn(page, organizer('editor'));
	// Two rooms of its own, so the order other tests read stays as seeded.
	const stamp = Date.now();
	const [first, second] = [`Reorder East ${stamp}`, `Reorder West ${stamp}`];
	for (const room of [first, second]) {
		await page.goto(`${ADMIN_URL}/admin/rooms/new`);
		await page.getByLabel('Name', { exact: true }).fill(room);
		await page.getByRole('button', { name: 'Add a room' }).click();
		await expect(page.getByRole('status')).toHaveText(`${room} is added.`);
	}
	const ours = async () =>
		(await page.locator('.content-list > li .what a').allTextContents()).filter((name) => name.includes(`${stamp}`));
	expect(await ours()).toEqual([first, second]);
	await page.getByRole('button', { name: `Move ${second} up` }).click();
	await expect(page.getByRole('status').filter({ hasText: 'The order is saved.' })).toBeVisible();
	await expect.poll(ours).toEqual([second, first]);
	await page.reload();
	expect(await ours()).toEqual([second, first]);

	// A room's own page: saved under a new name, then deleted (admin/session-label-page.ts).
	const renamed = `${first} renamed`;
	await page.getByRole('link', { name: first }).click();
	await page.getByLabel('Name', { exact: true }).fill(renamed);
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('status')).toHaveText(`${renamed} is saved.`);
	await page.reload();
	await page.getByRole('checkbox', { name: `Yes, delete ${renamed}` }).check();
	await page.getByRole('button', { name: 'Delete' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'is deleted' })).toHaveText(`${renamed} is deleted.`);
	expect(await ours()).toEqual([second]);

	for (const [list, words] of [
		['rooms', 'This room no longer exists.'],
		['quotes', 'This quote no longer exists.']
	] as const) {
		const gone = await page.request.post(`${ADMIN_URL}/admin/${list}?/move`, {
			form: { id: '999999', direction: 'up' },
			maxRedirects: 0,
			headers: { origin: ADMIN_URL, accept: 'text/html' }
		});
		expect(gone.status(), list).toBe(404);
		expect(await gone.text(), list).toContain(words);
	}

	await page.context().clearCookies();
	await signIn(page, organizer('checkin'));
	const refused = await page.request.post(`${ADMIN_URL}/admin/rooms?/move`, {
		form: { id: '1', direction: 'down' },
		maxRedirects: 0,
		headers: { origin: ADMIN_URL, accept: 'text/html' }
	});
	expect(refused.status()).toBe(403);
});
