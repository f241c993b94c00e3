import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseCalendar } from '../src/lib/server/testing/ical';
import { fillRegistration, uniqueEmail } from './registration-helpers';
import { SITE_PORT, SITE_URL, siteDatabaseUrl } from '../playwright.config';

const SIGNING = 'HKIC x BioMap Strategic Partnership Agreement Signing Ceremony';
const FIRESIDE = 'Fireside chat: Bio-computing for green technology';

const MY_SESSIONS = 'International Bio-Computing Innovation Summit: my sessions';

/** Registers through the form; returns the private link's token and the feed's path that /my offers. */
async function registerFor(page: Page, sessions: string[]) {
	await page.goto('/register');
	await fillRegistration(page, { name: 'Calendar Subscriber', email: uniqueEmail('calendar'), sessions });
	await page.getByRole('button', { name: 'Register' }).click();
	await expect(page).toHaveURL(/\/my\/[a-z2-7]{32}/);
	const token = new URL(page.url()).pathname.split('/').at(-1)!;
	// A click that lands while the page hydrates can be undone by it (seen once in CI): open until it stays open.
	const feeds = page.getByRole('list', { name: MY_SESSIONS });
	await expect(async () => {
		if (!(await feeds.isVisible())) await page.getByText('Your sessions in your calendar').click();
		await expect(feeds).toBeVisible({ timeout: 2_000 });
	}).toPass();
	const feedPath = (await feeds.getByRole('link', { name: 'Download (.ics)' }).getAttribute('href'))!;
	return { token, feedPath };
}

/**
 * Makes the site drop every file and page it keeps in memory, as an organizer's change through another
 * instance does (it raises the shared content version, which every instance reads twice a second).
 */
async function dropServerRenders() {
	const database = new Database(fileURLToPath(siteDatabaseUrl.replace(/^file:/, 'file://')));
	try {
		database
			.prepare(
				'INSERT INTO "ContentVersion" ("id", "version", "updatedAt") VALUES (1, 1, ?) ON CONFLICT ("id") DO UPDATE SET "version" = "version" + 1'
			)
			.run(new Date().toISOString());
	} finally {
		database.close();
	}
	await new Promise((resolve) => setTimeout(resolve, 1_500));
}

async function publicFiles(request: APIRequestContext) {
	const files = await Promise.all(
		[
			'/calendar/summit.ics',
			'/calendar/tracks/green-technology.ics',
			'/calendar/sessions/hkic-biomap-signing-ceremony.ics',
			'/sitemap.xml'
		].map((path) => request.get(path))
	);
	return Promise.all(
		files.map(async (file) => ({
			body: await file.text(),
			etag: file.headers()['etag'] ?? null,
			lastModified: file.headers()['last-modified'] ?? null
		}))
	);
}

/** Clicks a link that should download a file; returns its suggested name and its text. */
async function download(page: Page, click: () => Promise<void>) {
	const [file] = await Promise.all([page.waitForEvent('download'), click()]);
	return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
}

