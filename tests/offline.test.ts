// The agenda in an attendee's pocket: after one visit, the agenda, session and speaker pages and the
// attendee's own /my page open without a connection, saying they are the device's copy.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import ICAL from 'ical.js';
import { fillRegistration, uniqueEmail } from './registration-helpers';

const SIGNING = 'HKIC x BioMap Strategic Partnership Agreement Signing Ceremony';
const FIRESIDE = 'Fireside chat: Bio-computing for green technology';
const LAUNCH = 'Launch of BioMap InnoHub and the BioMap BioX accelerator';

const star = (page: Page, slug: string) => page.locator(`#session-${slug}`).getByRole('button', { name: /^Star/ });

/** Waits until the service worker has made its copy (it activates only once the copy is whole). */
async function waitForOfflineCopy(page: Page) {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
}

/** The paths in the device's copy (every cache the worker keeps). */
function keptPaths(page: Page) {
	return page.evaluate(async () => {
		const paths: string[] = [];
		for (const name of await caches.keys()) {
			for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
		}
		return paths;
	});
}

/**
 * No network for the pages nor for the service worker's own fetches (Chromium's offline emulation does not
 * reach a worker's requests, microsoft/playwright#2311): both fail as a phone's do in a basement hall.
 */
async function goOffline(context: BrowserContext) {
	await context.setOffline(true);
	await context.route('**', (route) => route.abort('internetdisconnected'));
}

async function register(page: Page, path = '/register') {
	await page.goto(path);
	await fillRegistration(page, { name: 'Wong Siu Ming', email: uniqueEmail('offline'), sessions: [SIGNING] });
	await page.getByRole('button', { name: 'Register' }).click();
	await expect(page).toHaveURL(/\/my\/[a-z2-7]{32}\?welcome=1$/);
	return new URL(page.url()).pathname;
}

test('after one visit, the agenda, a session, a speaker and /my open offline and say they are a saved copy', async ({
	page,
	context
}) => {
	const myPage = await register(page);
	const reference = (await page.locator('.reference').textContent())?.trim() ?? '';
	await waitForOfflineCopy(page);
	// Reached by the redirect after registering, the page asks the worker to keep it.
	await expect.poll(() => keptPaths(page), { timeout: 20_000 }).toContain(myPage);
	await page.goto('/agenda');
	await expect(page.locator('#offline-notice')).toBeHidden();

	await goOffline(context);
	for (const [path, heading] of [
		['/agenda', 'Agenda'],
		['/agenda/hkic-biomap-signing-ceremony', SIGNING],
		['/speakers/paul-chan-mo-po', /Paul Chan Mo-po/],
		[myPage, 'Your registration']
	] as const) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
		const notice = page.locator('#offline-notice');
		await expect(notice, path).toBeVisible();
		await expect(notice).toContainText('Offline: you are reading the copy kept on this device, last updated');
		await expect(notice.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/);
	}
	// The ticket at the door: reference and QR code from the copy.
	await expect(page.locator('.reference')).toHaveText(reference);
	await expect(page.getByRole('img', { name: `QR code of your reference ${reference}, for check-in` })).toBeVisible();
	// A speaker photo comes from the copy too.
	await page.goto('/speakers');
	const photos = page.locator('img.avatar');
	if ((await photos.count()) > 0) {
		await expect.poll(() => photos.first().evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
	}
});

