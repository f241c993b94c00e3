// The agenda in an attendee's pocket: after one visit, the agenda, session and speaker pages and the
// attendee's own /my page open without a connection, saying they are the device's copy.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { fillRegistration, uniqueEmail } from './registration-helpers';

const SIGNING = 'HKIC x BioMap Strategic Partnership Agreement Signing Ceremony';

/** Waits until the service worker has made its copy (it activates only once the copy is whole). */
async function waitForOfflineCopy(page: Page) {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
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
	for (const [locale, agenda, notice] of [
		['zh-hk', '議程', '離線中：你正在閱讀儲存在此裝置上的版本'],
		['zh-cn', '议程', '离线状态：您正在查看保存在此设备上的版本']
	] as const) {
		await page.goto(`/${locale}/agenda`);
		await waitForOfflineCopy(page);
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
	const kept = await page.evaluate(async () => {
		const urls: string[] = [];
		for (const name of await caches.keys()) {
			for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
		}
		return urls;
	});
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