for (const javaScriptEnabled of [true, false]) {
	test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
		test.use({ javaScriptEnabled });

		test('attendee adds a session to their calendar from the agenda', async ({ page }) => {
			await page.goto('/agenda');
			const signing = page.locator('#session-hkic-biomap-signing-ceremony');
			await expect(signing.getByRole('link', { name: 'Calendar file (.ics)' })).toBeHidden();
			await signing.getByText('Add to calendar').click();
			await expect(signing.getByRole('link', { name: 'Google Calendar' })).toHaveAttribute(
				'href',
				'/calendar/sessions/hkic-biomap-signing-ceremony/google'
			);
			await expect(signing.getByRole('link', { name: 'Outlook.com' })).toHaveAttribute(
				'href',
				'/calendar/sessions/hkic-biomap-signing-ceremony/outlook'
			);
			await expect(signing.getByRole('link', { name: 'Microsoft 365' })).toHaveAttribute(
				'href',
				'/calendar/sessions/hkic-biomap-signing-ceremony/microsoft365'
			);

			const file = await download(page, () => signing.getByRole('link', { name: 'Calendar file (.ics)' }).click());
			expect(file.name).toBe('hkic-biomap-signing-ceremony.ics');
			const [event] = parseCalendar(file.text).events;
			expect(event?.summary).toBe(SIGNING);
			expect(event?.start.toISOString()).toBe('2024-06-24T02:00:00.000Z');
			expect(event?.uid).toMatch(/^session-\d+@biocomputing-summit-2024$/);
		});

		test('attendee subscribes to the summit from the agenda, or downloads it', async ({ page }) => {
			await page.goto('/agenda');
			await page.getByText('Agenda in your calendar').click();
			const summit = page.getByRole('list', { name: 'Whole summit' });
			await expect(summit.getByRole('link', { name: 'Subscribe' })).toHaveAttribute(
				'href',
				`webcal://127.0.0.1:${SITE_PORT}/calendar/summit.ics`
			);
			const track = page.getByRole('list', { name: 'Green technology and sustainability' });
			await expect(track.getByRole('link', { name: 'Subscribe' })).toHaveAttribute(
				'href',
				`webcal://127.0.0.1:${SITE_PORT}/calendar/tracks/green-technology.ics`
			);

			const file = await download(page, () => summit.getByRole('link', { name: 'Download (.ics)' }).click());
			expect(file.name).toBe('biocomputing-summit-2024.ics');
			const calendar = parseCalendar(file.text);
			expect(calendar.wrName).toBe('International Bio-Computing Innovation Summit');
			expect(calendar.events).toHaveLength(11);
		});

		test('the session page offers the same three ways, already open', async ({ page }) => {
			await page.goto('/agenda/fireside-chat-green-technology');
			const file = await download(page, () => page.getByRole('link', { name: 'Calendar file (.ics)' }).click());
			expect(file.name).toBe('fireside-chat-green-technology.ics');
			expect(parseCalendar(file.text).events.map((e) => e.summary)).toEqual([FIRESIDE]);
			await expect(page.getByRole('link', { name: 'Google Calendar' })).toBeVisible();
			await expect(page.getByRole('link', { name: 'Outlook.com' })).toBeVisible();
		});
	});
}

test('Google Calendar, Outlook.com and Microsoft 365 links open their pages with the session filled in', async ({
	request
}) => {
	const google = await request.get('/calendar/sessions/hkic-biomap-signing-ceremony/google', { maxRedirects: 0 });
	expect(google.status()).toBe(303);
	const googleUrl = new URL(google.headers()['location']!);
	expect(googleUrl.origin + googleUrl.pathname).toBe('https://calendar.google.com/calendar/render');
	expect(googleUrl.searchParams.get('text')).toBe(SIGNING);
	expect(googleUrl.searchParams.get('dates')).toBe('20240624T020000Z/20240624T023000Z');
	const outlook = await request.get('/calendar/sessions/hkic-biomap-signing-ceremony/outlook', { maxRedirects: 0 });
	expect(new URL(outlook.headers()['location']!).searchParams.get('startdt')).toBe('2024-06-24T02:00:00Z');
	// Work and school accounts: Outlook on outlook.office.com, where an Outlook.com link cannot reach.
	const microsoft365 = await request.get('/calendar/sessions/hkic-biomap-signing-ceremony/microsoft365', {
		maxRedirects: 0
	});
	expect(microsoft365.status()).toBe(303);
	const microsoft365Url = new URL(microsoft365.headers()['location']!);
	expect(microsoft365Url.origin + microsoft365Url.pathname).toBe(
		'https://outlook.office.com/calendar/0/deeplink/compose'
	);
	expect(microsoft365Url.searchParams.get('rru')).toBe('addevent');
	expect(microsoft365Url.searchParams.get('subject')).toBe(SIGNING);
	expect(microsoft365Url.searchParams.get('startdt')).toBe('2024-06-24T02:00:00Z');
	expect(microsoft365Url.searchParams.get('enddt')).toBe('2024-06-24T02:30:00Z');
	expect(
		(await request.get('/calendar/sessions/hkic-biomap-signing-ceremony/yahoo', { maxRedirects: 0 })).status()
	).toBe(404);
});