test('the copy is kept in the reader’s language, with the notice in it', async ({ page, context }) => {
	// Two languages, each a whole copy made in the background: a loaded machine needs longer than one test's time.
	test.slow();
	for (const [locale, agenda, notice] of [
		['zh-hk', '議程', '離線中：你正在閱讀儲存在此裝置上的版本'],
		['zh-cn', '议程', '离线状态：您正在查看保存在此设备上的版本']
	] as const) {
		await page.goto(`/${locale}/agenda`);
		await waitForOfflineCopy(page);
		// A language read for the first time is added to the copy in the background.
		await expect
			.poll(() => keptPaths(page), { timeout: 20_000 })
			.toContain(`/${locale}/agenda/hkic-biomap-signing-ceremony`);
		await goOffline(context);
		await page.goto(`/${locale}/agenda/hkic-biomap-signing-ceremony`);
		await expect(page.locator('#offline-notice')).toContainText(notice);
		await page.goto(`/${locale}/agenda`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(agenda);
		await expect(page.locator('html')).toHaveAttribute('lang', locale === 'zh-hk' ? 'zh-Hant-HK' : 'zh-Hans');
		await context.unroute('**');
		await context.setOffline(false);
	}
});

test('organizer pages are never kept', async ({ page, context }) => {
	await page.goto('/agenda');
	await waitForOfflineCopy(page);
	await page.goto('/admin/login');
	const kept = await keptPaths(page);
	expect(kept).toContain('/agenda');
	expect(kept.filter((path) => /^\/(?:zh-hk\/|zh-cn\/)?(?:admin|my\/)/.test(path))).toEqual([]);
	await goOffline(context);
	await expect(page.goto('/admin/login')).rejects.toThrow();
});

test('the manifest names the summit, its colours, icons and start page', async ({ request }) => {
	const response = await request.get('/zh-hk/manifest.webmanifest');
	expect(response.headers()['content-type']).toBe('application/manifest+json; charset=utf-8');
	const manifest = await response.json();
	expect(manifest).toMatchObject({
		name: 'International Bio-Computing Innovation Summit',
		start_url: '/zh-hk',
		display: 'standalone',
		theme_color: '#062f34',
		lang: 'zh-Hant-HK'
	});
	expect(manifest.icons).toContainEqual({ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' });
	for (const icon of manifest.icons) expect((await request.get(icon.src)).status(), icon.src).toBe(200);
	expect(manifest.shortcuts.map((shortcut: { url: string }) => shortcut.url)).toEqual([
		'/zh-hk/ticket',
		'/zh-hk/my-agenda',
		'/zh-hk/agenda'
	]);
});

test('the service worker stays within 15 KB compressed', async ({ request }) => {
	const worker = await request.get('/service-worker.js');
	expect(worker.status()).toBe(200);
	expect(gzipSync(await worker.body()).length).toBeLessThan(15 * 1024);
});

test('a star set offline is still set after a reload, and My agenda lists it', async ({ page, context }) => {
	await page.goto('/agenda');
	await waitForOfflineCopy(page);
	await goOffline(context);
	await page.reload();
	await expect(page.locator('#offline-notice')).toBeVisible();
	const signing = star(page, 'hkic-biomap-signing-ceremony');
	await expect(signing).toHaveAttribute('aria-pressed', 'false');
	await signing.click();
	await expect(signing).toHaveAttribute('aria-pressed', 'true');
	await page.reload();
	await expect(star(page, 'hkic-biomap-signing-ceremony')).toHaveAttribute('aria-pressed', 'true');

	await page.goto('/my-agenda');
	await expect(page.locator('#offline-notice')).toBeVisible();
	await expect(page.locator('ol.starred > li:visible h2')).toHaveText([SIGNING]);
	await expect(page.locator('#starred-empty')).toBeHidden();
	// The session's own page shows the same star, pressed.
	await page.goto('/agenda/hkic-biomap-signing-ceremony');
	await expect(page.getByRole('button', { name: /^Star/ })).toHaveAttribute('aria-pressed', 'true');
});

test('My agenda lists the stars in time order and its calendar file has exactly those sessions', async ({
	page,
	request
}) => {
	await page.goto('/agenda');
	await star(page, 'fireside-chat-green-technology').click();
	await star(page, 'hkic-biomap-signing-ceremony').click();
	await page.goto('/my-agenda');
	await expect(page.locator('ol.starred > li:visible h2')).toHaveText([SIGNING, FIRESIDE]);
	const download = page.getByRole('link', { name: 'Download .ics' });
	const href = (await download.getAttribute('href')) ?? '';
	expect(href).toMatch(/^\/calendar\/starred\.ics\?sessions=\d+,\d+$/);
	await expect(page.getByRole('link', { name: 'Subscribe (webcal)' })).toHaveAttribute(
		'href',
		new RegExp(`^webcal://127\\.0\\.0\\.1:\\d+${href.replace(/[.?]/g, '\\$&')}$`)
	);

	const response = await request.get(href);
	expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
	const calendar = new ICAL.Component(ICAL.parse(await response.text()));
	const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
	expect(events.map((event) => event.summary)).toEqual([SIGNING, FIRESIDE]);
	expect(events.map((event) => event.startDate.toJSDate().toISOString())).toEqual([
		'2024-06-24T02:00:00.000Z',
		'2024-06-24T06:15:00.000Z'
	]);
	expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(
		'International Bio-Computing Innovation Summit: my agenda'
	);

	// The same list in Chinese names its events in Chinese; a list that is not ids is refused.
	expect((await request.get(`/zh-hk${href}`)).status()).toBe(200);
	expect((await request.get('/calendar/starred.ics?sessions=1,x')).status()).toBe(400);
	expect((await request.get('/calendar/starred.ics?sessions=01')).status()).toBe(400);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a star leads to My agenda, where ticking sessions builds the list and its calendar link', async ({ page }) => {
		await page.goto('/agenda');
		await page.locator('#session-hkic-biomap-signing-ceremony').getByRole('link', { name: /^Star/ }).click();
		await expect(page).toHaveURL(/\/my-agenda\?sessions=\d+$/);
		await expect(page.locator('ol.starred > li:visible h2')).toHaveText([SIGNING]);
		await page.getByRole('checkbox', { name: new RegExp(LAUNCH) }).check();
		await page.getByRole('button', { name: 'Show my agenda' }).click();
		await expect(page.locator('ol.starred > li:visible h2')).toHaveText([SIGNING, LAUNCH]);
		await expect(page.getByRole('link', { name: 'Download .ics' })).toHaveAttribute(
			'href',
			/^\/calendar\/starred\.ics\?sessions=\d+,\d+$/
		);
	});
});

test('stars pre-select the sessions of a registration, which then sets and follows the stars', async ({ page }) => {
	await page.goto('/agenda');
	await star(page, 'hkic-biomap-signing-ceremony').click();
	await page.goto('/register');
	await expect(page.getByRole('checkbox', { name: new RegExp(SIGNING) })).toBeChecked();
	await expect(page.getByText('The sessions you starred are ticked.')).toBeVisible();
	await fillRegistration(page, { name: 'Lee Ka Yan', email: uniqueEmail('stars') });
	await page.getByRole('checkbox', { name: new RegExp(LAUNCH) }).check();
	await page.getByRole('button', { name: 'Register' }).click();
	await expect(page).toHaveURL(/\/my\/[a-z2-7]{32}\?welcome=1$/);
	const mySessions = page.getByRole('region', { name: 'Your sessions' }).locator('ul.my-sessions a');
	await expect(mySessions).toHaveText([SIGNING, LAUNCH]);
	const myPage = new URL(page.url()).pathname;

	// The registration is the truth on this device: its sessions are the stars …
	await page.goto('/agenda');
	await expect(star(page, 'biomap-innohub-and-biox-launch')).toHaveAttribute('aria-pressed', 'true');
	// … and a star set here changes the registration.
	const saved = page.waitForResponse((response) => response.url().includes('?/sessions'));
	await star(page, 'fireside-chat-green-technology').click();
	expect((await saved).ok()).toBe(true);
	await page.goto(myPage);
	await expect(mySessions).toHaveText([SIGNING, LAUNCH, FIRESIDE]);
	await page.goto('/my-agenda');
	await expect(page.getByText('Your stars follow the sessions of your registration on this device.')).toBeVisible();
});
