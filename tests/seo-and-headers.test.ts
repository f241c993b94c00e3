import { expect, test } from '@playwright/test';
import { SITE_URL } from '../playwright.config';
import { fillRegistration, uniqueEmail } from './registration-helpers';

test('every page has its title, description, canonical URL and OpenGraph tags', async ({ page }) => {
	for (const [path, title] of [
		['/', 'International Bio-Computing Innovation Summit'],
		['/agenda', 'Agenda · Bio-Computing Summit'],
		[
			'/agenda/keynote-new-drug-development',
			'Keynote: Accelerating new drug development to improve human health · Bio-Computing Summit'
		],
		['/speakers', 'Speakers · Bio-Computing Summit'],
		['/speakers/wei-liu', 'Wei Liu · Bio-Computing Summit']
	]) {
		await page.goto(path!);
		await expect(page).toHaveTitle(title!);
		await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{40,}/);
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${SITE_URL}${path}`);
		await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', title!);
		await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', `${SITE_URL}/og-image.png`);
	}
});

test('home and session pages describe their events as schema.org JSON-LD', async ({ page }) => {
	await page.goto('/');
	const summit = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
	expect(summit).toMatchObject({
		'@type': 'Event',
		name: 'International Bio-Computing Innovation Summit',
		startDate: '2024-06-24T09:00:00+08:00',
		eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
		organizer: { name: 'BioMap' }
	});
	await page.goto('/agenda/hkic-biomap-signing-ceremony');
	const session = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
	expect(session).toMatchObject({
		'@type': 'Event',
		startDate: '2024-06-24T10:00:00+08:00',
		endDate: '2024-06-24T10:30:00+08:00',
		superEvent: { name: 'International Bio-Computing Innovation Summit' }
	});
	expect(session.performer.map((p: { name: string }) => p.name)).toEqual(['Clara Chan', 'Wei Liu', 'Paul Chan Mo-po']);
});

test('sitemap and robots list the public pages only', async ({ request }) => {
	const sitemap = await request.get('/sitemap.xml');
	expect(sitemap.headers()['content-type']).toBe('application/xml; charset=utf-8');
	const xml = await sitemap.text();
	expect(xml).toContain(`<loc>${SITE_URL}/agenda/hkic-biomap-signing-ceremony</loc>`);
	expect(xml).toContain(`<loc>${SITE_URL}/speakers/paul-chan-mo-po</loc>`);
	expect(xml).not.toContain('/agenda/morning-coffee-break');
	const robots = await (await request.get('/robots.txt')).text();
	expect(robots).toContain(`Sitemap: ${SITE_URL}/sitemap.xml`);
	expect(robots).toContain('Disallow: /admin');
});

test('every response carries the security headers', async ({ request }) => {
	for (const path of ['/', '/agenda', '/agenda?q=x', '/speakers/clara-chan', '/nothing-here', '/sitemap.xml']) {
		const response = await request.get(path);
		const headers = response.headers();
		expect(headers['x-content-type-options'], path).toBe('nosniff');
		expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
		if (headers['content-type']?.startsWith('text/html')) {
			expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
			expect(headers['content-security-policy'], path).toContain("script-src 'self'");
		}
		// Public pages hold nothing to leak to another site's window (security-headers.ts).
		expect(headers['cross-origin-opener-policy'], path).toBeUndefined();
	}
	// Pages with one person's data keep other sites' windows from holding a handle on them.
	for (const path of ['/admin/login', '/zh-hk/admin/login', '/ticket', '/my/no-such-token']) {
		const response = await request.get(path, { maxRedirects: 0 });
		expect(response.headers()['cross-origin-opener-policy'], path).toBe('same-origin');
	}
});

test.describe('without the service worker', () => {
	// Its own fetches (the offline copy) would be counted as the page's; the worker has its budget of its
	// own (tests/offline.test.ts). offline.js, which registers it, is a page script and counted here.
	test.use({ serviceWorkers: 'block' });

	test("public pages and an attendee's /my page ship at most 30 KB of JavaScript and are complete without it", async ({
		context
	}) => {
		// The page a new registrant lands on, on their phone: it hydrates nothing either.
		const registering = await context.newPage();
		await registering.goto('/register');
		await fillRegistration(registering, { name: 'Light Page', email: uniqueEmail('light') });
		await registering.getByRole('button', { name: 'Register' }).click();
		await registering.waitForURL(/\/my\/[a-z2-7]{32}/);
		const myPage = new URL(registering.url()).pathname;
		await registering.close();
		for (const path of [
			'/',
			'/agenda',
			'/agenda/hkic-biomap-signing-ceremony',
			'/speakers',
			'/speakers/wei-liu',
			'/register',
			'/privacy',
			'/my-agenda',
			myPage
		]) {
			// A page of its own for each path, closed only once every body is read: a script still arriving
			// when the next navigation starts cannot be lost, nor counted for the wrong page.
			const page = await context.newPage();
			// Bytes per script URL. local-time.js starts itself again as a worker, which may end before its copy's
			// body can be read: a URL counts once, and must be read from at least one of its responses.
			const reads = new Map<string, Promise<number | undefined>[]>();
			page.on('response', (response) => {
				if (response.request().resourceType() !== 'script' || !response.ok()) return;
				const read = response.body().then(
					(body) => body.length,
					() => undefined
				);
				reads.set(response.url(), [...(reads.get(response.url()) ?? []), read]);
			});
			await page.goto(path, { waitUntil: 'networkidle' });
			let scriptBytes = 0;
			for (const [url, sizes] of reads) {
				const read = (await Promise.all(sizes)).filter((size) => size !== undefined);
				expect(read.length, `${path}: ${url} could not be read`).toBeGreaterThan(0);
				scriptBytes += Math.max(...read);
			}
			expect(scriptBytes, path).toBeLessThan(30 * 1024);
			await page.close();
		}
	});
});

test('public pages travel compressed, whatever the client accepts', async ({ request }) => {
	// The agenda comes from the page cache; the register form is rendered for each request.
	for (const [path, text] of [
		['/agenda', 'HKIC x BioMap Strategic Partnership Agreement Signing Ceremony'],
		['/register', 'method="post"']
	] as const) {
		for (const [accept, encoding] of [
			['br, gzip', 'br'],
			['gzip', 'gzip']
		] as const) {
			const response = await request.get(path, { headers: { 'accept-encoding': accept } });
			expect(response.headers()['content-encoding'], `${path} ${accept}`).toBe(encoding);
			expect(response.headers()['vary']).toContain('accept-encoding');
			expect(await response.text()).toContain(text);
		}
		const plain = await request.get(path, { headers: { 'accept-encoding': 'identity' } });
		expect(plain.headers()['content-encoding']).toBeUndefined();
	}
});