test('calendar feeds answer as calendars, with validators, and 304 when nothing changed', async ({ request }) => {
	const response = await request.get('/calendar/summit.ics');
	expect(response.status()).toBe(200);
	const headers = response.headers();
	expect(headers['content-type']).toBe('text/calendar; charset=utf-8');
	expect(headers['content-disposition']).toBe('attachment; filename="biocomputing-summit-2024.ics"');
	expect(headers['cache-control']).toBe('public, max-age=300');
	expect(headers['etag']).toMatch(/^"[\w-]+"$/);
	expect(headers['last-modified']).toMatch(/ GMT$/);
	// RFC 5545 §3.1: the last line ends with CRLF too.
	expect(await response.text()).toMatch(/\r\nEND:VCALENDAR\r\n$/);

	const again = await request.get('/calendar/summit.ics', { headers: { 'If-None-Match': headers['etag']! } });
	expect(again.status()).toBe(304);
	expect(await again.body()).toHaveLength(0);
	const since = await request.get('/calendar/summit.ics', {
		headers: { 'If-Modified-Since': headers['last-modified']! }
	});
	expect(since.status()).toBe(304);

	const track = await request.get('/calendar/tracks/human-health.ics');
	expect(track.headers()['content-disposition']).toBe(
		'attachment; filename="biocomputing-summit-2024-human-health.ics"'
	);
	expect(await track.text()).toMatch(/\r\nEND:VCALENDAR\r\n$/);
	expect(await (await request.get('/calendar/sessions/hkic-biomap-signing-ceremony.ics')).text()).toMatch(
		/\r\nEND:VCALENDAR\r\n$/
	);
	expect(parseCalendar(await track.text()).events.map((e) => e.summary)).toEqual([
		'Keynote: Accelerating new drug development to improve human health',
		'Fireside chat: Bio-computing and new drug development'
	]);
});

test('an unknown session, track or private link is a 404, not an error', async ({ request }) => {
	for (const path of [
		'/calendar/sessions/no-such-session.ics',
		'/calendar/tracks/astrology.ics',
		'/calendar/my/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.ics',
		'/calendar/my/x.ics'
	]) {
		expect((await request.get(path)).status(), path).toBe(404);
	}
});

test('attendee subscribes to the sessions they chose, by a feed URL that cannot open their registration', async ({
	page,
	request
}) => {
	const { token, feedPath } = await registerFor(page, [SIGNING, FIRESIDE]);
	expect(feedPath).toMatch(/^\/calendar\/my\/[a-z2-7]{32}\.ics$/);
	const feedToken = feedPath.slice('/calendar/my/'.length, -'.ics'.length);
	expect(feedToken).not.toBe(token);
	const feedLinks = page.getByRole('list', { name: MY_SESSIONS });
	await expect(feedLinks.getByRole('link', { name: 'Subscribe' })).toHaveAttribute(
		'href',
		`webcal://127.0.0.1:${SITE_PORT}${feedPath}`
	);
	const microsoft365 = new URL((await feedLinks.getByRole('link', { name: 'Microsoft 365' }).getAttribute('href'))!);
	expect(microsoft365.origin + microsoft365.pathname).toBe('https://outlook.office.com/calendar/0/addfromweb');
	expect(microsoft365.searchParams.get('url')).toBe(SITE_URL + feedPath);

	const response = await request.get(feedPath);
	expect(response.status()).toBe(200);
	expect(response.headers()['cache-control']).toBe('private, max-age=300');
	expect(response.headers()['x-robots-tag']).toBe('noindex');
	const body = await response.text();
	expect(body).toMatch(/\r\nEND:VCALENDAR\r\n$/);
	const calendar = parseCalendar(body);
	expect(calendar.wrName).toBe(MY_SESSIONS);
	expect(calendar.source).toBe(SITE_URL + feedPath);
	expect(calendar.events.map((e) => e.summary.replace(/ \(waitlist\)$/, ''))).toEqual([SIGNING, FIRESIDE]);
	// The same UID as in the summit feed: an attendee with both sees each session once.
	const summit = parseCalendar(await (await request.get('/calendar/summit.ics')).text());
	const summitUid = (summary: string) => summit.events.find((e) => e.summary === summary)?.uid;
	expect(calendar.events.map((e) => e.uid)).toEqual([summitUid(SIGNING), summitUid(FIRESIDE)]);

	// Read-only: whoever the feed URL reaches can neither see nor cancel the registration with it.
	expect((await request.get(`/my/${feedToken}`)).status()).toBe(404);
	expect((await request.get(`/my/${feedToken}/data.json`)).status()).toBe(404);
	const cancel = await request.post(`/my/${feedToken}?/cancel`, {
		form: { confirm: 'yes' },
		headers: { origin: SITE_URL }
	});
	expect(cancel.status()).toBe(404);
	await page.reload();
	await expect(page.getByRole('button', { name: 'Cancel registration' })).toBeVisible();
});

test('an old feed URL made of the private link still reaches the feed, moved permanently to the new one', async ({
	page,
	request
}) => {
	const { token, feedPath } = await registerFor(page, [SIGNING]);
	const old = await request.get(`/calendar/my/${token}.ics`, { maxRedirects: 0 });
	expect(old.status()).toBe(301);
	expect(old.headers()['location']).toBe(SITE_URL + feedPath);
	expect(old.headers()['cache-control']).toBe('private, max-age=300');
	expect(old.headers()['x-robots-tag']).toBe('noindex');
	const followed = await request.get(`/calendar/my/${token}.ics`);
	expect(followed.status()).toBe(200);
	expect(parseCalendar(await followed.text()).events.map((e) => e.summary)).toEqual([SIGNING]);
});

test('attendee cancels: the feed stays, every session in it cancelled, so subscribed calendars clear them', async ({
	page,
	request
}) => {
	const { feedPath } = await registerFor(page, [SIGNING, FIRESIDE]);
	const before = parseCalendar(await (await request.get(feedPath)).text());
	expect(before.events.map((e) => e.status)).toEqual(['CONFIRMED', 'CONFIRMED']);

	await page.getByLabel('Yes, cancel my registration').check();
	await page.getByRole('button', { name: 'Cancel registration' }).click();
	await expect(page.getByRole('heading', { level: 2, name: 'Cancelled' })).toBeVisible();

	const response = await request.get(feedPath);
	expect(response.status()).toBe(200);
	const after = parseCalendar(await response.text());
	expect(after.events.map((e) => e.uid)).toEqual(before.events.map((e) => e.uid));
	expect(after.events.map((e) => e.status)).toEqual(['CANCELLED', 'CANCELLED']);
	expect(after.events.map((e) => e.sequence)).toEqual(before.events.map((e) => e.sequence + 1));
	expect(after.events.map((e) => e.summary)).toEqual([`Cancelled: ${SIGNING}`, `Cancelled: ${FIRESIDE}`]);
});

test('attendee erases their data: the feed answers 410 Gone, by either URL', async ({ page, request }) => {
	const { token, feedPath } = await registerFor(page, [SIGNING]);
	expect((await request.get(feedPath)).status()).toBe(200);
	await page.getByLabel('Yes, erase my data').check();
	await page.getByRole('button', { name: 'Erase my data' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your data is erased');
	expect((await request.get(feedPath)).status()).toBe(410);
	expect((await request.get(`/calendar/my/${token}.ics`, { maxRedirects: 0 })).status()).toBe(410);
});

test('a registration changes neither the public feeds, their ETags, nor the sitemap', async ({ page, request }) => {
	const before = await publicFiles(request);
	await registerFor(page, [SIGNING, FIRESIDE]);
	await dropServerRenders();
	const after = await publicFiles(request);
	expect(after).toEqual(before);
	const since = await request.get('/calendar/summit.ics', { headers: { 'If-None-Match': before[0]!.etag! } });
	expect(since.status()).toBe(304);
});

test('axe finds no violations with the calendar choices open', async ({ page }) => {
	await page.goto('/agenda');
	await page.getByText('Agenda in your calendar').click();
	await page.locator('#session-hkic-biomap-signing-ceremony').getByText('Add to calendar').click();
	for (const url of ['/agenda', '/agenda/hkic-biomap-signing-ceremony']) {
		if (url !== '/agenda') await page.goto(url);
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
			.analyze();
		expect(
			results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
			url
		).toEqual([]);
	}
});
